import { useAction, useQuery } from '../api/use-api.js';
import { ChooseForm } from '../components/choose-form.js';
import { Section } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';
import { RemovableLinks } from '../components/removable-links.js';
import { userPath } from '../router/entity-paths.js';

/** The "Users" tab of a group: its members, to remove, and the account's other users, to add. */
export function GroupUsers({
  groupName,
  users,
  onChange,
}: {
  groupName: string;
  users: { userId: string; userName: string }[];
  onChange: () => void;
}) {
  const all = useQuery((c) => c.api.listUsers({ first: 100 }), []);
  const action = useAction();
  const others = (all.data?.edges.map((e) => e.node) ?? []).filter(
    (u) => !users.some((m) => m.userId === u.userId),
  );
  return (
    <Section title="Users in this group">
      <DismissibleProblem action={action} />
      {users.length === 0 && <p className="muted">No users.</p>}
      <RemovableLinks
        items={users.map((u) => ({
          key: u.userId,
          label: u.userName,
          to: userPath(u.userName),
          what: u.userName,
        }))}
        pending={action.pending}
        onRemove={(u) =>
          action.runThen((c) => c.api.removeUserFromGroup({ groupName, userName: u.label }), onChange)
        }
      />
      <ChooseForm
        label="User"
        placeholder="Choose a user"
        options={others.map((u) => ({ value: u.userName, label: u.userName }))}
        submitLabel="Add user"
        pending={action.pending}
        onChoose={(userName) =>
          action.runThen((c) => c.api.addUserToGroup({ groupName, userName }), onChange)
        }
      />
    </Section>
  );
}
