import type {
  AuthorizationDetailsPage,
  GroupDetail,
  ManagedPolicyDetail,
  PolicyDetail,
  RoleDetail,
  UserDetail,
} from '@iamgate/store';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';
import { AttachedPolicyRef, PolicyVersionRef } from '../policies/types.js';
import { RoleLastUsedRef } from '../roles/types.js';

/** AWS's `EntityType` filter of `GetAccountAuthorizationDetails`. */
export const EntityTypeRef = builder.enumType('EntityType', {
  description:
    'A kind of entity `getAccountAuthorizationDetails` returns (`API_GetAccountAuthorizationDetails.html`).',
  values: {
    User: { value: 'User', description: 'IAM users.' },
    Group: { value: 'Group', description: 'Groups.' },
    Role: { value: 'Role', description: 'Roles.' },
    LocalManagedPolicy: { value: 'LocalManagedPolicy', description: 'Customer managed policies.' },
    AWSManagedPolicy: {
      value: 'AWSManagedPolicy',
      description:
        "AWS managed policies: iamgate has none, so this kind matches nothing (accepted for AWS's scripts).",
    },
  } as const,
});

/** An inline policy with its document (`API_PolicyDetail.html`). */
const PolicyDetailRef = builder.objectRef<PolicyDetail>('PolicyDetail').implement({
  description: 'An inline policy and its document (`API_PolicyDetail.html`).',
  fields: (t) => ({
    policyName: t.exposeString('policyName', { description: 'The name, unique per owner.' }),
    policyDocument: t.exposeString('policyDocument', {
      description: 'The document, as JSON text as submitted.',
    }),
  }),
});

/** A permissions boundary as AWS names it (`API_AttachedPermissionsBoundary.html`). */
const AttachedPermissionsBoundaryRef = builder
  .objectRef<{ permissionsBoundaryArn: string }>('AttachedPermissionsBoundary')
  .implement({
    description: "A user's or role's permissions boundary (`API_AttachedPermissionsBoundary.html`).",
    fields: (t) => ({
      permissionsBoundaryType: t.string({
        description: 'Always `PermissionsBoundaryPolicy`.',
        resolve: () => 'PermissionsBoundaryPolicy',
      }),
      permissionsBoundaryArn: t.exposeString('permissionsBoundaryArn', {
        description: 'The managed policy used as boundary.',
      }),
    }),
  });

const boundaryOf = (arn: string | null) => (arn === null ? null : { permissionsBoundaryArn: arn });

const UserDetailRef = builder.objectRef<UserDetail>('UserDetail').implement({
  description: 'A user with its groups and policies (`API_UserDetail.html`).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The path.' }),
    userName: t.exposeString('name', { description: 'The user name.' }),
    userId: t.exposeString('id', { description: 'The unique id (`AIDA...`).' }),
    arn: t.exposeString('arn', { description: 'The ARN.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    userPolicyList: t.expose('inlinePolicies', {
      type: [PolicyDetailRef],
      description: 'Its inline policies.',
    }),
    groupList: t.exposeStringList('groupNames', { description: 'The names of its groups.' }),
    attachedManagedPolicies: t.expose('attachedPolicies', {
      type: [AttachedPolicyRef],
      description: 'The managed policies attached to it.',
    }),
    permissionsBoundary: t.field({
      type: AttachedPermissionsBoundaryRef,
      nullable: true,
      description: 'Its permissions boundary, if any.',
      resolve: (u) => boundaryOf(u.permissionsBoundaryArn),
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'Its tags.' }),
  }),
});

const GroupDetailRef = builder.objectRef<GroupDetail>('GroupDetail').implement({
  description: 'A group with its policies (`API_GroupDetail.html`).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The path.' }),
    groupName: t.exposeString('name', { description: 'The group name.' }),
    groupId: t.exposeString('id', { description: 'The unique id (`AGPA...`).' }),
    arn: t.exposeString('arn', { description: 'The ARN.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    groupPolicyList: t.expose('inlinePolicies', {
      type: [PolicyDetailRef],
      description: 'Its inline policies.',
    }),
    attachedManagedPolicies: t.expose('attachedPolicies', {
      type: [AttachedPolicyRef],
      description: 'The managed policies attached to it.',
    }),
  }),
});

const RoleDetailRef = builder.objectRef<RoleDetail>('RoleDetail').implement({
  description:
    "A role with its trust and permission policies (`API_RoleDetail.html`; AWS's `InstanceProfileList` is left " +
    'out: workloads name their role, see `getWorkload`).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The path.' }),
    roleName: t.exposeString('name', { description: 'The role name.' }),
    roleId: t.exposeString('id', { description: 'The unique id (`AROA...`).' }),
    arn: t.exposeString('arn', { description: 'The ARN.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    assumeRolePolicyDocument: t.exposeString('assumeRolePolicyDocument', {
      description: 'The trust policy, as `getRole` shows it.',
    }),
    rolePolicyList: t.expose('inlinePolicies', {
      type: [PolicyDetailRef],
      description: 'Its inline policies.',
    }),
    attachedManagedPolicies: t.expose('attachedPolicies', {
      type: [AttachedPolicyRef],
      description: 'The managed policies attached to it.',
    }),
    permissionsBoundary: t.field({
      type: AttachedPermissionsBoundaryRef,
      nullable: true,
      description: 'Its permissions boundary, if any.',
      resolve: (r) => boundaryOf(r.permissionsBoundaryArn),
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'Its tags.' }),
    roleLastUsed: t.field({
      type: RoleLastUsedRef,
      description: 'When it was last assumed.',
      resolve: (r) => r,
    }),
  }),
});

const ManagedPolicyDetailRef = builder.objectRef<ManagedPolicyDetail>('ManagedPolicyDetail').implement({
  description: 'A customer managed policy with every stored version (`API_ManagedPolicyDetail.html`).',
  fields: (t) => ({
    policyName: t.exposeString('name', { description: 'The policy name.' }),
    policyId: t.exposeString('id', { description: 'The unique id (`ANPA...`).' }),
    arn: t.exposeString('arn', { description: 'The ARN.' }),
    path: t.exposeString('path', { description: 'The path.' }),
    defaultVersionId: t.exposeString('defaultVersionId', { description: 'The version in force.' }),
    attachmentCount: t.exposeInt('attachmentCount', {
      description: 'Users, groups and roles it is attached to.',
    }),
    permissionsBoundaryUsageCount: t.exposeInt('permissionsBoundaryUsageCount', {
      description: 'Users and roles that use it as permissions boundary.',
    }),
    isAttachable: t.exposeBoolean('isAttachable', { description: 'Always true.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it is for.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updateDate: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    policyVersionList: t.expose('versions', {
      type: [PolicyVersionRef],
      description: 'Every stored version with its document, newest first.',
    }),
  }),
});

/** One page of `getAccountAuthorizationDetails`. */
export const AccountAuthorizationDetailsRef = builder
  .objectRef<AuthorizationDetailsPage>('AccountAuthorizationDetails')
  .implement({
    description:
      'A page of the account as audit tools read it (`API_GetAccountAuthorizationDetails.html`): at most `first` ' +
      "entities in all, users first, then groups, roles and policies. AWS's `IsTruncated` is " +
      '`pageInfo.hasNextPage` and its `Marker` `pageInfo.endCursor`.',
    fields: (t) => ({
      userDetailList: t.expose('users', { type: [UserDetailRef], description: 'Users of this page.' }),
      groupDetailList: t.expose('groups', { type: [GroupDetailRef], description: 'Groups of this page.' }),
      roleDetailList: t.expose('roles', { type: [RoleDetailRef], description: 'Roles of this page.' }),
      policies: t.expose('policies', {
        type: [ManagedPolicyDetailRef],
        description: 'Customer managed policies of this page.',
      }),
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        description: 'Whether more entities follow, and the cursor to pass as `after`.',
        resolve: (page) => page.pageInfo,
      }),
    }),
  });
