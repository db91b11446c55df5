import { Link } from '../router/router.js';
import type { Column } from './entity-list.js';
import { When } from './page.js';

/** The first column of an entity list: the name, linked to the entity's page, sorted ignoring case. */
export function nameColumn<T>(
  label: string,
  nameOf: (item: T) => string,
  hrefOf: (item: T) => string,
): Column<T> {
  return {
    key: 'name',
    label,
    render: (item) => <Link to={hrefOf(item)}>{nameOf(item)}</Link>,
    sortValue: (item) => nameOf(item).toLowerCase(),
  };
}

/** A date column (created, last used): shown as `When` shows dates, never-set ones sorted first. */
export function dateColumn<T>(
  key: string,
  label: string,
  iso: (item: T) => string | null | undefined,
): Column<T> {
  return { key, label, render: (item) => <When iso={iso(item)} />, sortValue: (item) => iso(item) ?? '' };
}
