import { limits } from '../../hardening/argument-limits.js';
import { withPolicyFindings } from '../../services/account-catalog.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { resourceArnArg, resourcePolicyTarget } from './resource-policy-target.js';
import { PutResourcePolicyResultRef, ResourcePolicyRef } from './types.js';

builder.mutationFields((t) => ({
  putResourcePolicy: t.field({
    type: PutResourcePolicyResultRef,
    description:
      "Stores a resource-based policy for one of the account's resources or an ARN pattern of them: a new policy " +
      '(version `v1`), or a new version in force of the one stored for exactly this ARN. Past five versions the ' +
      'oldest ones not in force are deleted, so a put never fails for the number of versions. The document is ' +
      'validated by `@iamgate/policy` as a resource-based policy: errors come back as `MalformedPolicyDocument` ' +
      'with `extensions.findings` (JSON pointers), warnings with the result in `extensions.policyFindings`, as for ' +
      '`createPolicy`; at most 20,480 characters without whitespace and 1,000 ' +
      "policies per account (`LimitExceeded`). iamgate's `iamgate:PutResourcePolicy` on the ARN itself (AWS's " +
      'per-service equivalents: `s3:PutBucketPolicy`, `lambda:AddPermission`...).',
    args: {
      resourceArn: t.arg.string({ required: true, ...resourceArnArg }),
      policyDocument: t.arg.string({
        required: true,
        description: 'The resource-based policy document, JSON text; each statement needs a `Principal`.',
        ...limits({ document: 'storedResource' }),
      }),
    },
    authz: {
      action: 'iamgate:PutResourcePolicy',
      resource: ({ args, ctx }) => resourcePolicyTarget(ctx, args.resourceArn),
    },
    resolve: (_root, args, ctx, info) =>
      withPolicyFindings(ctx, info, args.policyDocument, 'resource', () =>
        ctx.store.resourcePolicies.put(accountOf(ctx), args.resourceArn, args.policyDocument),
      ),
  }),
  deleteResourcePolicy: t.boolean({
    description:
      'Deletes the resource-based policy stored for exactly this ARN or pattern, with all its versions; ' +
      "`NoSuchEntity` when there is none. iamgate's `iamgate:DeleteResourcePolicy` on the ARN itself (AWS: " +
      '`s3:DeleteBucketPolicy`...).',
    args: { resourceArn: t.arg.string({ required: true, ...resourceArnArg }) },
    authz: {
      action: 'iamgate:DeleteResourcePolicy',
      resource: ({ args, ctx }) => resourcePolicyTarget(ctx, args.resourceArn),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.resourcePolicies.delete(accountOf(ctx), args.resourceArn);
      return true;
    },
  }),
  setDefaultResourcePolicyVersion: t.field({
    type: ResourcePolicyRef,
    description:
      "Makes a stored version of a resource policy the one in force (to go back to an earlier one). iamgate's " +
      '`iamgate:SetDefaultResourcePolicyVersion` on the ARN itself.',
    args: {
      resourceArn: t.arg.string({ required: true, ...resourceArnArg }),
      versionId: t.arg.string({
        required: true,
        description: 'The version, e.g. `v2`.',
        ...limits({ maxLength: 16 }),
      }),
    },
    authz: {
      action: 'iamgate:SetDefaultResourcePolicyVersion',
      resource: ({ args, ctx }) => resourcePolicyTarget(ctx, args.resourceArn),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.resourcePolicies.setDefaultVersion(accountOf(ctx), args.resourceArn, args.versionId),
  }),
}));
