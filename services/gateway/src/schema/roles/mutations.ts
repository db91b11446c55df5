import { requestTagContext } from '../../authz/request-context.js';
import { limits } from '../../hardening/argument-limits.js';
import { withPolicyFindings } from '../../services/account-catalog.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { RoleRef } from './types.js';

const CreateRoleInput = builder.inputType('CreateRoleInput', {
  description: 'A new role (`API_CreateRole.html`).',
  fields: (t) => ({
    roleName: t.string({ required: true, description: '1-64 characters of `[\\w+=,.@-]`.' }),
    path: t.string({ description: 'The path, `/` by default.' }),
    assumeRolePolicyDocument: t.string({
      required: true,
      ...limits({ document: 'trust' }),
      description:
        'The trust policy, JSON text; validated by `@iamgate/policy` as a trust policy. Each user or role ARN of an ' +
        'account of this installation must name an existing user or role, and is bound to its unique id.',
    }),
    description: t.string({ description: 'What the role is for (at most 1,000 characters).' }),
    maxSessionDuration: t.int({ description: 'The longest session in seconds, 3,600 (default) to 43,200.' }),
    permissionsBoundary: t.string({
      description: 'ARN of a managed policy to use as the permissions boundary.',
    }),
    tags: t.field({
      type: [TagInput],
      description: 'Tags to set (at most 50).',
      ...limits({ maxItems: 50 }),
    }),
  }),
});

const roleNameArg = { description: 'The role name.' } as const;

builder.mutationFields((t) => ({
  createRole: t.field({
    type: RoleRef,
    description:
      'Creates a role with its trust policy; trust policy findings come back as `MalformedPolicyDocument` ' +
      '(`API_CreateRole.html`).',
    args: { input: t.arg({ type: CreateRoleInput, required: true, description: 'The role.' }) },
    authz: {
      action: 'iam:CreateRole',
      resource: ({ args, ctx }) => ctx.targets.toCreate('role', args.input.roleName, args.input.path),
      context: ({ args }) => ({
        ...requestTagContext(args.input.tags ?? []),
        ...(args.input.permissionsBoundary
          ? { 'iam:PermissionsBoundary': args.input.permissionsBoundary }
          : {}),
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      withPolicyFindings(ctx, info, input.assumeRolePolicyDocument, 'trust', () =>
        ctx.store.roles.create(accountOf(ctx), {
          name: input.roleName,
          assumeRolePolicyDocument: input.assumeRolePolicyDocument,
          ...(input.path == null ? {} : { path: input.path }),
          ...(input.description == null ? {} : { description: input.description }),
          ...(input.maxSessionDuration == null ? {} : { maxSessionDuration: input.maxSessionDuration }),
          ...(input.permissionsBoundary == null ? {} : { permissionsBoundary: input.permissionsBoundary }),
          tags: input.tags ?? [],
        }),
      ),
  }),
  updateRole: t.field({
    type: RoleRef,
    description: "Changes a role's description and/or maximum session duration (`API_UpdateRole.html`).",
    args: {
      roleName: t.arg.string({ required: true, ...roleNameArg }),
      description: t.arg.string({ description: 'The new description.' }),
      maxSessionDuration: t.arg.int({ description: 'The new maximum session duration in seconds.' }),
    },
    authz: { action: 'iam:UpdateRole', resource: ({ args, ctx }) => ctx.targets.role(args.roleName) },
    resolve: (_root, args, ctx) =>
      ctx.store.roles.update(accountOf(ctx), args.roleName, {
        ...(args.description == null ? {} : { description: args.description }),
        ...(args.maxSessionDuration == null ? {} : { maxSessionDuration: args.maxSessionDuration }),
      }),
  }),
  updateAssumeRolePolicy: t.field({
    type: RoleRef,
    description:
      "Replaces a role's trust policy (`API_UpdateAssumeRolePolicy.html`). User and role ARNs are bound to their " +
      'unique ids as in `createRole`; a unique id the current policy shows (a deleted entity) may be saved back, ' +
      'other ids must name an existing user or role of the account (`MalformedPolicyDocument` otherwise).',
    args: {
      roleName: t.arg.string({ required: true, ...roleNameArg }),
      policyDocument: t.arg.string({
        required: true,
        description: 'The new trust policy, JSON text.',
        ...limits({ document: 'trust' }),
      }),
    },
    authz: {
      action: 'iam:UpdateAssumeRolePolicy',
      resource: ({ args, ctx }) => ctx.targets.role(args.roleName),
    },
    resolve: (_root, args, ctx, info) =>
      withPolicyFindings(ctx, info, args.policyDocument, 'trust', () =>
        ctx.store.roles.updateAssumeRolePolicy(accountOf(ctx), args.roleName, args.policyDocument),
      ),
  }),
  deleteRole: t.boolean({
    description:
      'Deletes a role; it must first lose its policies (and workloads), or this fails with `DeleteConflict` ' +
      '(`API_DeleteRole.html`).',
    args: { roleName: t.arg.string({ required: true, ...roleNameArg }) },
    authz: { action: 'iam:DeleteRole', resource: ({ args, ctx }) => ctx.targets.role(args.roleName) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.roles.delete(accountOf(ctx), args.roleName);
      return true;
    },
  }),
  tagRole: t.field({
    type: RoleRef,
    description: 'Adds or replaces tags of a role (`API_TagRole.html`).',
    args: {
      roleName: t.arg.string({ required: true, ...roleNameArg }),
      tags: t.arg({
        type: [TagInput],
        required: true,
        description: 'The tags to set (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:TagRole',
      resource: ({ args, ctx }) => ctx.targets.role(args.roleName),
      context: ({ args }) => requestTagContext(args.tags),
    },
    resolve: (_root, args, ctx) => ctx.store.roles.tag(accountOf(ctx), args.roleName, args.tags),
  }),
  untagRole: t.field({
    type: RoleRef,
    description: 'Removes tags of a role by key (`API_UntagRole.html`).',
    args: {
      roleName: t.arg.string({ required: true, ...roleNameArg }),
      tagKeys: t.arg.stringList({
        required: true,
        description: 'The keys of the tags to remove (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:UntagRole',
      resource: ({ args, ctx }) => ctx.targets.role(args.roleName),
      context: ({ args }) => ({ 'aws:TagKeys': args.tagKeys }),
    },
    resolve: (_root, args, ctx) => ctx.store.roles.untag(accountOf(ctx), args.roleName, args.tagKeys),
  }),
}));
