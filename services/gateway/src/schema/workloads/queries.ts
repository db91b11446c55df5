import { workloadTarget } from '../../workloads/workload-target.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { listArgs } from '../common/connections.js';
import { listFilter } from '../common/list-args.js';
import { WorkloadConnectionRef, WorkloadRef } from './types.js';

builder.queryFields((t) => ({
  getWorkload: t.field({
    type: WorkloadRef,
    description: 'A workload and the role it holds (like `API_GetInstanceProfile.html`).',
    args: { workloadName: t.arg.string({ required: true, description: 'The workload name.' }) },
    authz: { action: 'iam:GetWorkload', resource: ({ args, ctx }) => workloadTarget(ctx, args.workloadName) },
    resolve: (_root, args, ctx) => ctx.store.workloads.get(accountOf(ctx), args.workloadName),
  }),
  listWorkloads: t.field({
    type: WorkloadConnectionRef,
    description: 'The workloads of the account, by name (like `API_ListInstanceProfiles.html`).',
    args: listArgs(t.arg),
    authz: { action: 'iam:ListWorkloads', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) => ctx.store.workloads.list(accountOf(ctx), listFilter(args)),
  }),
}));
