import { renamedTargetCheck } from '../../authz/renamed-target.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { GroupRef } from './types.js';

const groupNameArg = { description: 'The group name.' } as const;

builder.mutationFields((t) => ({
  createGroup: t.field({
    type: GroupRef,
    description: 'Creates a group (`API_CreateGroup.html`).',
    args: {
      groupName: t.arg.string({ required: true, description: '1-128 characters of `[\\w+=,.@-]`.' }),
      path: t.arg.string({ description: 'The path, `/` by default.' }),
    },
    authz: {
      action: 'iam:CreateGroup',
      resource: ({ args, ctx }) => ctx.targets.toCreate('group', args.groupName, args.path),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.groups.create(accountOf(ctx), {
        name: args.groupName,
        ...(args.path == null ? {} : { path: args.path }),
      }),
  }),
  updateGroup: t.field({
    type: GroupRef,
    description:
      'Renames and/or moves a group (`API_UpdateGroup.html`); needs `iam:UpdateGroup` on the group as it is and ' +
      'as it will be.',
    args: {
      groupName: t.arg.string({ required: true, ...groupNameArg }),
      newGroupName: t.arg.string({ description: 'The new name.' }),
      newPath: t.arg.string({ description: 'The new path.' }),
    },
    authz: {
      action: 'iam:UpdateGroup',
      resource: ({ args, ctx }) => ctx.targets.group(args.groupName),
      also: ({ args, ctx }) =>
        renamedTargetCheck(ctx, 'group', 'iam:UpdateGroup', args.groupName, {
          newName: args.newGroupName,
          newPath: args.newPath,
        }),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.groups.update(accountOf(ctx), args.groupName, {
        ...(args.newGroupName == null ? {} : { newName: args.newGroupName }),
        ...(args.newPath == null ? {} : { newPath: args.newPath }),
      }),
  }),
  deleteGroup: t.boolean({
    description:
      'Deletes a group; it must first lose its members and policies, or this fails with `DeleteConflict` ' +
      '(`API_DeleteGroup.html`).',
    args: { groupName: t.arg.string({ required: true, ...groupNameArg }) },
    authz: { action: 'iam:DeleteGroup', resource: ({ args, ctx }) => ctx.targets.group(args.groupName) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.groups.delete(accountOf(ctx), args.groupName);
      return true;
    },
  }),
  addUserToGroup: t.boolean({
    description:
      'Adds a user to a group; at most 10 groups per user (`LimitExceeded`) (`API_AddUserToGroup.html`).',
    args: {
      groupName: t.arg.string({ required: true, ...groupNameArg }),
      userName: t.arg.string({ required: true, description: 'The user to add.' }),
    },
    authz: { action: 'iam:AddUserToGroup', resource: ({ args, ctx }) => ctx.targets.group(args.groupName) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.groups.addUser(accountOf(ctx), args.groupName, args.userName);
      return true;
    },
  }),
  removeUserFromGroup: t.boolean({
    description: 'Removes a user from a group (`API_RemoveUserFromGroup.html`).',
    args: {
      groupName: t.arg.string({ required: true, ...groupNameArg }),
      userName: t.arg.string({ required: true, description: 'The user to remove.' }),
    },
    authz: {
      action: 'iam:RemoveUserFromGroup',
      resource: ({ args, ctx }) => ctx.targets.group(args.groupName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.groups.removeUser(accountOf(ctx), args.groupName, args.userName);
      return true;
    },
  }),
}));
