import { requestTagContext } from '../../authz/request-context.js';
import { IamError } from '../../errors/iam-error.js';
import { isGatewayIssuer } from '../../federation/gateway-issuer.js';
import { issuerAddressPolicy, refusedIssuerHost } from '../../federation/issuer-address-policy.js';
import { newProviderTarget, providerTarget } from '../../federation/provider-lookup.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { TagInput } from '../common/tags.js';
import { CreateOpenIDConnectProviderInput, OpenIDConnectProviderRef } from './types.js';

const arnArg = { description: 'The ARN of the provider.', ...limits({ maxLength: 2048 }) } as const;
const clientIdArg = {
  description: 'A client ID (audience), 1-255 characters.',
  ...limits({ maxLength: 255 }),
} as const;

/** `action` on the provider named by the field's `openIDConnectProviderArn`. */
function onProvider(action: string) {
  return {
    action,
    resource: ({
      args,
      ctx,
    }: {
      args: { openIDConnectProviderArn: string };
      ctx: Parameters<typeof providerTarget>[0];
    }) => providerTarget(ctx, args.openIDConnectProviderArn),
  };
}

builder.mutationFields((t) => ({
  createOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'Registers an OpenID Connect identity provider: its tokens may then assume roles of the account whose trust ' +
      'policies allow it (`IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html`). One provider per URL ' +
      '(`EntityAlreadyExists`), 100 per account (`LimitExceeded`). The issuer is not contacted now: its keys are ' +
      'fetched when a token is presented.',
    args: {
      input: t.arg({ type: CreateOpenIDConnectProviderInput, required: true, description: 'The provider.' }),
    },
    authz: {
      action: 'iam:CreateOpenIDConnectProvider',
      resource: ({ args, ctx }) => newProviderTarget(ctx, args.input.url),
      context: ({ args }) => requestTagContext(args.input.tags ?? []),
    },
    resolve: (_root, { input }, ctx) => {
      const settings = ctx.services.config.federation;
      // Its own session tokens are verified by the gateway, with revocation: never as a web identity.
      const refused = isGatewayIssuer(input.url, ctx.services.config)
        ? 'it is this gateway'
        : refusedIssuerHost(input.url, issuerAddressPolicy(settings));
      if (refused !== undefined) {
        throw new IamError('InvalidInput', `url \`${input.url}\` cannot be an issuer: ${refused}`, {
          field: 'url',
        });
      }
      return ctx.store.oidcProviders.create(
        accountOf(ctx),
        {
          url: input.url,
          clientIds: input.clientIdList ?? [],
          thumbprints: input.thumbprintList ?? [],
          tags: input.tags ?? [],
        },
        { allowLoopbackHttp: settings.allowLoopbackIssuers },
      );
    },
  }),
  deleteOpenIDConnectProvider: t.boolean({
    description:
      'Deletes a provider; roles that trust it can no longer be assumed with its tokens ' +
      '(`IAM/latest/APIReference/API_DeleteOpenIDConnectProvider.html`).',
    args: { openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }) },
    authz: onProvider('iam:DeleteOpenIDConnectProvider'),
    resolve: async (_root, args, ctx) => {
      await ctx.store.oidcProviders.delete(accountOf(ctx), args.openIDConnectProviderArn);
      return true;
    },
  }),
  addClientIDToOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'Adds an audience to a provider; adding one it has changes nothing, as in AWS (at most 100; ' +
      '`IAM/latest/APIReference/API_AddClientIDToOpenIDConnectProvider.html`).',
    args: {
      openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }),
      clientId: t.arg.string({ required: true, ...clientIdArg }),
    },
    authz: onProvider('iam:AddClientIDToOpenIDConnectProvider'),
    resolve: (_root, args, ctx) =>
      ctx.store.oidcProviders.addClientId(accountOf(ctx), args.openIDConnectProviderArn, args.clientId),
  }),
  removeClientIDFromOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'Removes an audience from a provider; removing one it does not have changes nothing, as in AWS ' +
      '(`IAM/latest/APIReference/API_RemoveClientIDFromOpenIDConnectProvider.html`).',
    args: {
      openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }),
      clientId: t.arg.string({ required: true, ...clientIdArg }),
    },
    authz: onProvider('iam:RemoveClientIDFromOpenIDConnectProvider'),
    resolve: (_root, args, ctx) =>
      ctx.store.oidcProviders.removeClientId(accountOf(ctx), args.openIDConnectProviderArn, args.clientId),
  }),
  updateOpenIDConnectProviderThumbprint: t.field({
    type: OpenIDConnectProviderRef,
    description:
      "Replaces a provider's certificate thumbprints (at most 5; " +
      '`IAM/latest/APIReference/API_UpdateOpenIDConnectProviderThumbprint.html`). iamgate stores them but does ' +
      "not pin them: it verifies the issuer's TLS certificate chain.",
    args: {
      openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }),
      thumbprintList: t.arg.stringList({
        required: true,
        description: 'The thumbprints, 40 hex characters each.',
        ...limits({ maxItems: 5, maxLength: 40 }),
      }),
    },
    authz: onProvider('iam:UpdateOpenIDConnectProviderThumbprint'),
    resolve: (_root, args, ctx) =>
      ctx.store.oidcProviders.updateThumbprints(
        accountOf(ctx),
        args.openIDConnectProviderArn,
        args.thumbprintList,
      ),
  }),
  tagOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'Adds or replaces tags of a provider (`IAM/latest/APIReference/API_TagOpenIDConnectProvider.html`).',
    args: {
      openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }),
      tags: t.arg({
        type: [TagInput],
        required: true,
        description: 'The tags to set (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      ...onProvider('iam:TagOpenIDConnectProvider'),
      context: ({ args }) => requestTagContext(args.tags),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.oidcProviders.tag(accountOf(ctx), args.openIDConnectProviderArn, args.tags),
  }),
  untagOpenIDConnectProvider: t.field({
    type: OpenIDConnectProviderRef,
    description:
      'Removes tags of a provider by key (`IAM/latest/APIReference/API_UntagOpenIDConnectProvider.html`).',
    args: {
      openIDConnectProviderArn: t.arg.string({ required: true, ...arnArg }),
      tagKeys: t.arg.stringList({
        required: true,
        description: 'The keys of the tags to remove (at most 50).',
        ...limits({ maxItems: 50 }),
      }),
    },
    authz: {
      ...onProvider('iam:UntagOpenIDConnectProvider'),
      context: ({ args }) => ({ 'aws:TagKeys': args.tagKeys }),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.oidcProviders.untag(accountOf(ctx), args.openIDConnectProviderArn, args.tagKeys),
  }),
}));
