import type { ListWorkloadsQuery } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyButton } from '../components/copy-button.js';
import { EntityList, fromConnection } from '../components/entity-list.js';
import { Loading, PageHeader, Section, Summary, When } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { Link, navigate } from '../router/router.js';

type WorkloadRow = ListWorkloadsQuery['listWorkloads']['edges'][number]['node'];

/** A workload's secret, shown once (after creating the workload or rotating its credential). */
function SecretOnce({
  workloadId,
  secret,
  onDone,
}: {
  workloadId: string;
  secret: string;
  onDone: () => void;
}) {
  return (
    <div className="notice notice-success secret" role="status">
      <p>
        <strong>Workload credential.</strong> This is the only time the secret can be seen: copy it now.
      </p>
      <p>
        Workload id <code>{workloadId}</code>
      </p>
      <p>
        Secret <code data-testid="workload-secret">{secret}</code>{' '}
        <CopyButton value={secret} label="Copy secret" />
      </p>
      <button type="button" className="button button-small" onClick={onDone}>
        I have stored the secret
      </button>
    </div>
  );
}

export function WorkloadsPage() {
  return (
    <>
      <PageHeader
        title="Workloads"
        actions={
          <Link className="button button-primary" to="/workloads/new">
            Create workload
          </Link>
        }
        description="A service or job that holds one role, as an instance profile does, and gets its sessions with its own credential."
      />
      <EntityList<WorkloadRow>
        noun="workloads"
        rowKey={(w) => w.workloadId}
        nameOf={(w) => w.workloadName}
        load={async (c, page) => fromConnection(await c.api.listWorkloads(page))}
        remove={(c, w) => c.api.deleteWorkload({ workloadName: w.workloadName })}
        columns={[
          {
            key: 'name',
            label: 'Workload name',
            render: (w) => (
              <Link to={`/workloads/${encodeURIComponent(w.workloadName)}`}>{w.workloadName}</Link>
            ),
            sortValue: (w) => w.workloadName.toLowerCase(),
          },
          { key: 'role', label: 'Role', render: (w) => w.roleName ?? '', sortValue: (w) => w.roleName ?? '' },
          {
            key: 'created',
            label: 'Created',
            render: (w) => <When iso={w.createDate} />,
            sortValue: (w) => w.createDate,
          },
        ]}
      />
    </>
  );
}

export function CreateWorkloadPage() {
  const action = useAction();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<
    { workloadName: string; workloadId: string; secret: string } | undefined
  >();
  const nameId = useId();
  return (
    <>
      <PageHeader title="Create workload" crumbs={[{ label: 'Workloads', to: '/workloads' }]} />
      {created ? (
        <SecretOnce
          workloadId={created.workloadId}
          secret={created.secret}
          onDone={() => navigate(`/workloads/${encodeURIComponent(created.workloadName)}`)}
        />
      ) : (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            const result = await action.run((c) => c.api.createWorkload({ workloadName: name.trim() }));
            if (result) {
              setCreated({
                workloadName: result.workload.workloadName,
                workloadId: result.credential.workloadId,
                secret: result.credential.secret,
              });
            }
          }}
        >
          <div className="field">
            <label htmlFor={nameId}>Workload name</label>
            <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} required />
          </div>
          <ProblemNotice problem={action.problem} />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={action.pending}>
              Create workload
            </button>
          </div>
        </form>
      )}
    </>
  );
}

export function WorkloadDetailPage({ workloadName }: { workloadName: string }) {
  const workload = useQuery((c) => c.api.getWorkload({ workloadName }), [workloadName]);
  const roles = useQuery((c) => c.api.listRoles({ first: 100 }), []);
  const action = useAction();
  const [roleArn, setRoleArn] = useState('');
  const [secret, setSecret] = useState<{ workloadId: string; secret: string } | undefined>();
  const [deleting, setDeleting] = useState(false);
  const roleId = useId();
  const w = workload.data;
  return (
    <>
      <PageHeader
        title={workloadName}
        crumbs={[{ label: 'Workloads', to: '/workloads' }]}
        actions={
          <>
            <button
              type="button"
              className="button"
              disabled={action.pending}
              onClick={async () => {
                const credential = await action.run((c) => c.api.rotateWorkloadCredential({ workloadName }));
                if (credential) {
                  setSecret(credential);
                  workload.reload();
                }
              }}
            >
              Rotate credential
            </button>
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              Delete workload
            </button>
          </>
        }
      />
      <ProblemNotice
        problem={workload.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {secret && (
        <SecretOnce
          workloadId={secret.workloadId}
          secret={secret.secret}
          onDone={() => setSecret(undefined)}
        />
      )}
      {workload.loading && !w && <Loading what="the workload" />}
      {w && (
        <>
          <Section title="Summary">
            <Summary
              items={[
                ['ARN', <code key="arn">{w.arn}</code>],
                ['Workload id', <code key="id">{w.workloadId}</code>],
                ['Created', <When key="c" iso={w.createDate} />],
                ['Credential rotated', <When key="r" iso={w.credentialRotatedAt} />],
              ]}
            />
          </Section>
          <Section title="Role">
            {w.roleArn ? (
              <p>
                Holds <Link to={`/roles/${encodeURIComponent(w.roleName ?? '')}`}>{w.roleName}</Link>{' '}
                <button
                  type="button"
                  className="button button-small"
                  disabled={action.pending}
                  onClick={async () => {
                    const arn = w.roleArn ?? '';
                    if (
                      await action.run((c) => c.api.detachRoleFromWorkload({ workloadName, roleArn: arn }))
                    ) {
                      workload.reload();
                    }
                  }}
                >
                  Detach role
                </button>
              </p>
            ) : (
              <form
                className="inline-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (
                    roleArn !== '' &&
                    (await action.run((c) => c.api.attachRoleToWorkload({ workloadName, roleArn })))
                  ) {
                    setRoleArn('');
                    workload.reload();
                  }
                }}
              >
                <label htmlFor={roleId}>Role</label>
                <select id={roleId} value={roleArn} onChange={(e) => setRoleArn(e.target.value)}>
                  <option value="">Choose a role</option>
                  {roles.data?.edges.map(({ node: r }) => (
                    <option key={r.roleId} value={r.arn}>
                      {r.roleName}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button" disabled={roleArn === '' || action.pending}>
                  Attach role
                </button>
              </form>
            )}
          </Section>
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${workloadName}?`}
        confirmText={workloadName}
        actionLabel="Delete workload"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await action.run((c) => c.api.deleteWorkload({ workloadName }))) !== undefined)
            navigate('/workloads');
        }}
      >
        <p>Its credential stops working; sessions it already has run until they expire.</p>
      </ConfirmDialog>
    </>
  );
}
