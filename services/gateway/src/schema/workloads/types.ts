import type { Workload, WorkloadCredential } from '@iamgate/store';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** A workload: iamgate's instance profile (`IAM/latest/APIReference/API_InstanceProfile.html`). */
export const WorkloadRef = builder.objectRef<Workload>('Workload').implement({
  description:
    "A service, job or machine that holds at most one role, like an instance profile, and gets that role's " +
    'sessions with its own credential through `assumeWorkloadRole`.',
  fields: (t) => ({
    workloadName: t.exposeString('name', { description: 'The name, unique in the account ignoring case.' }),
    workloadId: t.exposeString('id', {
      description: 'The stable id (`AIPA...`); the workload signs in with it.',
    }),
    arn: t.exposeString('arn', { description: '`arn:<partition>:iam::<account>:workload/<path><name>`.' }),
    path: t.exposeString('path', { description: 'The path, `/` by default.' }),
    roleArn: t.exposeString('roleArn', { nullable: true, description: 'The role it holds, if any.' }),
    roleName: t.exposeString('roleName', { nullable: true, description: 'The name of the role it holds.' }),
    tags: t.expose('tags', { type: [TagRef], description: 'The tags of the workload.' }),
    credentialRotatedAt: t.expose('credentialRotatedAt', {
      type: 'DateTime',
      description: 'When its current credential was issued.',
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

/** A workload's credential, shown once. */
export const WorkloadCredentialRef = builder.objectRef<WorkloadCredential>('WorkloadCredential').implement({
  description:
    'The secret a workload signs in with (`assumeWorkloadRole`). Returned only when created or rotated; only ' +
    'its hash is stored.',
  fields: (t) => ({
    workloadId: t.exposeString('workloadId', { description: 'The workload id to sign in with.' }),
    secret: t.exposeString('secret', { description: 'The secret; store it like a password.' }),
  }),
});

/** The answer of `createWorkload`. */
export const CreateWorkloadPayloadRef = builder
  .objectRef<{ workload: Workload; credential: WorkloadCredential }>('CreateWorkloadPayload')
  .implement({
    description: 'The new workload and its credential (shown once).',
    fields: (t) => ({
      workload: t.expose('workload', { type: WorkloadRef, description: 'The workload.' }),
      credential: t.expose('credential', { type: WorkloadCredentialRef, description: 'Its credential.' }),
    }),
  });

/** A page of workloads. */
export const WorkloadConnectionRef = builder.connectionObject(
  { type: WorkloadRef, name: 'WorkloadConnection', description: 'A page of workloads.' },
  { name: 'WorkloadEdge', description: 'A workload with its cursor.' },
);
