import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { listArgs } from '../common/connections.js';
import { listFilter } from '../common/list-args.js';
import { RoleConnectionRef, RoleRef } from './types.js';

builder.queryFields((t) => ({
  getRole: t.field({
    type: RoleRef,
    description: 'A role with its trust policy (`API_GetRole.html`).',
    args: { roleName: t.arg.string({ required: true, description: 'The role name.' }) },
    authz: { action: 'iam:GetRole', resource: ({ args, ctx }) => ctx.targets.role(args.roleName) },
    resolve: async (_root, args, ctx) =>
      (await ctx.targets.findRole(args.roleName)) ?? ctx.store.roles.get(accountOf(ctx), args.roleName),
  }),
  listRoles: t.field({
    type: RoleConnectionRef,
    description: 'The roles of the account, by name (`API_ListRoles.html`).',
    args: listArgs(t.arg),
    authz: { action: 'iam:ListRoles', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) => ctx.targets.listRoles(listFilter(args)),
  }),
}));
