import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { mfaOwner, mfaOwnerTarget } from './owner.js';
import { AssignmentStatusRef, MfaDeviceRef, VirtualMfaDeviceConnectionRef } from './types.js';

builder.queryFields((t) => ({
  listMFADevices: t.field({
    type: [MfaDeviceRef],
    description:
      'The MFA devices enabled for a user, or for the calling root user, at most 8 (`API_ListMFADevices.html`).',
    args: {
      userName: t.arg.string({
        description: 'The user; defaults to the calling user, or for the root user to its own devices.',
      }),
    },
    authz: { action: 'iam:ListMFADevices', resource: ({ args, ctx }) => mfaOwnerTarget(ctx, args.userName) },
    resolve: (_root, args, ctx) => ctx.store.mfaDevices.listFor(accountOf(ctx), mfaOwner(ctx, args.userName)),
  }),
  listVirtualMFADevices: t.field({
    type: VirtualMfaDeviceConnectionRef,
    description:
      "The account's virtual MFA devices by name, enabled or not (`API_ListVirtualMFADevices.html`). Seeds are " +
      'never returned after creation.',
    args: {
      assignmentStatus: t.arg({ type: AssignmentStatusRef, description: 'Which devices; `Any` by default.' }),
      ...pageArgs(t.arg),
    },
    authz: { action: 'iam:ListVirtualMFADevices', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.mfaDevices.listVirtual(accountOf(ctx), args.assignmentStatus ?? 'Any', {
        ...(args.first == null ? {} : { first: args.first }),
        ...(args.after == null ? {} : { after: args.after }),
      }),
  }),
}));
