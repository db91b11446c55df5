import type { ListRolesQuery } from '@iamgate/sdk';
import { useQuery } from '../api/use-api.js';
import { CopyButton } from '../components/copy-button.js';
import { EditableSummary } from '../components/editable-summary.js';
import { dateColumn } from '../components/entity-columns.js';
import { EntityDetailPage } from '../components/entity-detail-page.js';
import { EntityListPage } from '../components/entity-list-page.js';
import { When } from '../components/page.js';
import { PermissionsBoundaryPanel } from '../components/permissions-boundary.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { rolePath } from '../router/entity-paths.js';
import { href, Link } from '../router/router.js';
import { useUrlTab } from '../router/use-url-tab.js';
import { readArn } from '../session/arn.js';
import { RevokeSessions } from './role-sessions.js';
import { EditRoleForm, sessionDurationLabel } from './role-settings.js';
import { TrustPolicy } from './role-trust-policy.js';

type RoleRow = ListRolesQuery['listRoles']['edges'][number]['node'];

export function RolesPage() {
  return (
    <EntityListPage<RoleRow>
      title="Roles"
      description="A role has no credentials of its own: principals its trust policy names assume it for temporary ones."
      create={{ label: 'Create role', to: '/roles/new' }}
      noun="roles"
      nameLabel="Role name"
      rowKey={(r) => r.roleId}
      nameOf={(r) => r.roleName}
      hrefOf={(r) => rolePath(r.roleName)}
      load={(c, page) => c.api.listRoles(page)}
      remove={(c, r) => c.api.deleteRole({ roleName: r.roleName })}
      removeWarning="The role must have no policies left and be held by no workload."
      columns={[
        { key: 'description', label: 'Description', render: (r) => r.description ?? '' },
        dateColumn('lastUsed', 'Last activity', (r) => r.roleLastUsed.lastUsedDate),
        dateColumn('created', 'Created', (r) => r.createDate),
      ]}
    />
  );
}

export function RoleDetailPage({ roleName }: { roleName: string }) {
  const [tab, setTab] = useUrlTab(rolePath(roleName), 'permissions');
  const role = useQuery((c) => c.api.getRole({ roleName }), [roleName]);
  const account = role.data ? (readArn(role.data.arn)?.account ?? '') : '';
  // AWS's "Link to switch roles in console": the switch-role page, filled in, as a full URL to share.
  const switchRole = `/switch-role?${new URLSearchParams({ account, roleName, displayName: roleName })}`;
  const switchLink = `${window.location.origin}${href(switchRole)}`;
  return (
    <EntityDetailPage
      name={roleName}
      noun="role"
      list={{ label: 'Roles', to: '/roles' }}
      actions={
        <Link className="button" to={switchRole}>
          Switch to this role
        </Link>
      }
      entity={role}
      remove={(c) => c.api.deleteRole({ roleName })}
      removeWarning={
        <p>
          Detach and delete the role's policies first; its sessions keep working until they expire or are
          revoked.
        </p>
      }
    >
      {(r) => (
        <>
          <EditableSummary
            entity={`role ${roleName}`}
            savedNotice={`Role ${roleName} updated.`}
            form={({ onCancel, onSaved }) => (
              <EditRoleForm
                role={r}
                onCancel={onCancel}
                onDone={() => {
                  onSaved();
                  role.reload();
                }}
              />
            )}
            items={[
              ['ARN', <code key="arn">{r.arn}</code>],
              ['Description', r.description ?? ''],
              ['Maximum session duration', sessionDurationLabel(r.maxSessionDuration)],
              ['Permissions boundary', r.permissionsBoundary ?? 'Not set'],
              ['Created', <When key="c" iso={r.createDate} />],
              ['Last activity', <When key="l" iso={r.roleLastUsed.lastUsedDate} />],
              [
                'Link to switch roles in console',
                <span key="s">
                  <code>{switchLink}</code> <CopyButton value={switchLink} label="Copy link" />
                </span>,
              ],
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
                    <PermissionsPanel holder={{ kind: 'role', name: roleName }} />
                    <PermissionsBoundaryPanel
                      holder={{ kind: 'role', name: roleName }}
                      boundary={r.permissionsBoundary}
                      onChange={role.reload}
                    />
                  </>
                ),
              },
              {
                id: 'trust',
                label: 'Trust relationships',
                render: () => (
                  <TrustPolicy
                    roleName={roleName}
                    document={r.assumeRolePolicyDocument}
                    onChange={role.reload}
                  />
                ),
              },
              {
                id: 'tags',
                label: 'Tags',
                render: () => (
                  <TagsPanel
                    tags={r.tags}
                    tag={(c, tags) => c.api.tagRole({ roleName, tags })}
                    untag={(c, tagKeys) => c.api.untagRole({ roleName, tagKeys })}
                    onChange={role.reload}
                  />
                ),
              },
              {
                id: 'sessions',
                label: 'Revoke sessions',
                render: () => <RevokeSessions roleArn={r.arn} />,
              },
            ]}
          />
        </>
      )}
    </EntityDetailPage>
  );
}
