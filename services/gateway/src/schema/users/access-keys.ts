import type { GatewayContext } from '../../context/gateway-context.js';
import { absentAsUndefined } from '../../errors/absent-as-undefined.js';
import { builder } from '../builder.js';
import { accountOf, keyOwnerOrCaller } from '../common/caller.js';
import { AccessKeyLastUsedRef, AccessKeyRef, AccessKeyStatusRef, NewAccessKeyRef } from './types.js';

const userNameArg = {
  description: 'The user; defaults to the calling user, or for the root user to its own keys (discouraged).',
} as const;

/** The authorization target of a call about access keys: their user, or the account root for root's own keys. */
function keyOwnerTarget(ctx: GatewayContext, userName: string | null | undefined) {
  const owner = keyOwnerOrCaller(ctx, userName);
  return owner === null ? ctx.targets.account() : ctx.targets.user(owner);
}

builder.queryFields((t) => ({
  listAccessKeys: t.field({
    type: [AccessKeyRef],
    description: "A user's access keys, at most two (`API_ListAccessKeys.html`).",
    args: { userName: t.arg.string(userNameArg) },
    authz: {
      action: 'iam:ListAccessKeys',
      resource: ({ args, ctx }) => keyOwnerTarget(ctx, args.userName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.accessKeys.list(accountOf(ctx), keyOwnerOrCaller(ctx, args.userName)),
  }),
  getAccessKeyLastUsed: t.field({
    type: AccessKeyLastUsedRef,
    description: 'When and for what an access key was last used (`API_GetAccessKeyLastUsed.html`).',
    args: { accessKeyId: t.arg.string({ required: true, description: 'The access key id.' }) },
    authz: {
      action: 'iam:GetAccessKeyLastUsed',
      // The key's owner is the target, as AWS authorizes it; an unknown key id is `*` and then `NoSuchEntity`.
      resource: async ({ args, ctx }) => {
        const key = await absentAsUndefined(ctx.store.accessKeys.get(accountOf(ctx), args.accessKeyId));
        if (key === undefined) return ctx.targets.any();
        return key.userName === null ? ctx.targets.account() : ctx.targets.user(key.userName);
      },
    },
    resolve: (_root, args, ctx) => ctx.store.accessKeys.get(accountOf(ctx), args.accessKeyId),
  }),
}));

builder.mutationFields((t) => ({
  createAccessKey: t.field({
    type: NewAccessKeyRef,
    description:
      'Creates an Active access key; the secret is returned only now. At most two per user ' +
      '(`LimitExceeded`) (`API_CreateAccessKey.html`).',
    args: { userName: t.arg.string(userNameArg) },
    authz: {
      action: 'iam:CreateAccessKey',
      resource: ({ args, ctx }) => keyOwnerTarget(ctx, args.userName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.accessKeys.create(accountOf(ctx), keyOwnerOrCaller(ctx, args.userName)),
  }),
  updateAccessKey: t.field({
    type: AccessKeyRef,
    description: 'Activates or deactivates an access key (`API_UpdateAccessKey.html`).',
    args: {
      userName: t.arg.string(userNameArg),
      accessKeyId: t.arg.string({ required: true, description: 'The access key id.' }),
      status: t.arg({ type: AccessKeyStatusRef, required: true, description: 'Active or Inactive.' }),
    },
    authz: {
      action: 'iam:UpdateAccessKey',
      resource: ({ args, ctx }) => keyOwnerTarget(ctx, args.userName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.accessKeys.updateStatus(
        accountOf(ctx),
        keyOwnerOrCaller(ctx, args.userName),
        args.accessKeyId,
        args.status,
      ),
  }),
  deleteAccessKey: t.boolean({
    description: 'Deletes an access key; it stops working at once (`API_DeleteAccessKey.html`).',
    args: {
      userName: t.arg.string(userNameArg),
      accessKeyId: t.arg.string({ required: true, description: 'The access key id.' }),
    },
    authz: {
      action: 'iam:DeleteAccessKey',
      resource: ({ args, ctx }) => keyOwnerTarget(ctx, args.userName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.accessKeys.delete(
        accountOf(ctx),
        keyOwnerOrCaller(ctx, args.userName),
        args.accessKeyId,
      );
      return true;
    },
  }),
}));
