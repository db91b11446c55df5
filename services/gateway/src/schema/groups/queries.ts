import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { listArgs, pageArgs } from '../common/connections.js';
import { listFilter } from '../common/list-args.js';
import { GroupConnectionRef, GroupRef } from './types.js';

builder.queryFields((t) => ({
  getGroup: t.field({
    type: GroupRef,
    description: 'A group; its `users` field lists the members (`API_GetGroup.html`).',
    args: { groupName: t.arg.string({ required: true, description: 'The group name.' }) },
    authz: { action: 'iam:GetGroup', resource: ({ args, ctx }) => ctx.targets.group(args.groupName) },
    resolve: async (_root, args, ctx) =>
      (await ctx.targets.findGroup(args.groupName)) ?? ctx.store.groups.get(accountOf(ctx), args.groupName),
  }),
  listGroups: t.field({
    type: GroupConnectionRef,
    description: 'The groups of the account, by name (`API_ListGroups.html`).',
    args: listArgs(t.arg),
    authz: { action: 'iam:ListGroups', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) => ctx.targets.listGroups(listFilter(args)),
  }),
  listGroupsForUser: t.field({
    type: GroupConnectionRef,
    description: 'The groups a user belongs to (`API_ListGroupsForUser.html`).',
    args: { userName: t.arg.string({ required: true, description: 'The user name.' }), ...pageArgs(t.arg) },
    authz: { action: 'iam:ListGroupsForUser', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: (_root, args, ctx) =>
      ctx.store.groups.listForUser(accountOf(ctx), args.userName, {
        ...(args.first == null ? {} : { first: args.first }),
        ...(args.after == null ? {} : { after: args.after }),
      }),
  }),
}));
