import type { ListWorkloadsQuery } from '@iamgate/sdk';
import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ChooseForm } from '../components/choose-form.js';
import { CopyButton } from '../components/copy-button.js';
import { dateColumn } from '../components/entity-columns.js';
import { EntityDetailPage } from '../components/entity-detail-page.js';
import { EntityListPage } from '../components/entity-list-page.js';
import { FormActions } from '../components/form-actions.js';
import { TextField } from '../components/form-fields.js';
import { ItemButton } from '../components/item-button.js';
import { PageHeader, Section, Summary, When } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { SecretNotice } from '../components/secret-notice.js';
import { rolePath, workloadPath } from '../router/entity-paths.js';
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
    <SecretNotice onStored={onDone}>
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
    </SecretNotice>
  );
}

export function WorkloadsPage() {
  return (
    <EntityListPage<WorkloadRow>
      title="Workloads"
      description="A service or job that holds one role, as an instance profile does, and gets its sessions with its own credential."
      create={{ label: 'Create workload', to: '/workloads/new' }}
      noun="workloads"
      nameLabel="Workload name"
      rowKey={(w) => w.workloadId}
      nameOf={(w) => w.workloadName}
      hrefOf={(w) => workloadPath(w.workloadName)}
      load={(c, page) => c.api.listWorkloads(page)}
      remove={(c, w) => c.api.deleteWorkload({ workloadName: w.workloadName })}
      columns={[
        { key: 'role', label: 'Role', render: (w) => w.roleName ?? '', sortValue: (w) => w.roleName ?? '' },
        dateColumn('created', 'Created', (w) => w.createDate),
      ]}
    />
  );
}

export function CreateWorkloadPage() {
  const action = useAction();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<
    { workloadName: string; workloadId: string; secret: string } | undefined
  >();
  return (
    <>
      <PageHeader title="Create workload" crumbs={[{ label: 'Workloads', to: '/workloads' }]} />
      {created ? (
        <SecretOnce
          workloadId={created.workloadId}
          secret={created.secret}
          onDone={() => navigate(workloadPath(created.workloadName))}
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
          <TextField label="Workload name" value={name} onChange={setName} required />
          <ProblemNotice problem={action.problem} />
          <FormActions submitLabel="Create workload" disabled={action.pending} />
        </form>
      )}
    </>
  );
}

export function WorkloadDetailPage({ workloadName }: { workloadName: string }) {
  const workload = useQuery((c) => c.api.getWorkload({ workloadName }), [workloadName]);
  const roles = useQuery((c) => c.api.listRoles({ first: 100 }), []);
  const action = useAction();
  const [secret, setSecret] = useState<{ workloadId: string; secret: string } | undefined>();

  return (
    <EntityDetailPage
      name={workloadName}
      noun="workload"
      list={{ label: 'Workloads', to: '/workloads' }}
      actions={
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
      }
      entity={workload}
      action={action}
      notice={
        secret && (
          <SecretOnce
            workloadId={secret.workloadId}
            secret={secret.secret}
            onDone={() => setSecret(undefined)}
          />
        )
      }
      remove={(c) => c.api.deleteWorkload({ workloadName })}
      removeWarning={<p>Its credential stops working; sessions it already has run until they expire.</p>}
    >
      {(w) => (
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
                Holds <Link to={rolePath(w.roleName ?? '')}>{w.roleName}</Link>{' '}
                <ItemButton
                  label="Detach role"
                  disabled={action.pending}
                  onClick={() => {
                    const roleArn = w.roleArn ?? '';
                    void action.runThen(
                      (c) => c.api.detachRoleFromWorkload({ workloadName, roleArn }),
                      workload.reload,
                    );
                  }}
                />
              </p>
            ) : (
              <ChooseForm
                label="Role"
                placeholder="Choose a role"
                options={roles.data?.edges.map(({ node: r }) => ({ value: r.arn, label: r.roleName })) ?? []}
                submitLabel="Attach role"
                pending={action.pending}
                onChoose={(roleArn) =>
                  action.runThen(
                    (c) => c.api.attachRoleToWorkload({ workloadName, roleArn }),
                    workload.reload,
                  )
                }
              />
            )}
          </Section>
        </>
      )}
    </EntityDetailPage>
  );
}
