import type {
  AttachedPolicy,
  InlinePolicy,
  ManagedPolicy,
  PolicyEntities,
  PolicyLastUsed,
  PolicyVersion,
} from '@iamgate/store';
import { policyLastUsed } from '../../usage/policy-last-used-loader.js';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** A customer managed policy (`IAM/latest/APIReference/API_Policy.html`). */
/** When a managed policy last allowed a request. */
const PolicyLastUsedRef = builder.objectRef<PolicyLastUsed>('PolicyLastUsed').implement({
  description:
    'The last request a managed policy allowed (iamgate: AWS keeps last-used data per service instead).',
  fields: (t) => ({
    lastUsedDate: t.expose('lastUsedDate', { type: 'DateTime', description: 'When.' }),
    principalArn: t.exposeString('principalArn', { description: 'Who the request was for.' }),
    action: t.exposeString('action', {
      description: 'What was allowed (`orders:GetOrder`, `iam:CreateUser`).',
    }),
  }),
});

export const PolicyRef = builder.objectRef<ManagedPolicy>('Policy').implement({
  description: 'A managed policy: a versioned, reusable policy document with an ARN (`API_Policy.html`).',
  fields: (t) => ({
    policyName: t.exposeString('name', {
      description: 'The policy name, unique in the account ignoring case.',
    }),
    policyId: t.exposeString('id', { description: 'The stable unique id (`ANPA...`).' }),
    arn: t.exposeString('arn', {
      description: 'The ARN, `arn:<partition>:iam::<account>:policy/<path><name>`.',
    }),
    path: t.exposeString('path', { description: 'The path, `/` by default.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the policy is for.' }),
    defaultVersionId: t.exposeString('defaultVersionId', { description: 'The version in force, e.g. `v2`.' }),
    attachmentCount: t.exposeInt('attachmentCount', {
      description: 'Users, groups and roles it is attached to.',
    }),
    permissionsBoundaryUsageCount: t.exposeInt('permissionsBoundaryUsageCount', {
      description: 'Users and roles that use it as their permissions boundary.',
    }),
    isAttachable: t.exposeBoolean('isAttachable', {
      description: 'Always true for customer managed policies.',
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'The tags of the policy.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the policy was created.' }),
    updateDate: t.expose('updatedAt', { type: 'DateTime', description: 'When the policy was last changed.' }),
    lastUsed: t.field({
      type: PolicyLastUsedRef,
      nullable: true,
      description:
        'When the policy last allowed a request, for whom and what: null when it never has. Recorded by the ' +
        "gateways in batches, so it may lag by a minute or two (AWS's last-used data lags by up to four hours).",
      resolve: (p, _args, ctx) => policyLastUsed(ctx, p.id),
    }),
  }),
});

/** A page of managed policies. */
export const PolicyConnectionRef = builder.connectionObject(
  { type: PolicyRef, name: 'PolicyConnection', description: 'A page of managed policies.' },
  { name: 'PolicyEdge', description: 'A managed policy with its cursor.' },
);

/** A version of a managed policy (`API_PolicyVersion.html`). */
export const PolicyVersionRef = builder.objectRef<PolicyVersion>('PolicyVersion').implement({
  description: 'A stored version of a managed policy; at most five are kept (`API_PolicyVersion.html`).',
  fields: (t) => ({
    policyArn: t.exposeString('policyArn', { description: 'The policy this version belongs to.' }),
    versionId: t.exposeString('versionId', { description: 'The version id, `v1`, `v2`...' }),
    document: t.exposeString('document', {
      description: 'The policy document, as JSON text as it was submitted.',
    }),
    isDefaultVersion: t.exposeBoolean('isDefaultVersion', {
      description: 'Whether this version is in force.',
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the version was created.' }),
  }),
});

/** A managed policy attached to a principal (`API_AttachedPolicy.html`). */
export const AttachedPolicyRef = builder.objectRef<AttachedPolicy>('AttachedPolicy').implement({
  description: 'A managed policy attached to a user, group or role (`API_AttachedPolicy.html`).',
  fields: (t) => ({
    policyName: t.exposeString('policyName', { description: 'The policy name.' }),
    policyArn: t.exposeString('policyArn', { description: 'The policy ARN.' }),
  }),
});

/** A page of attached policies. */
export const AttachedPolicyConnectionRef = builder.connectionObject(
  { type: AttachedPolicyRef, name: 'AttachedPolicyConnection', description: 'A page of attached policies.' },
  { name: 'AttachedPolicyEdge', description: 'An attached policy with its cursor.' },
);

/** An inline policy (`API_GetUserPolicy.html`). */
export const InlinePolicyRef = builder.objectRef<InlinePolicy>('InlinePolicy').implement({
  description: 'A policy embedded in one user, group or role; deleted with it (`API_GetUserPolicy.html`).',
  fields: (t) => ({
    policyName: t.exposeString('policyName', { description: 'The name, unique per owner.' }),
    ownerName: t.exposeString('ownerName', { description: 'The user, group or role that has it.' }),
    document: t.exposeString('document', {
      description: 'The policy document, as JSON text as it was submitted.',
    }),
  }),
});

/** A page of inline policy names. */
export const PolicyNameConnectionRef = builder.connectionObject(
  { type: 'String', name: 'PolicyNameConnection', description: 'A page of inline policy names.' },
  { name: 'PolicyNameEdge', description: 'An inline policy name with its cursor.' },
);

/** A principal a policy is attached to. */
const PolicyEntityRef = builder.objectRef<{ name: string; id: string }>('PolicyEntity').implement({
  description: 'A user, group or role a policy is attached to (`API_PolicyUser.html`).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The user, group or role name.' }),
    id: t.exposeString('id', { description: 'Its unique id.' }),
  }),
});

/** The principals a policy is attached to (`API_ListEntitiesForPolicy.html`). */
export const PolicyEntitiesRef = builder.objectRef<PolicyEntities>('PolicyEntities').implement({
  description:
    'The users, groups and roles a managed policy is attached to (`API_ListEntitiesForPolicy.html`).',
  fields: (t) => ({
    users: t.expose('users', { type: [PolicyEntityRef], description: 'Users it is attached to.' }),
    groups: t.expose('groups', { type: [PolicyEntityRef], description: 'Groups it is attached to.' }),
    roles: t.expose('roles', { type: [PolicyEntityRef], description: 'Roles it is attached to.' }),
  }),
});
