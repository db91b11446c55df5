import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import {
  GROUP_KIND,
  type KindArg,
  type KindNames,
  principalNameArg,
  ROLE_KIND,
  USER_KIND,
} from './principal-kinds.js';
import { AttachedPolicyConnectionRef } from './types.js';

// AttachUserPolicy, DetachGroupPolicy, ListAttachedRolePolicies... one set per principal kind, as AWS names them.
function attachmentFields(k: KindNames<KindArg>): void {
  builder.mutationField(`attach${k.title}Policy`, (t) =>
    t.boolean({
      description:
        `Attaches a managed policy to a ${k.kind}; attaching it again does nothing. At most 10 per ${k.kind} ` +
        `(\`LimitExceeded\`) (\`API_Attach${k.title}Policy.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        policyArn: t.arg.string({ required: true, description: 'The managed policy ARN.' }),
      },
      authz: {
        action: `iam:Attach${k.title}Policy`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
        context: ({ args }) => ({ 'iam:PolicyARN': args.policyArn }),
      },
      resolve: async (_root, args, ctx) => {
        await ctx.store.policies.attach(accountOf(ctx), { kind: k.kind, name: args[k.arg] }, args.policyArn);
        return true;
      },
    }),
  );

  builder.mutationField(`detach${k.title}Policy`, (t) =>
    t.boolean({
      description: `Detaches a managed policy from a ${k.kind} (\`API_Detach${k.title}Policy.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        policyArn: t.arg.string({ required: true, description: 'The managed policy ARN.' }),
      },
      authz: {
        action: `iam:Detach${k.title}Policy`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
        context: ({ args }) => ({ 'iam:PolicyARN': args.policyArn }),
      },
      resolve: async (_root, args, ctx) => {
        await ctx.store.policies.detach(accountOf(ctx), { kind: k.kind, name: args[k.arg] }, args.policyArn);
        return true;
      },
    }),
  );

  builder.queryField(`listAttached${k.title}Policies`, (t) =>
    t.field({
      type: AttachedPolicyConnectionRef,
      description: `The managed policies attached to a ${k.kind} (\`API_ListAttached${k.title}Policies.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        pathPrefix: t.arg.string({ description: 'Only policies whose path starts with this.' }),
        ...pageArgs(t.arg),
      },
      authz: {
        action: `iam:ListAttached${k.title}Policies`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: (_root, args, ctx) =>
        ctx.store.policies.listAttached(
          accountOf(ctx),
          { kind: k.kind, name: args[k.arg] },
          {
            ...(args.first == null ? {} : { first: args.first }),
            ...(args.after == null ? {} : { after: args.after }),
            ...(args.pathPrefix == null ? {} : { pathPrefix: args.pathPrefix }),
          },
        ),
    }),
  );
}

attachmentFields(USER_KIND);
attachmentFields(GROUP_KIND);
attachmentFields(ROLE_KIND);
