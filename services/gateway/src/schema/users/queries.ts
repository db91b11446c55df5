import { builder } from '../builder.js';
import { accountOf, userNameOrCaller } from '../common/caller.js';
import { listArgs } from '../common/connections.js';
import { listFilter } from '../common/list-args.js';
import { UserConnectionRef, UserRef } from './types.js';

builder.queryFields((t) => ({
  getUser: t.field({
    type: UserRef,
    description: 'A user; without `userName`, the calling user (`API_GetUser.html`).',
    args: { userName: t.arg.string({ description: 'The user name; defaults to the caller.' }) },
    authz: {
      action: 'iam:GetUser',
      resource: ({ args, ctx }) => ctx.targets.user(userNameOrCaller(ctx, args.userName)),
    },
    resolve: async (_root, args, ctx) => {
      const name = userNameOrCaller(ctx, args.userName);
      return (await ctx.targets.findUser(name)) ?? ctx.store.users.get(accountOf(ctx), name);
    },
  }),
  listUsers: t.field({
    type: UserConnectionRef,
    description: 'The users of the account, by name (`API_ListUsers.html`).',
    args: listArgs(t.arg),
    authz: { action: 'iam:ListUsers', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) => ctx.targets.listUsers(listFilter(args)),
  }),
}));
