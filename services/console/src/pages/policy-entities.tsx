import { useQuery } from '../api/use-api.js';
import { DataTable } from '../components/data-table.js';
import { Loading, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { groupPath, rolePath, userPath } from '../router/entity-paths.js';
import { Link } from '../router/router.js';

/** The "Entities attached" tab of a managed policy: the users, groups and roles it is attached to. */
export function PolicyEntities({ policyArn }: { policyArn: string }) {
  const entities = useQuery((c) => c.api.listEntitiesForPolicy({ policyArn }), [policyArn]);
  if (entities.problem) return <ProblemNotice problem={entities.problem} />;
  if (!entities.data) return <Loading what="attached entities" />;
  const rows = [
    ...entities.data.users.map((e) => ({ ...e, type: 'User', to: userPath(e.name) })),
    ...entities.data.groups.map((e) => ({ ...e, type: 'Group', to: groupPath(e.name) })),
    ...entities.data.roles.map((e) => ({ ...e, type: 'Role', to: rolePath(e.name) })),
  ];
  return (
    <Section title="Entities attached">
      {rows.length === 0 ? (
        <p className="muted">The policy is not attached to anything.</p>
      ) : (
        <DataTable caption="Entities the policy is attached to" columns={['Entity', 'Type']}>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={r.to}>{r.name}</Link>
              </td>
              <td>{r.type}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
