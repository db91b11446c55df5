import type { ArgBuilder } from '@pothos/core';
import { passRoleCheck } from '../../workloads/pass-role-check.js';
import { workloadTarget } from '../../workloads/workload-target.js';
import { builder, type GatewaySchemaTypes } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { WorkloadRef } from './types.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

function roleArgs(arg: ArgBuilder<Types>) {
  return {
    workloadName: arg.string({ required: true, description: 'The workload name.' }),
    roleArn: arg.string({ required: true, description: 'The role ARN (of the same account).' }),
  };
}

builder.mutationFields((t) => ({
  attachRoleToWorkload: t.field({
    type: WorkloadRef,
    description:
      'Gives a workload a role of the account (one at most: `LimitExceeded` otherwise). Needs ' +
      '`iam:AttachRoleToWorkload` on the workload and `iam:PassRole` on the role, with `iam:PassedToService` = ' +
      '`workload.iamgate` and `iam:AssociatedResourceArn` = the workload ARN; a denial names the missing one.',
    args: roleArgs(t.arg),
    authz: {
      action: 'iam:AttachRoleToWorkload',
      resource: ({ args, ctx }) => workloadTarget(ctx, args.workloadName),
      context: ({ args }) => ({ 'iam:RoleArn': args.roleArn }),
      also: ({ args, ctx }) => passRoleCheck(ctx, args.workloadName, args.roleArn),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.workloads.attachRole(accountOf(ctx), args.workloadName, args.roleArn),
  }),
  detachRoleFromWorkload: t.field({
    type: WorkloadRef,
    description:
      'Takes the role away from a workload; its existing sessions run until they expire (revoke them with ' +
      '`revokeRoleSessions`). Needs `iam:DetachRoleFromWorkload` and `iam:PassRole` like attaching.',
    args: roleArgs(t.arg),
    authz: {
      action: 'iam:DetachRoleFromWorkload',
      resource: ({ args, ctx }) => workloadTarget(ctx, args.workloadName),
      context: ({ args }) => ({ 'iam:RoleArn': args.roleArn }),
      also: ({ args, ctx }) => passRoleCheck(ctx, args.workloadName, args.roleArn),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.workloads.detachRole(accountOf(ctx), args.workloadName, args.roleArn),
  }),
}));
