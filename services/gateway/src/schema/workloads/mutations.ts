import { requestTagContext } from '../../authz/request-context.js';
import { absentAsUndefined } from '../../errors/absent-as-undefined.js';
import { limits } from '../../hardening/argument-limits.js';
import { passRoleCheck } from '../../workloads/pass-role-check.js';
import { workloadTarget } from '../../workloads/workload-target.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { CreateWorkloadPayloadRef, WorkloadCredentialRef } from './types.js';

const CreateWorkloadInput = builder.inputType('CreateWorkloadInput', {
  description: 'A new workload (like `API_CreateInstanceProfile.html`).',
  fields: (t) => ({
    workloadName: t.string({ required: true, description: '1-128 characters of `[\\w+=,.@-]`.' }),
    path: t.string({ description: 'The path, `/` by default.' }),
    tags: t.field({
      type: [TagInput],
      description: 'Tags to set (at most 50).',
      ...limits({ maxItems: 50 }),
    }),
  }),
});

const workloadNameArg = { description: 'The workload name.' } as const;

builder.mutationFields((t) => ({
  createWorkload: t.field({
    type: CreateWorkloadPayloadRef,
    description:
      'Registers a workload and issues its credential, returned only here. Give it a role with ' +
      '`attachRoleToWorkload`.',
    args: { input: t.arg({ type: CreateWorkloadInput, required: true, description: 'The workload.' }) },
    authz: {
      action: 'iam:CreateWorkload',
      resource: ({ args, ctx }) => workloadTarget(ctx, args.input.workloadName, args.input.path ?? '/'),
      context: ({ args }) => requestTagContext(args.input.tags ?? []),
    },
    resolve: (_root, { input }, ctx) =>
      ctx.store.workloads.create(accountOf(ctx), {
        name: input.workloadName,
        ...(input.path == null ? {} : { path: input.path }),
        tags: input.tags ?? [],
      }),
  }),
  deleteWorkload: t.boolean({
    description: 'Deletes a workload; one that still holds a role is a `DeleteConflict`.',
    args: { workloadName: t.arg.string({ required: true, ...workloadNameArg }) },
    authz: {
      action: 'iam:DeleteWorkload',
      resource: ({ args, ctx }) => workloadTarget(ctx, args.workloadName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.workloads.delete(accountOf(ctx), args.workloadName);
      return true;
    },
  }),
  rotateWorkloadCredential: t.field({
    type: WorkloadCredentialRef,
    description:
      'Replaces the credential of a workload; the old one stops working at once. The new credential assumes the ' +
      'role the workload holds, so this needs `iam:PassRole` on that role too, as attaching it did.',
    args: { workloadName: t.arg.string({ required: true, ...workloadNameArg }) },
    authz: {
      action: 'iam:RotateWorkloadCredential',
      resource: ({ args, ctx }) => workloadTarget(ctx, args.workloadName),
      also: async ({ args, ctx }) => {
        const workload = await absentAsUndefined(ctx.store.workloads.get(accountOf(ctx), args.workloadName));
        return workload?.roleArn == null ? [] : passRoleCheck(ctx, args.workloadName, workload.roleArn);
      },
    },
    resolve: (_root, args, ctx) => ctx.store.workloads.rotateCredential(accountOf(ctx), args.workloadName),
  }),
}));
