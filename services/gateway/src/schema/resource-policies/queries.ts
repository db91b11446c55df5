import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { resourceArnArg, resourcePolicyTarget } from './resource-policy-target.js';
import { ResourcePolicyConnectionRef, ResourcePolicyRef, ResourcePolicyVersionRef } from './types.js';

builder.queryFields((t) => ({
  getResourcePolicy: t.field({
    type: ResourcePolicyRef,
    description:
      'The resource-based policy stored for exactly this resource ARN or pattern (not the ones that match it), ' +
      "with its document in force; `NoSuchEntity` when there is none. iamgate's `iamgate:GetResourcePolicy` on " +
      "the ARN itself (AWS's per-service equivalents: `s3:GetBucketPolicy`, `lambda:GetPolicy`...).",
    args: { resourceArn: t.arg.string({ required: true, ...resourceArnArg }) },
    authz: {
      action: 'iamgate:GetResourcePolicy',
      resource: ({ args, ctx }) => resourcePolicyTarget(ctx, args.resourceArn),
    },
    resolve: (_root, args, ctx) => ctx.store.resourcePolicies.get(accountOf(ctx), args.resourceArn),
  }),
  listResourcePolicies: t.field({
    type: ResourcePolicyConnectionRef,
    description:
      "The account's stored resource policies, ordered by resource ARN. iamgate's `iamgate:ListResourcePolicies` " +
      'on `*` (AWS has no account-wide list; each service lists its own resources).',
    args: pageArgs(t.arg),
    authz: { action: 'iamgate:ListResourcePolicies', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.resourcePolicies.list(accountOf(ctx), {
        ...(args.first == null ? {} : { first: args.first }),
        ...(args.after == null ? {} : { after: args.after }),
      }),
  }),
  listResourcePolicyVersions: t.field({
    type: [ResourcePolicyVersionRef],
    description:
      'The stored versions of a resource policy, newest first (at most five). ' +
      "iamgate's `iamgate:ListResourcePolicyVersions` on the ARN itself.",
    args: { resourceArn: t.arg.string({ required: true, ...resourceArnArg }) },
    authz: {
      action: 'iamgate:ListResourcePolicyVersions',
      resource: ({ args, ctx }) => resourcePolicyTarget(ctx, args.resourceArn),
    },
    resolve: (_root, args, ctx) => ctx.store.resourcePolicies.listVersions(accountOf(ctx), args.resourceArn),
  }),
}));
