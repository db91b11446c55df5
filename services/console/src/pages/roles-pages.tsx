import type { ListRolesQuery } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyButton } from '../components/copy-button.js';
import { EntityList, fromConnection } from '../components/entity-list.js';
import { Loading, PageHeader, Section, Success, Summary, useFocusReturn, When } from '../components/page.js';
import { PermissionsBoundaryPanel } from '../components/permissions-boundary.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { hasErrors, PolicyEditor, usePolicyFindings } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';
import { href, Link, navigate, useLocation } from '../router/router.js';
import { readArn } from '../session/arn.js';
import { useSession } from '../session/session-context.js';
import { EditRoleForm, sessionDurationLabel } from './role-settings.js';

type RoleRow = ListRolesQuery['listRoles']['edges'][number]['node'];

/** A trust policy letting `principal` (an ARN, or an account id for the whole account) assume the role. */
export function trustPolicyFor(principal: string, partition: string): string {
  const aws = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: aws }, Action: 'sts:AssumeRole' }],
    },
    null,
    2,
  );
}

export function RolesPage() {
  return (
    <>
      <PageHeader
        title="Roles"
        actions={
          <Link className="button button-primary" to="/roles/new">
            Create role
          </Link>
        }
        description="A role has no credentials of its own: principals its trust policy names assume it for temporary ones."
      />
      <EntityList<RoleRow>
        noun="roles"
        rowKey={(r) => r.roleId}
        nameOf={(r) => r.roleName}
        load={async (c, page) => fromConnection(await c.api.listRoles(page))}
        remove={(c, r) => c.api.deleteRole({ roleName: r.roleName })}
        removeWarning="The role must have no policies left and be held by no workload."
        columns={[
          {
            key: 'name',
            label: 'Role name',
            render: (r) => <Link to={`/roles/${encodeURIComponent(r.roleName)}`}>{r.roleName}</Link>,
            sortValue: (r) => r.roleName.toLowerCase(),
          },
          { key: 'description', label: 'Description', render: (r) => r.description ?? '' },
          {
            key: 'lastUsed',
            label: 'Last activity',
            render: (r) => <When iso={r.roleLastUsed.lastUsedDate} />,
            sortValue: (r) => r.roleLastUsed.lastUsedDate ?? '',
          },
          {
            key: 'created',
            label: 'Created',
            render: (r) => <When iso={r.createDate} />,
            sortValue: (r) => r.createDate,
          },
        ]}
      />
    </>
  );
}

/** Creates a role: who may assume it (this account, a principal, or a trust policy written by hand), then policies. */
export function CreateRolePage() {
  const { session } = useSession();
  const account = session?.role?.accountId ?? session?.signedIn.accountId ?? '';
  const partition = readArn(session?.signedIn.principalArn ?? '')?.partition ?? 'iamgate';
  const action = useAction();
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const [roleName, setRoleName] = useState('');
  const [description, setDescription] = useState('');
  const [trusted, setTrusted] = useState(account);
  const [custom, setCustom] = useState(false);
  const [trust, setTrust] = useState(() => trustPolicyFor(account, partition));
  const [chosen, setChosen] = useState<string[]>([]);
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(trust, 'trust', client);
  const ids = { name: useId(), description: useId(), trusted: useId(), custom: useId() };
  const document = custom ? trust : trustPolicyFor(trusted.trim(), partition);
  return (
    <>
      <PageHeader title="Create role" crumbs={[{ label: 'Roles', to: '/roles' }]} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const name = roleName.trim();
          const done = await action.run(async (c) => {
            await c.api.createRole({
              roleName: name,
              assumeRolePolicyDocument: document,
              ...(description.trim() === '' ? {} : { description: description.trim() }),
            });
            for (const policyArn of chosen) await c.api.attachRolePolicy({ roleName: name, policyArn });
            return true;
          });
          if (done) navigate(`/roles/${encodeURIComponent(name)}`);
        }}
      >
        <Section title="Trusted entity">
          <div className="field field-check">
            <input
              id={ids.custom}
              type="checkbox"
              checked={custom}
              onChange={(e) => setCustom(e.target.checked)}
            />
            <label htmlFor={ids.custom}>Write a custom trust policy</label>
          </div>
          {custom ? (
            <PolicyEditor
              label="Trust policy"
              value={trust}
              onChange={setTrust}
              findings={findings}
              note={gatewayNote}
              rows={12}
            />
          ) : (
            <div className="field">
              <label htmlFor={ids.trusted}>Account id or principal ARN allowed to assume the role</label>
              <input id={ids.trusted} value={trusted} onChange={(e) => setTrusted(e.target.value)} required />
              <p className="muted">
                An account id trusts the account: its principals whose own policies allow{' '}
                <code>sts:AssumeRole</code>.
              </p>
            </div>
          )}
        </Section>
        <Section title="Role details">
          <div className="field">
            <label htmlFor={ids.name}>Role name</label>
            <input
              id={ids.name}
              value={roleName}
              onChange={(e) => setRoleName(e.target.value)}
              required
              maxLength={64}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.description}>Description (optional)</label>
            <input
              id={ids.description}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <fieldset className="choice">
            <legend>Permissions policies</legend>
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
            <Link className="button" to="/roles">
              Cancel
            </Link>
            <button
              type="submit"
              className="button button-primary"
              disabled={action.pending || (custom && hasErrors(findings))}
            >
              Create role
            </button>
          </div>
        </Section>
      </form>
    </>
  );
}

export function RoleDetailPage({ roleName }: { roleName: string }) {
  const { query } = useLocation();
  const tab = query.get('tab') ?? 'permissions';
  const role = useQuery((c) => c.api.getRole({ roleName }), [roleName]);
  const action = useAction();
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const [edited, setEdited] = useState(false);
  const account = role.data ? (readArn(role.data.arn)?.account ?? '') : '';
  const switchLink = `${window.location.origin}${href(
    `/switch-role?${new URLSearchParams({ account, roleName, displayName: roleName })}`,
  )}`;
  return (
    <>
      <PageHeader
        title={roleName}
        crumbs={[{ label: 'Roles', to: '/roles' }]}
        actions={
          <>
            <Link
              className="button"
              to={`/switch-role?${new URLSearchParams({ account, roleName, displayName: roleName })}`}
            >
              Switch to this role
            </Link>
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              Delete role
            </button>
          </>
        }
      />
      <ProblemNotice problem={role.problem ?? action.problem} />
      {role.loading && !role.data && <Loading what="the role" />}
      {role.data && (
        <>
          <Section
            title="Summary"
            actions={
              !editing && (
                <button
                  ref={editButton}
                  type="button"
                  className="button"
                  onClick={() => {
                    setEdited(false);
                    setEditing(true);
                  }}
                >
                  Edit<span className="visually-hidden"> role {roleName}</span>
                </button>
              )
            }
          >
            {edited && <Success>Role {roleName} updated.</Success>}
            {editing && (
              <EditRoleForm
                role={role.data}
                onCancel={() => setEditing(false)}
                onDone={() => {
                  setEditing(false);
                  setEdited(true);
                  role.reload();
                }}
              />
            )}
            <Summary
              items={[
                ['ARN', <code key="arn">{role.data.arn}</code>],
                ['Description', role.data.description ?? ''],
                ['Maximum session duration', sessionDurationLabel(role.data.maxSessionDuration)],
                ['Permissions boundary', role.data.permissionsBoundary ?? 'Not set'],
                ['Created', <When key="c" iso={role.data.createDate} />],
                ['Last activity', <When key="l" iso={role.data.roleLastUsed.lastUsedDate} />],
                [
                  'Link to switch roles in console',
                  <span key="s">
                    <code>{switchLink}</code> <CopyButton value={switchLink} label="Copy link" />
                  </span>,
                ],
              ]}
            />
          </Section>
          <Tabs
            selected={tab}
            onSelect={(id) => navigate(`/roles/${encodeURIComponent(roleName)}?tab=${id}`, { replace: true })}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                render: () => (
                  <>
                    <PermissionsPanel holder={{ kind: 'role', name: roleName }} />
                    <PermissionsBoundaryPanel
                      holder={{ kind: 'role', name: roleName }}
                      boundary={role.data?.permissionsBoundary}
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
                    document={role.data?.assumeRolePolicyDocument ?? ''}
                    onChange={role.reload}
                  />
                ),
              },
              {
                id: 'tags',
                label: 'Tags',
                render: () => (
                  <TagsPanel
                    tags={role.data?.tags ?? []}
                    tag={(c, tags) => c.api.tagRole({ roleName, tags })}
                    untag={(c, tagKeys) => c.api.untagRole({ roleName, tagKeys })}
                    onChange={role.reload}
                  />
                ),
              },
              {
                id: 'sessions',
                label: 'Revoke sessions',
                render: () => <RevokeSessions roleArn={role.data?.arn ?? ''} />,
              },
            ]}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${roleName}?`}
        confirmText={roleName}
        actionLabel="Delete role"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await action.run((c) => c.api.deleteRole({ roleName }))) !== undefined) navigate('/roles');
        }}
      >
        <p>
          Detach and delete the role's policies first; its sessions keep working until they expire or are
          revoked.
        </p>
      </ConfirmDialog>
    </>
  );
}

function TrustPolicy({
  roleName,
  document,
  onChange,
}: {
  roleName: string;
  document: string;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(prettyPolicy(document));
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(text, 'trust', client);
  const action = useAction();
  const [saved, setSaved] = useState(false);
  return (
    <Section
      title="Trusted entities"
      actions={
        !editing && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setText(prettyPolicy(document));
              setEditing(true);
            }}
          >
            Edit trust policy
          </button>
        )
      }
    >
      {saved && <Success>Trust policy updated.</Success>}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const done = await action.run((c) =>
              c.api.updateAssumeRolePolicy({ roleName, policyDocument: text }),
            );
            if (done) {
              setEditing(false);
              setSaved(true);
              onChange();
            }
          }}
        >
          <PolicyEditor
            label="Trust policy"
            value={text}
            onChange={setText}
            findings={findings}
            note={gatewayNote}
            rows={14}
          />
          <ProblemNotice problem={action.problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={hasErrors(findings) || action.pending}
            >
              Update policy
            </button>
          </div>
        </form>
      ) : (
        <>
          <PolicySummaryView document={document} />
          <pre className="code-block">{prettyPolicy(document)}</pre>
        </>
      )}
    </Section>
  );
}

function RevokeSessions({ roleArn }: { roleArn: string }) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ revokedSessions: number; revokedBefore: string } | undefined>();
  return (
    <Section title="Revoke active sessions">
      <p>
        Every session of this role issued until now fails on its next use, at every gateway. Principals can
        assume the role again.
      </p>
      <ProblemNotice problem={action.problem} />
      {result && (
        <Success>
          {result.revokedSessions} session(s) revoked, issued before <When iso={result.revokedBefore} />.
        </Success>
      )}
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        Revoke active sessions
      </button>
      <ConfirmDialog
        open={confirming}
        title="Revoke active sessions?"
        actionLabel="Revoke sessions"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          const revoked = await action.run((c) => c.api.revokeRoleSessions({ roleArn }));
          if (revoked) setResult(revoked);
        }}
      >
        <p>Apps and people using this role now will have to assume it again.</p>
      </ConfirmDialog>
    </Section>
  );
}
