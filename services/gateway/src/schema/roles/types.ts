import type { Role } from '@iamgate/store';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** When a role was last used (`IAM/latest/APIReference/API_RoleLastUsed.html`). */
export const RoleLastUsedRef = builder.objectRef<Pick<Role, 'lastUsedAt'>>('RoleLastUsed').implement({
  description:
    'When the role was last assumed (`API_RoleLastUsed.html`); noted at most once a minute, as AWS reports use over ' +
    'a period rather than per call.',
  fields: (t) => ({
    lastUsedDate: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the role was last assumed; null if never.',
    }),
    region: t.string({
      nullable: true,
      description: 'Always null: iamgate has no regions.',
      resolve: () => null,
    }),
  }),
});

/** An IAM role (`IAM/latest/APIReference/API_Role.html`). */
export const RoleRef = builder.objectRef<Role>('Role').implement({
  description:
    'An identity with permission policies that principals allowed by its trust policy assume for temporary ' +
    'credentials (`API_Role.html`).',
  fields: (t) => ({
    roleName: t.exposeString('name', { description: 'The role name, unique in the account ignoring case.' }),
    roleId: t.exposeString('id', { description: 'The stable unique id (`AROA...`).' }),
    arn: t.exposeString('arn', {
      description: 'The ARN, `arn:<partition>:iam::<account>:role/<path><name>`.',
    }),
    path: t.exposeString('path', { description: 'The path, `/` by default.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the role is for.' }),
    assumeRolePolicyDocument: t.exposeString('assumeRolePolicyDocument', {
      description:
        'The trust policy: who may assume the role, as JSON text as it was submitted, except that each user or ' +
        "role it names reads as that entity's current ARN (renames show), or as its unique id (`AIDA...`, " +
        '`AROA...`) once the entity is deleted: the policy names identities, not names ' +
        '(`reference_policies_elements_principal.html`).',
    }),
    maxSessionDuration: t.exposeInt('maxSessionDuration', {
      description: 'The longest session, in seconds (3,600-43,200).',
    }),
    permissionsBoundary: t.exposeString('permissionsBoundaryArn', {
      nullable: true,
      description: 'The ARN of the managed policy set as the permissions boundary, if any.',
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'The tags of the role.' }),
    roleLastUsed: t.field({
      type: RoleLastUsedRef,
      description: "When the role was last assumed, in AWS's `RoleLastUsed` shape.",
      resolve: (role) => role,
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the role was created.' }),
  }),
});

/** A page of roles. */
export const RoleConnectionRef = builder.connectionObject(
  { type: RoleRef, name: 'RoleConnection', description: 'A page of roles.' },
  { name: 'RoleEdge', description: 'A role with its cursor.' },
);
