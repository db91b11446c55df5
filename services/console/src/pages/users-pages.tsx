import type { ListUsersQuery } from '@iamgate/sdk';
import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { CheckboxList } from '../components/checkbox-list.js';
import { dateColumn } from '../components/entity-columns.js';
import { EntityDetailPage } from '../components/entity-detail-page.js';
import { EntityListPage } from '../components/entity-list-page.js';
import { FormActions } from '../components/form-actions.js';
import { CheckboxField, TextField } from '../components/form-fields.js';
import { PageHeader, When } from '../components/page.js';
import { PermissionsBoundaryPanel } from '../components/permissions-boundary.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { RenamableSummary } from '../components/renamable-summary.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { userPath } from '../router/entity-paths.js';
import { navigate } from '../router/router.js';
import { useUrlTab } from '../router/use-url-tab.js';
import { CredentialsPanel } from './user-credentials.js';
import { UserGroups } from './user-groups.js';

type UserRow = ListUsersQuery['listUsers']['edges'][number]['node'];

export function UsersPage() {
  return (
    <EntityListPage<UserRow>
      title="Users"
      description="An IAM user is a person or an application with long-term credentials in this account."
      create={{ label: 'Create user', to: '/users/new' }}
      noun="users"
      nameLabel="User name"
      rowKey={(u) => u.userId}
      nameOf={(u) => u.userName}
      hrefOf={(u) => userPath(u.userName)}
      load={(c, page) => c.api.listUsers(page)}
      remove={(c, u) => c.api.deleteUser({ userName: u.userName })}
      removeWarning="The user must have no password, access keys, MFA devices, policies or group memberships left (the gateway says which one remains)."
      columns={[
        { key: 'path', label: 'Path', render: (u) => u.path, sortValue: (u) => u.path },
        dateColumn('lastSignIn', 'Console last sign-in', (u) => u.passwordLastUsed),
        dateColumn('created', 'Created', (u) => u.createDate),
      ]}
    />
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
          if (done) navigate(userPath(name));
        }}
      >
        <TextField label="User name" value={userName} onChange={setUserName} required maxLength={64} />
        <TextField label="Path (optional)" value={path} onChange={setPath} placeholder="/" />
        <TextField
          label="Console password (optional)"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <CheckboxField
          label="User must create a new password at next sign-in"
          checked={resetRequired}
          onChange={setResetRequired}
        />
        <CheckboxList
          legend="Add to groups"
          noun="groups"
          loading={groups.loading}
          options={groups.data?.edges.map(({ node: g }) => ({ value: g.groupName, label: g.groupName }))}
          chosen={chosen}
          onChange={setChosen}
        />
        <ProblemNotice problem={action.problem ?? groups.problem} />
        <FormActions submitLabel="Create user" disabled={action.pending} cancel="/users" />
      </form>
    </>
  );
}

export function UserDetailPage({ userName }: { userName: string }) {
  const [tab, setTab] = useUrlTab(userPath(userName), 'permissions');
  const user = useQuery((c) => c.api.getUser({ userName }), [userName]);
  return (
    <EntityDetailPage
      name={userName}
      noun="user"
      list={{ label: 'Users', to: '/users' }}
      entity={user}
      remove={(c) => c.api.deleteUser({ userName })}
      removeWarning={<p>Remove the user's password, access keys, MFA devices, policies and groups first.</p>}
    >
      {(u) => (
        <>
          <RenamableSummary
            target={{ kind: 'user', name: userName, path: u.path, arn: u.arn }}
            tab={tab}
            onChange={user.reload}
            items={[
              ['ARN', <code key="arn">{u.arn}</code>],
              ['Path', u.path],
              ['Created', <When key="c" iso={u.createDate} />],
              ['Console last sign-in', <When key="l" iso={u.passwordLastUsed} />],
              ['Permissions boundary', u.permissionsBoundary ?? 'Not set'],
            ]}
          />
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
                      boundary={u.permissionsBoundary}
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
                    tags={u.tags}
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
    </EntityDetailPage>
  );
}
