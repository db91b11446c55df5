import type { ListGroupsQuery } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { EntityList, fromConnection } from '../components/entity-list.js';
import { Loading, PageHeader, Section, Summary, useFocusReturn, When } from '../components/page.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { RenameForm } from '../components/rename-form.js';
import { Tabs } from '../components/tabs.js';
import { Link, navigate, useLocation } from '../router/router.js';

type GroupRow = ListGroupsQuery['listGroups']['edges'][number]['node'];

export function GroupsPage() {
  return (
    <>
      <PageHeader
        title="User groups"
        actions={
          <Link className="button button-primary" to="/groups/new">
            Create group
          </Link>
        }
        description="A group's policies apply to every user in it."
      />
      <EntityList<GroupRow>
        noun="groups"
        rowKey={(g) => g.groupId}
        nameOf={(g) => g.groupName}
        load={async (c, page) => fromConnection(await c.api.listGroups(page))}
        remove={(c, g) => c.api.deleteGroup({ groupName: g.groupName })}
        removeWarning="The group must have no members and no policies left."
        columns={[
          {
            key: 'name',
            label: 'Group name',
            render: (g) => <Link to={`/groups/${encodeURIComponent(g.groupName)}`}>{g.groupName}</Link>,
            sortValue: (g) => g.groupName.toLowerCase(),
          },
          { key: 'path', label: 'Path', render: (g) => g.path, sortValue: (g) => g.path },
          {
            key: 'created',
            label: 'Created',
            render: (g) => <When iso={g.createDate} />,
            sortValue: (g) => g.createDate,
          },
        ]}
      />
    </>
  );
}

/** Creates a group and attaches the chosen managed policies to it. */
export function CreateGroupPage() {
  const action = useAction();
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const [groupName, setGroupName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const nameId = useId();
  return (
    <>
      <PageHeader title="Create user group" crumbs={[{ label: 'User groups', to: '/groups' }]} />
      <form
        className="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          const name = groupName.trim();
          const done = await action.run(async (c) => {
            await c.api.createGroup({ groupName: name });
            for (const policyArn of chosen) await c.api.attachGroupPolicy({ groupName: name, policyArn });
            return true;
          });
          if (done) navigate(`/groups/${encodeURIComponent(name)}`);
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>User group name</label>
          <input
            id={nameId}
            value={groupName}
            onChange={(e) => setGroupName(e.target.value)}
            required
            maxLength={128}
          />
        </div>
        <fieldset className="choice">
          <legend>Attach permissions policies</legend>
          {policies.loading && <Loading what="policies" />}
          {policies.data?.edges.length === 0 && <p className="muted">No policies yet.</p>}
          {policies.data?.edges.map(({ node: p }) => (
            <label key={p.arn}>
              <input
                type="checkbox"
                checked={chosen.includes(p.arn)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, p.arn] : c.filter((a) => a !== p.arn)))
                }
              />{' '}
              {p.policyName}
            </label>
          ))}
        </fieldset>
        <ProblemNotice problem={action.problem ?? policies.problem} />
        <div className="actions">
          <Link className="button" to="/groups">
            Cancel
          </Link>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            Create group
          </button>
        </div>
      </form>
    </>
  );
}

export function GroupDetailPage({ groupName }: { groupName: string }) {
  const { query } = useLocation();
  const tab = query.get('tab') ?? 'users';
  const group = useQuery((c) => c.api.getGroup({ groupName }), [groupName]);
  const action = useAction();
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  return (
    <>
      <PageHeader
        title={groupName}
        crumbs={[{ label: 'User groups', to: '/groups' }]}
        actions={
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            Delete group
          </button>
        }
      />
      <ProblemNotice problem={group.problem ?? action.problem} />
      {group.loading && !group.data && <Loading what="the group" />}
      {group.data && (
        <>
          <Section
            title="Summary"
            actions={
              !editing && (
                <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> group {groupName}</span>
                </button>
              )
            }
          >
            {editing && (
              <RenameForm
                target={{ kind: 'group', name: groupName, path: group.data.path, arn: group.data.arn }}
                onCancel={() => setEditing(false)}
                onDone={(name) => {
                  setEditing(false);
                  if (name === groupName) group.reload();
                  else navigate(`/groups/${encodeURIComponent(name)}?tab=${tab}`, { replace: true });
                }}
              />
            )}
            <Summary
              items={[
                ['ARN', <code key="arn">{group.data.arn}</code>],
                ['Path', group.data.path],
                ['Created', <When key="c" iso={group.data.createDate} />],
              ]}
            />
          </Section>
          <Tabs
            selected={tab}
            onSelect={(id) =>
              navigate(`/groups/${encodeURIComponent(groupName)}?tab=${id}`, { replace: true })
            }
            tabs={[
              {
                id: 'users',
                label: 'Users',
                render: () => (
                  <GroupUsers
                    groupName={groupName}
                    users={group.data?.users.edges.map((e) => e.node) ?? []}
                    onChange={group.reload}
                  />
                ),
              },
              {
                id: 'permissions',
                label: 'Permissions',
                render: () => <PermissionsPanel holder={{ kind: 'group', name: groupName }} />,
              },
            ]}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${groupName}?`}
        confirmText={groupName}
        actionLabel="Delete group"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await action.run((c) => c.api.deleteGroup({ groupName }))) !== undefined) navigate('/groups');
        }}
      >
        <p>Remove the group's members and policies first.</p>
      </ConfirmDialog>
    </>
  );
}

function GroupUsers({
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
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const others = (all.data?.edges.map((e) => e.node) ?? []).filter(
    (u) => !users.some((m) => m.userId === u.userId),
  );
  return (
    <Section title="Users in this group">
      <ProblemNotice problem={action.problem} onDismiss={action.clear} />
      {users.length === 0 ? (
        <p className="muted">No users.</p>
      ) : (
        <ul className="plain-list">
          {users.map((u) => (
            <li key={u.userId}>
              <Link to={`/users/${encodeURIComponent(u.userName)}`}>{u.userName}</Link>{' '}
              <button
                type="button"
                className="button button-small"
                disabled={action.pending}
                onClick={async () => {
                  const done = await action.run((c) =>
                    c.api.removeUserFromGroup({ groupName, userName: u.userName }),
                  );
                  if (done !== undefined) onChange();
                }}
              >
                Remove<span className="visually-hidden"> {u.userName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (choice === '') return;
          if (
            (await action.run((c) => c.api.addUserToGroup({ groupName, userName: choice }))) !== undefined
          ) {
            setChoice('');
            onChange();
          }
        }}
      >
        <label htmlFor={selectId}>User</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a user</option>
          {others.map((u) => (
            <option key={u.userId} value={u.userName}>
              {u.userName}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={choice === '' || action.pending}>
          Add user
        </button>
      </form>
    </Section>
  );
}
