import { Link } from '../router/router.js';
import { nameColumn } from './entity-columns.js';
import { type Column, EntityList, type EntityListProps } from './entity-list.js';
import { PageHeader } from './page.js';

/**
 * A list page of users, groups, roles, policies or workloads: the heading with its Create button and what the
 * entities are, then their list, whose first column is each one's name linked to its page.
 */
export function EntityListPage<T>({
  title,
  description,
  create,
  nameLabel,
  hrefOf,
  columns,
  ...list
}: Omit<EntityListProps<T>, 'columns'> & {
  title: string;
  description: string;
  /** The Create button: its label and the creation page. */
  create: { label: string; to: string };
  /** The name column's heading: `User name`. */
  nameLabel: string;
  /** The page of an entity. */
  hrefOf: (item: T) => string;
  /** The columns after the name. */
  columns: Column<T>[];
}) {
  return (
    <>
      <PageHeader
        title={title}
        actions={
          <Link className="button button-primary" to={create.to}>
            {create.label}
          </Link>
        }
        description={description}
      />
      <EntityList<T> {...list} columns={[nameColumn(nameLabel, list.nameOf, hrefOf), ...columns]} />
    </>
  );
}
