import { requestTagContext } from '../../authz/request-context.js';
import { limits } from '../../hardening/argument-limits.js';
import { withPolicyFindings } from '../../services/account-catalog.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { PolicyRef, PolicyVersionRef } from './types.js';

const CreatePolicyInput = builder.inputType('CreatePolicyInput', {
  description: 'A new managed policy; its document becomes version `v1` (`API_CreatePolicy.html`).',
  fields: (t) => ({
    policyName: t.string({ required: true, description: '1-128 characters of `[\\w+=,.@-]`.' }),
    path: t.string({ description: 'The path, `/` by default.' }),
    policyDocument: t.string({
      required: true,
      description: 'The identity policy document, JSON text.',
      ...limits({ document: 'managed' }),
    }),
    description: t.string({ description: 'What the policy is for (at most 1,000 characters).' }),
    tags: t.field({
      type: [TagInput],
      description: 'Tags to set (at most 50).',
      ...limits({ maxItems: 50 }),
    }),
  }),
});

const policyArnArg = { description: 'The policy ARN.' } as const;

builder.mutationFields((t) => ({
  createPolicy: t.field({
    type: PolicyRef,
    description:
      'Creates a managed policy. The document is validated by `@iamgate/policy`: problems come back as ' +
      '`MalformedPolicyDocument` with `extensions.findings` (JSON pointers) (`API_CreatePolicy.html`).',
    args: { input: t.arg({ type: CreatePolicyInput, required: true, description: 'The policy.' }) },
    authz: {
      action: 'iam:CreatePolicy',
      resource: ({ args, ctx }) => ctx.targets.toCreate('policy', args.input.policyName, args.input.path),
      context: ({ args }) => requestTagContext(args.input.tags ?? []),
    },
    resolve: (_root, { input }, ctx, info) =>
      withPolicyFindings(ctx, info, input.policyDocument, 'identity', () =>
        ctx.store.policies.create(accountOf(ctx), {
          name: input.policyName,
          document: input.policyDocument,
          ...(input.path == null ? {} : { path: input.path }),
          ...(input.description == null ? {} : { description: input.description }),
          tags: input.tags ?? [],
        }),
      ),
  }),
  deletePolicy: t.boolean({
    description:
      'Deletes a managed policy; it must first be detached everywhere and lose its non-default versions, or ' +
      'this fails with `DeleteConflict` (`API_DeletePolicy.html`).',
    args: { policyArn: t.arg.string({ required: true, ...policyArnArg }) },
    authz: { action: 'iam:DeletePolicy', resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.policies.delete(accountOf(ctx), args.policyArn);
      return true;
    },
  }),
  createPolicyVersion: t.field({
    type: PolicyVersionRef,
    description: 'Stores a new version; `LimitExceeded` past five versions (`API_CreatePolicyVersion.html`).',
    args: {
      policyArn: t.arg.string({ required: true, ...policyArnArg }),
      policyDocument: t.arg.string({
        required: true,
        description: 'The new document, JSON text.',
        ...limits({ document: 'managed' }),
      }),
      setAsDefault: t.arg.boolean({ description: 'Make it the version in force.' }),
    },
    authz: {
      action: 'iam:CreatePolicyVersion',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: (_root, args, ctx, info) =>
      withPolicyFindings(ctx, info, args.policyDocument, 'identity', () =>
        ctx.store.policies.versions.create(accountOf(ctx), args.policyArn, {
          document: args.policyDocument,
          setAsDefault: args.setAsDefault ?? false,
        }),
      ),
  }),
  setDefaultPolicyVersion: t.field({
    type: PolicyRef,
    description: 'Makes a stored version the one in force (`API_SetDefaultPolicyVersion.html`).',
    args: {
      policyArn: t.arg.string({ required: true, ...policyArnArg }),
      versionId: t.arg.string({ required: true, description: 'The version, e.g. `v2`.' }),
    },
    authz: {
      action: 'iam:SetDefaultPolicyVersion',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.policies.versions.setDefault(accountOf(ctx), args.policyArn, args.versionId);
      return ctx.store.policies.get(accountOf(ctx), args.policyArn);
    },
  }),
  deletePolicyVersion: t.boolean({
    description: 'Deletes a non-default version (`API_DeletePolicyVersion.html`).',
    args: {
      policyArn: t.arg.string({ required: true, ...policyArnArg }),
      versionId: t.arg.string({ required: true, description: 'The version, e.g. `v1`.' }),
    },
    authz: {
      action: 'iam:DeletePolicyVersion',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.policies.versions.delete(accountOf(ctx), args.policyArn, args.versionId);
      return true;
    },
  }),
  tagPolicy: t.field({
    type: PolicyRef,
    description: 'Adds or replaces tags of a managed policy (`API_TagPolicy.html`).',
    args: {
      policyArn: t.arg.string({ required: true, ...policyArnArg }),
      tags: t.arg({
        type: [TagInput],
        required: true,
        description: 'The tags to set (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:TagPolicy',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
      context: ({ args }) => requestTagContext(args.tags),
    },
    resolve: (_root, args, ctx) => ctx.store.policies.tag(accountOf(ctx), args.policyArn, args.tags),
  }),
  untagPolicy: t.field({
    type: PolicyRef,
    description: 'Removes tags of a managed policy by key (`API_UntagPolicy.html`).',
    args: {
      policyArn: t.arg.string({ required: true, ...policyArnArg }),
      tagKeys: t.arg.stringList({
        required: true,
        description: 'The keys of the tags to remove (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:UntagPolicy',
      resource: ({ args, ctx }) => ctx.targets.policy(args.policyArn),
      context: ({ args }) => ({ 'aws:TagKeys': args.tagKeys }),
    },
    resolve: (_root, args, ctx) => ctx.store.policies.untag(accountOf(ctx), args.policyArn, args.tagKeys),
  }),
}));
