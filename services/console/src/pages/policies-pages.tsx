import type { ListPoliciesQuery } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { EntityList, fromConnection } from '../components/entity-list.js';
import { Loading, PageHeader, Section, Success, Summary, When } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { hasErrors, PolicyEditor, usePolicyFindings } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';
import { VersionDiff } from '../policy/version-diff.js';
import { Link, navigate, useLocation } from '../router/router.js';
import { useSession } from '../session/session-context.js';

type PolicyRow = ListPoliciesQuery['listPolicies']['edges'][number]['node'];

const STARTER = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  2,
);

const policyPath = (arn: string) => `/policies/${encodeURIComponent(arn)}`;

export function PoliciesPage() {
  return (
    <>
      <PageHeader
        title="Policies"
        actions={
          <Link className="button button-primary" to="/policies/new">
            Create policy
          </Link>
        }
        description="Customer managed policies: versioned documents you attach to users, groups and roles."
      />
      <EntityList<PolicyRow>
        noun="policies"
        rowKey={(p) => p.policyId}
        nameOf={(p) => p.policyName}
        load={async (c, page) => fromConnection(await c.api.listPolicies(page))}
        remove={(c, p) => c.api.deletePolicy({ policyArn: p.arn })}
        removeWarning="The policy must be detached from every user, group and role, and have only its default version left."
        columns={[
          {
            key: 'name',
            label: 'Policy name',
            render: (p) => <Link to={policyPath(p.arn)}>{p.policyName}</Link>,
            sortValue: (p) => p.policyName.toLowerCase(),
          },
          {
            key: 'attachments',
            label: 'Attached entities',
            render: (p) => p.attachmentCount,
            sortValue: (p) => p.attachmentCount,
          },
          { key: 'description', label: 'Description', render: (p) => p.description ?? '' },
          {
            key: 'lastUsed',
            label: 'Last used',
            render: (p) => <When iso={p.lastUsed?.lastUsedDate} />,
            sortValue: (p) => p.lastUsed?.lastUsedDate ?? '',
          },
          {
            key: 'updated',
            label: 'Updated',
            render: (p) => <When iso={p.updateDate} />,
            sortValue: (p) => p.updateDate,
          },
        ]}
      />
    </>
  );
}

/** The policy editor: the document with the engine's findings as you type and what it grants, then a name. */
export function CreatePolicyPage() {
  const action = useAction();
  const [document, setDocument] = useState(STARTER);
  const [policyName, setPolicyName] = useState('');
  const [description, setDescription] = useState('');
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(document, 'identity', client);
  const ids = { name: useId(), description: useId() };
  const blocked = hasErrors(findings);
  return (
    <>
      <PageHeader title="Create policy" crumbs={[{ label: 'Policies', to: '/policies' }]} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await action.run((c) =>
            c.api.createPolicy({
              policyName: policyName.trim(),
              policyDocument: document,
              ...(description.trim() === '' ? {} : { description: description.trim() }),
            }),
          );
          if (created) navigate(policyPath(created.arn));
        }}
      >
        <Section title="Policy editor">
          <PolicyEditor
            label="Policy document (JSON)"
            value={document}
            onChange={setDocument}
            findings={findings}
            note={gatewayNote}
          />
        </Section>
        <Section title="Permissions defined in this policy">
          <PolicySummaryView document={document} />
        </Section>
        <Section title="Policy details">
          <div className="field">
            <label htmlFor={ids.name}>Policy name</label>
            <input
              id={ids.name}
              value={policyName}
              onChange={(e) => setPolicyName(e.target.value)}
              required
              maxLength={128}
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
          <ProblemNotice problem={action.problem} />
          <div className="actions">
            <Link className="button" to="/policies">
              Cancel
            </Link>
            <button type="submit" className="button button-primary" disabled={blocked || action.pending}>
              Create policy
            </button>
          </div>
          {blocked && <p className="muted">Fix the errors the editor lists to create the policy.</p>}
        </Section>
      </form>
    </>
  );
}

export function PolicyDetailPage({ policyArn }: { policyArn: string }) {
  const { query } = useLocation();
  const tab = query.get('tab') ?? 'permissions';
  const policy = useQuery((c) => c.api.getPolicy({ policyArn }), [policyArn]);
  const versions = useQuery((c) => c.api.listPolicyVersions({ policyArn }), [policyArn]);
  const action = useAction();
  const [deleting, setDeleting] = useState(false);
  const reload = () => {
    policy.reload();
    versions.reload();
  };
  const current = versions.data?.find((v) => v.isDefaultVersion);
  const name = policy.data?.policyName ?? policyArn.split('/').at(-1) ?? policyArn;
  return (
    <>
      <PageHeader
        title={name}
        crumbs={[{ label: 'Policies', to: '/policies' }]}
        actions={
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            Delete policy
          </button>
        }
      />
      <ProblemNotice problem={policy.problem ?? versions.problem ?? action.problem} />
      {policy.loading && !policy.data && <Loading what="the policy" />}
      {policy.data && (
        <>
          <Section title="Policy details">
            <Summary
              items={[
                ['ARN', <code key="arn">{policy.data.arn}</code>],
                ['Description', policy.data.description ?? ''],
                ['Default version', policy.data.defaultVersionId],
                ['Attached entities', policy.data.attachmentCount],
                ['Created', <When key="c" iso={policy.data.createDate} />],
                ['Last edited', <When key="u" iso={policy.data.updateDate} />],
                [
                  'Last used',
                  policy.data.lastUsed ? (
                    <span key="l">
                      <When iso={policy.data.lastUsed.lastUsedDate} /> for{' '}
                      <code>{policy.data.lastUsed.action}</code>
                    </span>
                  ) : (
                    'Never'
                  ),
                ],
              ]}
            />
          </Section>
          <Tabs
            selected={tab}
            onSelect={(id) => navigate(`${policyPath(policyArn)}?tab=${id}`, { replace: true })}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                render: () =>
                  current ? (
                    <Section title={`Permissions defined in this policy (${current.versionId})`}>
                      <PolicySummaryView document={current.document} />
                      <pre className="code-block">{prettyPolicy(current.document)}</pre>
                    </Section>
                  ) : (
                    <Loading what="the default version" />
                  ),
              },
              {
                id: 'versions',
                label: 'Policy versions',
                render: () => (
                  <PolicyVersions policyArn={policyArn} versions={versions.data ?? []} onChange={reload} />
                ),
              },
              {
                id: 'entities',
                label: 'Entities attached',
                render: () => <PolicyEntities policyArn={policyArn} />,
              },
              {
                id: 'tags',
                label: 'Tags',
                render: () => (
                  <TagsPanel
                    tags={policy.data?.tags ?? []}
                    tag={(c, tags) => c.api.tagPolicy({ policyArn, tags })}
                    untag={(c, tagKeys) => c.api.untagPolicy({ policyArn, tagKeys })}
                    onChange={policy.reload}
                  />
                ),
              },
            ]}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${name}?`}
        confirmText={name}
        actionLabel="Delete policy"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await action.run((c) => c.api.deletePolicy({ policyArn }))) !== undefined)
            navigate('/policies');
        }}
      >
        <p>Detach the policy from every user, group and role, and delete its other versions, first.</p>
      </ConfirmDialog>
    </>
  );
}

type Version = { versionId: string; document: string; isDefaultVersion: boolean; createDate: string };

/** Version history: compare any two, make one the default, delete old ones, or write a new version. */
function PolicyVersions({
  policyArn,
  versions,
  onChange,
}: {
  policyArn: string;
  versions: readonly Version[];
  onChange: () => void;
}) {
  const action = useAction();
  const sorted = [...versions].sort((a, b) => Number(b.versionId.slice(1)) - Number(a.versionId.slice(1)));
  const [left, setLeft] = useState(sorted[1]?.versionId ?? sorted[0]?.versionId ?? '');
  const [right, setRight] = useState(sorted[0]?.versionId ?? '');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const ids = { left: useId(), right: useId() };
  const byId = (id: string) => versions.find((v) => v.versionId === id);
  return (
    <>
      <Section
        title="Policy versions"
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Create new version
          </button>
        }
      >
        <ProblemNotice problem={action.problem} onDismiss={action.clear} />
        {saved && <Success>{saved}</Success>}
        <table className="table">
          <caption className="visually-hidden">Versions of the policy</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((v) => (
              <tr key={v.versionId}>
                <td>
                  {v.versionId} {v.isDefaultVersion && <span className="badge badge-allow">Default</span>}
                </td>
                <td>
                  <When iso={v.createDate} />
                </td>
                <td className="row-actions">
                  {!v.isDefaultVersion && (
                    <>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={action.pending}
                        onClick={async () => {
                          const done = await action.run((c) =>
                            c.api.setDefaultPolicyVersion({ policyArn, versionId: v.versionId }),
                          );
                          if (done) {
                            setSaved(`${v.versionId} is now the default version.`);
                            onChange();
                          }
                        }}
                      >
                        Set {v.versionId} as default
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={action.pending}
                        onClick={async () => {
                          const done = await action.run((c) =>
                            c.api.deletePolicyVersion({ policyArn, versionId: v.versionId }),
                          );
                          if (done !== undefined) onChange();
                        }}
                      >
                        Delete {v.versionId}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {editing && (
        <NewVersionForm
          policyArn={policyArn}
          initial={prettyPolicy(sorted.find((v) => v.isDefaultVersion)?.document ?? STARTER)}
          onCancel={() => setEditing(false)}
          onDone={(versionId) => {
            setEditing(false);
            setSaved(`${versionId} created.`);
            setLeft(sorted.find((v) => v.isDefaultVersion)?.versionId ?? left);
            setRight(versionId);
            onChange();
          }}
        />
      )}
      {sorted.length > 0 && (
        <Section title="Compare versions">
          <div className="inline-form">
            <label htmlFor={ids.left}>Old</label>
            <select id={ids.left} value={left} onChange={(e) => setLeft(e.target.value)}>
              {sorted.map((v) => (
                <option key={v.versionId}>{v.versionId}</option>
              ))}
            </select>
            <label htmlFor={ids.right}>New</label>
            <select id={ids.right} value={right} onChange={(e) => setRight(e.target.value)}>
              {sorted.map((v) => (
                <option key={v.versionId}>{v.versionId}</option>
              ))}
            </select>
          </div>
          {byId(left) && byId(right) && (
            <VersionDiff
              before={byId(left)?.document ?? ''}
              after={byId(right)?.document ?? ''}
              caption={`${left} → ${right}`}
            />
          )}
        </Section>
      )}
    </>
  );
}

function NewVersionForm({
  policyArn,
  initial,
  onCancel,
  onDone,
}: {
  policyArn: string;
  initial: string;
  onCancel: () => void;
  onDone: (versionId: string) => void;
}) {
  const action = useAction();
  const [document, setDocument] = useState(initial);
  const [setAsDefault, setSetAsDefault] = useState(true);
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(document, 'identity', client);
  const checkId = useId();
  return (
    <Section title="New version">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const version = await action.run((c) =>
            c.api.createPolicyVersion({ policyArn, policyDocument: document, setAsDefault }),
          );
          if (version) onDone(version.versionId);
        }}
      >
        <PolicyEditor
          label="Policy document (JSON)"
          value={document}
          onChange={setDocument}
          findings={findings}
          note={gatewayNote}
        />
        <PolicySummaryView document={document} />
        <div className="field field-check">
          <input
            id={checkId}
            type="checkbox"
            checked={setAsDefault}
            onChange={(e) => setSetAsDefault(e.target.checked)}
          />
          <label htmlFor={checkId}>Set as the default version</label>
        </div>
        <ProblemNotice problem={action.problem} />
        <div className="actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={hasErrors(findings) || action.pending}
          >
            Save version
          </button>
        </div>
      </form>
    </Section>
  );
}

function PolicyEntities({ policyArn }: { policyArn: string }) {
  const entities = useQuery((c) => c.api.listEntitiesForPolicy({ policyArn }), [policyArn]);
  if (entities.problem) return <ProblemNotice problem={entities.problem} />;
  if (!entities.data) return <Loading what="attached entities" />;
  const rows = [
    ...entities.data.users.map((e) => ({ ...e, type: 'User', to: `/users/${encodeURIComponent(e.name)}` })),
    ...entities.data.groups.map((e) => ({
      ...e,
      type: 'Group',
      to: `/groups/${encodeURIComponent(e.name)}`,
    })),
    ...entities.data.roles.map((e) => ({ ...e, type: 'Role', to: `/roles/${encodeURIComponent(e.name)}` })),
  ];
  return (
    <Section title="Entities attached">
      {rows.length === 0 ? (
        <p className="muted">The policy is not attached to anything.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Entities the policy is attached to</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Type</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={r.to}>{r.name}</Link>
                </td>
                <td>{r.type}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
