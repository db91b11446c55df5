import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { listArgs } from '../common/connections.js';
import { listFilter } from '../common/list-args.js';
import { PolicyConnectionRef, PolicyEntitiesRef, PolicyRef, PolicyVersionRef } from './types.js';

builder.queryFields((t) => ({
  getPolicy: t.field({
    type: PolicyRef,
    description: 'A managed policy (`API_GetPolicy.html`).',
    args: { policyArn: t.arg.string({ required: true, description: 'The policy ARN.' }) },
    authz: { action: 'iam:GetPolicy', resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn) },
    resolve: async (_root, args, ctx) =>
      (await ctx.targets.findPolicy(args.policyArn)) ??
      ctx.store.policies.get(accountOf(ctx), args.policyArn),
  }),
  listPolicies: t.field({
    type: PolicyConnectionRef,
    description: "The account's managed policies, by name (`API_ListPolicies.html`).",
    args: {
      ...listArgs(t.arg),
      onlyAttached: t.arg.boolean({ description: 'Only policies attached to a user, group or role.' }),
    },
    authz: { action: 'iam:ListPolicies', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.policies.list(accountOf(ctx), {
        ...listFilter(args),
        onlyAttached: args.onlyAttached ?? false,
      }),
  }),
  getPolicyVersion: t.field({
    type: PolicyVersionRef,
    description: 'One version of a managed policy, with its document (`API_GetPolicyVersion.html`).',
    args: {
      policyArn: t.arg.string({ required: true, description: 'The policy ARN.' }),
      versionId: t.arg.string({ required: true, description: 'The version, e.g. `v1`.' }),
    },
    authz: {
      action: 'iam:GetPolicyVersion',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.policies.versions.get(accountOf(ctx), args.policyArn, args.versionId),
  }),
  listPolicyVersions: t.field({
    type: [PolicyVersionRef],
    description: 'The stored versions of a managed policy, at most five (`API_ListPolicyVersions.html`).',
    args: { policyArn: t.arg.string({ required: true, description: 'The policy ARN.' }) },
    authz: {
      action: 'iam:ListPolicyVersions',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: (_root, args, ctx) => ctx.store.policies.versions.list(accountOf(ctx), args.policyArn),
  }),
  listEntitiesForPolicy: t.field({
    type: PolicyEntitiesRef,
    description:
      'The users, groups and roles a managed policy is attached to (`API_ListEntitiesForPolicy.html`).',
    args: { policyArn: t.arg.string({ required: true, description: 'The policy ARN.' }) },
    authz: {
      action: 'iam:ListEntitiesForPolicy',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: (_root, args, ctx) => ctx.store.policies.listEntities(accountOf(ctx), args.policyArn),
  }),
}));
