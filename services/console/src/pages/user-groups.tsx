import { useAction, useQuery } from '../api/use-api.js';
import { ChooseForm } from '../components/choose-form.js';
import { Section } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';
import { RemovableLinks } from '../components/removable-links.js';
import { groupPath } from '../router/entity-paths.js';

/** The "Groups" tab of a user: the groups it is in, to leave, and the others, to join. */
export function UserGroups({ userName }: { userName: string }) {
  const groups = useQuery((c) => c.api.listGroupsForUser({ userName, first: 100 }), [userName]);
  const all = useQuery((c) => c.api.listGroups({ first: 100 }), []);
  const action = useAction();
  const member = groups.data?.edges.map((e) => e.node) ?? [];
  const others = (all.data?.edges.map((e) => e.node) ?? []).filter(
    (g) => !member.some((m) => m.groupId === g.groupId),
  );
  return (
    <Section title="Groups">
      <DismissibleProblem read={groups.problem} action={action} />
      {groups.data && member.length === 0 && <p className="muted">Not in any group.</p>}
      <RemovableLinks
        items={member.map((g) => ({
          key: g.groupId,
          label: g.groupName,
          to: groupPath(g.groupName),
          what: `from ${g.groupName}`,
        }))}
        pending={action.pending}
        onRemove={(g) =>
          action.runThen((c) => c.api.removeUserFromGroup({ groupName: g.label, userName }), groups.reload)
        }
      />
      <ChooseForm
        label="Group"
        placeholder="Choose a group"
        options={others.map((g) => ({ value: g.groupName, label: g.groupName }))}
        submitLabel="Add to group"
        pending={action.pending}
        onChoose={(groupName) =>
          action.runThen((c) => c.api.addUserToGroup({ groupName, userName }), groups.reload)
        }
      />
    </Section>
  );
}
