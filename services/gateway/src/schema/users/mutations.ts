import { renamedTargetCheck } from '../../authz/renamed-target.js';
import { requestTagContext } from '../../authz/request-context.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { UserRef } from './types.js';

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new user (`API_CreateUser.html`).',
  fields: (t) => ({
    userName: t.string({
      required: true,
      description: '1-64 characters of `[\\w+=,.@-]`, unique ignoring case.',
    }),
    path: t.string({ description: 'The path, `/` by default, e.g. `/division_abc/`.' }),
    permissionsBoundary: t.string({
      description: 'ARN of a managed policy to use as the permissions boundary.',
    }),
    tags: t.field({
      type: [TagInput],
      description: 'Tags to set (at most 50).',
      ...limits({ maxItems: 50 }),
    }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserRef,
    description: 'Creates a user; it may do nothing until a policy allows it (`API_CreateUser.html`).',
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The user.' }) },
    authz: {
      action: 'iam:CreateUser',
      resource: ({ args, ctx }) => ctx.targets.toCreate('user', args.input.userName, args.input.path),
      context: ({ args }) => ({
        ...requestTagContext(args.input.tags ?? []),
        ...(args.input.permissionsBoundary
          ? { 'iam:PermissionsBoundary': args.input.permissionsBoundary }
          : {}),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      ctx.store.users.create(accountOf(ctx), {
        name: input.userName,
        ...(input.path == null ? {} : { path: input.path }),
        ...(input.permissionsBoundary == null ? {} : { permissionsBoundary: input.permissionsBoundary }),
        tags: input.tags ?? [],
      }),
  }),
  updateUser: t.field({
    type: UserRef,
    description:
      'Renames and/or moves a user (`API_UpdateUser.html`); needs `iam:UpdateUser` on the user as it is and as ' +
      'it will be.',
    args: {
      userName: t.arg.string({ required: true, description: 'The user to change.' }),
      newUserName: t.arg.string({ description: 'The new name.' }),
      newPath: t.arg.string({ description: 'The new path.' }),
    },
    authz: {
      action: 'iam:UpdateUser',
      resource: ({ args, ctx }) => ctx.targets.user(args.userName),
      also: ({ args, ctx }) =>
        renamedTargetCheck(ctx, 'user', 'iam:UpdateUser', args.userName, {
          newName: args.newUserName,
          newPath: args.newPath,
        }),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.users.update(accountOf(ctx), args.userName, {
        ...(args.newUserName == null ? {} : { newName: args.newUserName }),
        ...(args.newPath == null ? {} : { newPath: args.newPath }),
      }),
  }),
  deleteUser: t.boolean({
    description:
      'Deletes a user. Like AWS, it must first lose its password, access keys, groups and policies, or this ' +
      'fails with `DeleteConflict` (`API_DeleteUser.html`).',
    args: { userName: t.arg.string({ required: true, description: 'The user to delete.' }) },
    authz: { action: 'iam:DeleteUser', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.users.delete(accountOf(ctx), args.userName);
      return true;
    },
  }),
  tagUser: t.field({
    type: UserRef,
    description: 'Adds or replaces tags of a user (`API_TagUser.html`).',
    args: {
      userName: t.arg.string({ required: true, description: 'The user.' }),
      tags: t.arg({
        type: [TagInput],
        required: true,
        description: 'The tags to set (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:TagUser',
      resource: ({ args, ctx }) => ctx.targets.user(args.userName),
      context: ({ args }) => requestTagContext(args.tags),
    },
    resolve: (_root, args, ctx) => ctx.store.users.tag(accountOf(ctx), args.userName, args.tags),
  }),
  untagUser: t.field({
    type: UserRef,
    description: 'Removes tags of a user by key (`API_UntagUser.html`).',
    args: {
      userName: t.arg.string({ required: true, description: 'The user.' }),
      tagKeys: t.arg.stringList({
        required: true,
        description: 'The keys of the tags to remove (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      action: 'iam:UntagUser',
      resource: ({ args, ctx }) => ctx.targets.user(args.userName),
      context: ({ args }) => ({ 'aws:TagKeys': args.tagKeys }),
    },
    resolve: (_root, args, ctx) => ctx.store.users.untag(accountOf(ctx), args.userName, args.tagKeys),
  }),
}));
