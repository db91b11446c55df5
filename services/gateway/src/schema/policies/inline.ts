import { limits } from '../../hardening/argument-limits.js';
import { withPolicyFindings } from '../../services/account-catalog.js';
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
import { InlinePolicyRef, PolicyNameConnectionRef } from './types.js';

// PutUserPolicy, GetGroupPolicy, DeleteRolePolicy, ListUserPolicies... one set per principal kind.
function inlinePolicyFields(k: KindNames<KindArg>): void {
  const policyNameArg = {
    description: 'The inline policy name, 1-128 characters of `[\\w+=,.@-]`.',
  } as const;

  builder.mutationField(`put${k.title}Policy`, (t) =>
    t.field({
      type: InlinePolicyRef,
      description:
        `Creates or replaces an inline policy of a ${k.kind}. The document is validated by \`@iamgate/policy\` ` +
        `(\`MalformedPolicyDocument\` with findings) (\`API_Put${k.title}Policy.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        policyName: t.arg.string({ required: true, ...policyNameArg }),
        policyDocument: t.arg.string({
          required: true,
          description: 'The identity policy document, JSON text.',
          ...limits({ document: 'inline' }),
        }),
      },
      authz: {
        action: `iam:Put${k.title}Policy`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: (_root, args, ctx, info) =>
        withPolicyFindings(ctx, info, args.policyDocument, 'identity', () =>
          ctx.store.inlinePolicies.put(
            accountOf(ctx),
            { kind: k.kind, name: args[k.arg] },
            args.policyName,
            args.policyDocument,
          ),
        ),
    }),
  );

  builder.queryField(`get${k.title}Policy`, (t) =>
    t.field({
      type: InlinePolicyRef,
      description: `An inline policy of a ${k.kind}, with its document (\`API_Get${k.title}Policy.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        policyName: t.arg.string({ required: true, ...policyNameArg }),
      },
      authz: {
        action: `iam:Get${k.title}Policy`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: (_root, args, ctx) =>
        ctx.store.inlinePolicies.get(accountOf(ctx), { kind: k.kind, name: args[k.arg] }, args.policyName),
    }),
  );

  builder.mutationField(`delete${k.title}Policy`, (t) =>
    t.boolean({
      description: `Deletes an inline policy of a ${k.kind} (\`API_Delete${k.title}Policy.html\`).`,
      args: {
        ...principalNameArg(t.arg, k),
        policyName: t.arg.string({ required: true, ...policyNameArg }),
      },
      authz: {
        action: `iam:Delete${k.title}Policy`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: async (_root, args, ctx) => {
        await ctx.store.inlinePolicies.delete(
          accountOf(ctx),
          { kind: k.kind, name: args[k.arg] },
          args.policyName,
        );
        return true;
      },
    }),
  );

  builder.queryField(`list${k.title}Policies`, (t) =>
    t.field({
      type: PolicyNameConnectionRef,
      description: `The names of the inline policies of a ${k.kind} (\`API_List${k.title}Policies.html\`).`,
      args: { ...principalNameArg(t.arg, k), ...pageArgs(t.arg) },
      authz: {
        action: `iam:List${k.title}Policies`,
        resource: ({ args, ctx }) => k.target(ctx.targets, args[k.arg]),
      },
      resolve: (_root, args, ctx) =>
        ctx.store.inlinePolicies.list(
          accountOf(ctx),
          { kind: k.kind, name: args[k.arg] },
          {
            ...(args.first == null ? {} : { first: args.first }),
            ...(args.after == null ? {} : { after: args.after }),
          },
        ),
    }),
  );
}

inlinePolicyFields(USER_KIND);
inlinePolicyFields(GROUP_KIND);
inlinePolicyFields(ROLE_KIND);
