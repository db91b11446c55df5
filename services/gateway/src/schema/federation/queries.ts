import { providerTarget } from '../../federation/provider-lookup.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { OpenIDConnectProviderListEntryRef, OpenIDConnectProviderRef } from './types.js';

builder.queryFields((t) => ({
  getOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'A provider of the account: its issuer, client IDs, thumbprints and tags ' +
      "(`IAM/latest/APIReference/API_GetOpenIDConnectProvider.html`). Another account's provider is `AccessDenied`.",
    args: {
      openIDConnectProviderArn: t.arg.string({
        required: true,
        description: 'The ARN of the provider.',
        ...limits({ maxLength: 2048 }),
      }),
    },
    authz: {
      action: 'iam:GetOpenIDConnectProvider',
      resource: ({ args, ctx }) => providerTarget(ctx, args.openIDConnectProviderArn),
    },
    resolve: (_root, args, ctx) => ctx.store.oidcProviders.get(accountOf(ctx), args.openIDConnectProviderArn),
  }),
  listOpenIDConnectProviders: t.field({
    type: [OpenIDConnectProviderListEntryRef],
    description:
      'The ARNs of the providers of the account (at most 100), ordered by URL ' +
      '(`IAM/latest/APIReference/API_ListOpenIDConnectProviders.html`).',
    authz: { action: 'iam:ListOpenIDConnectProviders', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, _args, ctx) =>
      (await ctx.store.oidcProviders.list(accountOf(ctx))).map((provider) => ({ arn: provider.arn })),
  }),
}));
