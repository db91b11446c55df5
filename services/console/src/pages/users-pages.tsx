import type { ListUsersQuery } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { EntityList, fromConnection } from '../components/entity-list.js';
import { Loading, PageHeader, Section, Summary, useFocusReturn, When } from '../components/page.js';
import { PermissionsBoundaryPanel } from '../components/permissions-boundary.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { RenameForm } from '../components/rename-form.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { Link, navigate, useLocation } from '../router/router.js';
import { CredentialsPanel } from './user-credentials.js';

type UserRow = ListUsersQuery['listUsers']['edges'][number]['node'];

export function UsersPage() {
  return (
    <>
      <PageHeader
        title="Users"
        actions={
          <Link className="button button-primary" to="/users/new">
            Create user
          </Link>
        }
        description="An IAM user is a person or an application with long-term credentials in this account."
      />
      <EntityList<UserRow>
        noun="users"
        rowKey={(u) => u.userId}
        nameOf={(u) => u.userName}
        load={async (c, page) => fromConnection(await c.api.listUsers(page))}
        remove={(c, u) => c.api.deleteUser({ userName: u.userName })}
        removeWarning="The user must have no password, access keys, MFA devices, policies or group memberships left (the gateway says which one remains)."
        columns={[
          {
            key: 'name',
            label: 'User name',
            render: (u) => <Link to={`/users/${encodeURIComponent(u.userName)}`}>{u.userName}</Link>,
            sortValue: (u) => u.userName.toLowerCase(),
          },
          { key: 'path', label: 'Path', render: (u) => u.path, sortValue: (u) => u.path },
          {
            key: 'lastSignIn',
            label: 'Console last sign-in',
            render: (u) => <When iso={u.passwordLastUsed} />,
            sortValue: (u) => u.passwordLastUsed ?? '',
          },
          {
            key: 'created',
            label: 'Created',
            render: (u) => <When iso={u.createDate} />,
            sortValue: (u) => u.createDate,
          },
        ]}
      />
    </>
  );
}

/** Creates a user, optionally with a console password and in groups, as AWS's "Create user" wizard in one page. */
export function CreateUserPage() {
  const action = useAction();
  const groups = useQuery((c) => c.api.listGroups({ first: 100 }), []);
  const [userName, setUserName] = useState('');
  const [path, setPath] = useState('');
  const [password, setPassword] = useState('');
  const [resetRequired, setResetRequired] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const ids = { name: useId(), path: useId(), password: useId(), reset: useId() };
  return (
    <>
      <PageHeader title="Create user" crumbs={[{ label: 'Users', to: '/users' }]} />
      <form
        className="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          const name = userName.trim();
          const done = await action.run(async (c) => {
            await c.api.createUser({ userName: name, ...(path.trim() === '' ? {} : { path: path.trim() }) });
            if (password !== '') {
              await c.api.createLoginProfile({
                userName: name,
                password,
                passwordResetRequired: resetRequired,
              });
            }
            for (const groupName of chosen) await c.api.addUserToGroup({ groupName, userName: name });
            return true;
          });
          if (done) navigate(`/users/${encodeURIComponent(name)}`);
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>User name</label>
          <input
            id={ids.name}
            value={userName}
            onChange={(e) => setUserName(e.target.value)}
            required
            maxLength={64}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.path}>Path (optional)</label>
          <input id={ids.path} value={path} onChange={(e) => setPath(e.target.value)} placeholder="/" />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>Console password (optional)</label>
          <input
            id={ids.password}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
        </div>
        <div className="field field-check">
          <input
            id={ids.reset}
            type="checkbox"
            checked={resetRequired}
            onChange={(e) => setResetRequired(e.target.checked)}
          />
          <label htmlFor={ids.reset}>User must create a new password at next sign-in</label>
        </div>
        <fieldset className="choice">
          <legend>Add to groups</legend>
          {groups.loading && <Loading what="groups" />}
          {groups.data?.edges.length === 0 && <p className="muted">No groups yet.</p>}
          {groups.data?.edges.map(({ node: g }) => (
            <label key={g.groupId}>
              <input
                type="checkbox"
                checked={chosen.includes(g.groupName)}
                onChange={(e) =>
                  setChosen((c) =>
                    e.target.checked ? [...c, g.groupName] : c.filter((n) => n !== g.groupName),
                  )
                }
              />{' '}
              {g.groupName}
            </label>
          ))}
        </fieldset>
        <ProblemNotice problem={action.problem ?? groups.problem} />
        <div className="actions">
          <Link className="button" to="/users">
            Cancel
          </Link>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            Create user
          </button>
        </div>
      </form>
    </>
  );
}

export function UserDetailPage({ userName }: { userName: string }) {
  const { query } = useLocation();
  const tab = query.get('tab') ?? 'permissions';
  const user = useQuery((c) => c.api.getUser({ userName }), [userName]);
  const action = useAction();
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const setTab = (id: string) =>
    navigate(`/users/${encodeURIComponent(userName)}?tab=${id}`, { replace: true });
  return (
    <>
      <PageHeader
        title={userName}
        crumbs={[{ label: 'Users', to: '/users' }]}
        actions={
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            Delete user
          </button>
        }
      />
      <ProblemNotice problem={user.problem ?? action.problem} />
      {user.loading && !user.data && <Loading what="the user" />}
      {user.data && (
        <>
          <Section
            title="Summary"
            actions={
              !editing && (
                <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> user {userName}</span>
                </button>
              )
            }
          >
            {editing && (
              <RenameForm
                target={{ kind: 'user', name: userName, path: user.data.path, arn: user.data.arn }}
                onCancel={() => setEditing(false)}
                onDone={(name) => {
                  setEditing(false);
                  if (name === userName) user.reload();
                  else navigate(`/users/${encodeURIComponent(name)}?tab=${tab}`, { replace: true });
                }}
              />
            )}
            <Summary
              items={[
                ['ARN', <code key="arn">{user.data.arn}</code>],
                ['Path', user.data.path],
                ['Created', <When key="c" iso={user.data.createDate} />],
                ['Console last sign-in', <When key="l" iso={user.data.passwordLastUsed} />],
                ['Permissions boundary', user.data.permissionsBoundary ?? 'Not set'],
              ]}
            />
          </Section>
          <Tabs
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                render: () => (
                  <>
                    <PermissionsPanel holder={{ kind: 'user', name: userName }} />
                    <PermissionsBoundaryPanel
                      holder={{ kind: 'user', name: userName }}
                      boundary={user.data?.permissionsBoundary}
                      onChange={user.reload}
                    />
                  </>
                ),
              },
              { id: 'groups', label: 'Groups', render: () => <UserGroups userName={userName} /> },
              {
                id: 'tags',
                label: 'Tags',
                render: () => (
                  <TagsPanel
                    tags={user.data?.tags ?? []}
                    tag={(c, tags) => c.api.tagUser({ userName, tags })}
                    untag={(c, tagKeys) => c.api.untagUser({ userName, tagKeys })}
                    onChange={user.reload}
                  />
                ),
              },
              {
                id: 'credentials',
                label: 'Security credentials',
                render: () => <CredentialsPanel userName={userName} />,
              },
            ]}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${userName}?`}
        confirmText={userName}
        actionLabel="Delete user"
        pending={action.pending}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await action.run((c) => c.api.deleteUser({ userName }))) !== undefined) navigate('/users');
        }}
      >
        <p>Remove the user's password, access keys, MFA devices, policies and groups first.</p>
      </ConfirmDialog>
    </>
  );
}

function UserGroups({ userName }: { userName: string }) {
  const groups = useQuery((c) => c.api.listGroupsForUser({ userName, first: 100 }), [userName]);
  const all = useQuery((c) => c.api.listGroups({ first: 100 }), []);
  const action = useAction();
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const member = groups.data?.edges.map((e) => e.node) ?? [];
  const others = (all.data?.edges.map((e) => e.node) ?? []).filter(
    (g) => !member.some((m) => m.groupId === g.groupId),
  );
  return (
    <Section title="Groups">
      <ProblemNotice
        problem={groups.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {groups.data && member.length === 0 && <p className="muted">Not in any group.</p>}
      {member.length > 0 && (
        <ul className="plain-list">
          {member.map((g) => (
            <li key={g.groupId}>
              <Link to={`/groups/${encodeURIComponent(g.groupName)}`}>{g.groupName}</Link>{' '}
              <button
                type="button"
                className="button button-small"
                disabled={action.pending}
                onClick={async () => {
                  const done = await action.run((c) =>
                    c.api.removeUserFromGroup({ groupName: g.groupName, userName }),
                  );
                  if (done !== undefined) groups.reload();
                }}
              >
                Remove<span className="visually-hidden"> from {g.groupName}</span>
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
            (await action.run((c) => c.api.addUserToGroup({ groupName: choice, userName }))) !== undefined
          ) {
            setChoice('');
            groups.reload();
          }
        }}
      >
        <label htmlFor={selectId}>Group</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a group</option>
          {others.map((g) => (
            <option key={g.groupId} value={g.groupName}>
              {g.groupName}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={choice === '' || action.pending}>
          Add to group
        </button>
      </form>
    </Section>
  );
}
