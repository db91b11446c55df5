import type { PutResourcePolicyResult, ResourcePolicy, ResourcePolicyVersion } from '@iamgate/store';
import { builder } from '../builder.js';

/** A resource-based policy stored for a resource ARN or ARN pattern. */
export const ResourcePolicyRef = builder.objectRef<ResourcePolicy>('ResourcePolicy').implement({
  description:
    "A resource-based policy stored for one of the account's resources or an ARN pattern of them, like an S3 " +
    'bucket policy: `authorize`, `authorizeBatch`, `POST /authorize`, the simulations and policy snapshots use ' +
    'every stored policy whose ARN matches a resource when a request brings no resource policy of its own. ' +
    'Versioned like a managed policy (at most five versions, one in force). iamgate-only: AWS keeps such policies ' +
    'in each service (`s3:PutBucketPolicy`, `sqs:SetQueueAttributes`...), one per resource.',
  fields: (t) => ({
    resourceArn: t.exposeString('resourceArn', {
      description:
        'The resource ARN or ARN pattern (`*` and `?` within a segment, matched as a `Resource` element) it is ' +
        'stored for; unique in the account, and the id decisions name the policy by.',
    }),
    policyId: t.exposeString('id', { description: 'The stable unique id (`ARPL...`).' }),
    defaultVersionId: t.exposeString('defaultVersionId', { description: 'The version in force, e.g. `v2`.' }),
    policyDocument: t.exposeString('document', {
      description: 'The document of the version in force, JSON text as it was submitted.',
    }),
    versionCount: t.exposeInt('versionCount', { description: 'How many versions are kept (at most five).' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the policy was first stored.' }),
    updateDate: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When a version was last added or made the one in force.',
    }),
  }),
});

/** A page of stored resource policies. */
export const ResourcePolicyConnectionRef = builder.connectionObject(
  {
    type: ResourcePolicyRef,
    name: 'ResourcePolicyConnection',
    description: "A page of the account's stored resource policies, by resource ARN.",
  },
  { name: 'ResourcePolicyEdge', description: 'A stored resource policy with its cursor.' },
);

/** A stored version of a resource policy. */
export const ResourcePolicyVersionRef = builder
  .objectRef<ResourcePolicyVersion>('ResourcePolicyVersion')
  .implement({
    description: 'A stored version of a resource policy; at most five are kept, one of them in force.',
    fields: (t) => ({
      resourceArn: t.exposeString('resourceArn', { description: 'The policy this version belongs to.' }),
      versionId: t.exposeString('versionId', {
        description: 'The version id, `v1`, `v2`... (never reused).',
      }),
      document: t.exposeString('document', { description: 'The document, JSON text as it was submitted.' }),
      isDefaultVersion: t.exposeBoolean('isDefaultVersion', {
        description: 'Whether this version is in force.',
      }),
      createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the version was stored.' }),
    }),
  });

/** What `putResourcePolicy` did. */
export const PutResourcePolicyResultRef = builder
  .objectRef<PutResourcePolicyResult>('PutResourcePolicyResult')
  .implement({
    description: 'The stored policy after a put, and what the put changed.',
    fields: (t) => ({
      resourcePolicy: t.expose('policy', {
        type: ResourcePolicyRef,
        description: 'The policy as now stored.',
      }),
      version: t.expose('version', {
        type: ResourcePolicyVersionRef,
        description: 'The version the put stored, now in force.',
      }),
      created: t.exposeBoolean('created', {
        description: 'Whether the policy was new (its version is then `v1`).',
      }),
      prunedVersionIds: t.exposeStringList('pruned', {
        description:
          'Versions deleted so that at most five are kept: the oldest ones not in force. A put never fails for ' +
          'the number of versions.',
      }),
    }),
  });
