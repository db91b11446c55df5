import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { type KindArg, type KindNames, principalNameArg, ROLE_KIND, USER_KIND } from './principal-kinds.js';

// PutUserPermissionsBoundary, DeleteRolePermissionsBoundary...: users and roles only, as AWS.
function boundaryFields(k: KindNames<KindArg>, kind: 'user' | 'role'): void {
  builder.mutationField(`put${k.title}PermissionsBoundary`, (t) =>
    t.boolean({
      description:
        `Sets the managed policy that caps what the ${kind}'s identity policies can grant ` +
        `(\`API_Put${k.title}PermissionsBoundary.html\`, \`access_policies_boundaries.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        permissionsBoundary: t.arg.string({ required: true, description: 'The managed policy ARN.' }),
      },
      authz: {
        action: `iam:Put${k.title}PermissionsBoundary`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
        context: ({ args }) => ({ 'iam:PermissionsBoundary': args.permissionsBoundary }),
      },
      resolve: async (_root, args, ctx) => {
        await ctx.store.boundaries.put(accountOf(ctx), { kind, name: args[k.arg] }, args.permissionsBoundary);
        return true;
      },
    }),
  );

  builder.mutationField(`delete${k.title}PermissionsBoundary`, (t) =>
    t.boolean({
      description: `Removes the permissions boundary of a ${kind} (\`API_Delete${k.title}PermissionsBoundary.html\`).`,
      args: { ...principalNameArg(t.arg, k) },
      authz: {
        action: `iam:Delete${k.title}PermissionsBoundary`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: async (_root, args, ctx) => {
        await ctx.store.boundaries.delete(accountOf(ctx), { kind, name: args[k.arg] });
        return true;
      },
    }),
  );
}

boundaryFields(USER_KIND, 'user');
boundaryFields(ROLE_KIND, 'role');
