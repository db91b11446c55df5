import type { OidcProvider } from '@iamgate/store';
import type { WebIdentityResult } from '../../federation/assume-role-with-web-identity.js';
import { MAX_WEB_IDENTITY_TOKEN_LENGTH } from '../../federation/web-identity-token.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { TagInput, TagRef } from '../common/tags.js';
import { AssumedRoleUserRef, CredentialsRef } from '../sts/types.js';

/** An OpenID Connect identity provider (`IAM/latest/APIReference/API_GetOpenIDConnectProvider.html`). */
export const OpenIDConnectProviderRef = builder.objectRef<OidcProvider>('OpenIDConnectProvider').implement({
  description:
    'An OpenID Connect identity provider the account trusts: tokens of its issuer, for one of its client IDs, may ' +
    'assume roles whose trust policy names its ARN as a `Federated` principal (`assumeRoleWithWebIdentity`; ' +
    '`IAM/latest/APIReference/API_GetOpenIDConnectProvider.html`).',
  fields: (t) => ({
    arn: t.exposeString('arn', {
      description:
        '`arn:<partition>:iam::<account>:oidc-provider/<url>`: the `Federated` principal of trust policies.',
    }),
    url: t.exposeString('url', {
      description:
        'The issuer without its scheme (`token.actions.githubusercontent.com`), as in the ARN and the condition ' +
        'keys `<url>:sub`, `<url>:aud` and `<url>:amr`.',
    }),
    issuer: t.exposeString('issuer', {
      description: "The issuer with its scheme, exactly as tokens' `iss` must say it.",
    }),
    clientIdList: t.exposeStringList('clientIds', {
      description: 'The audiences accepted: a token must have one of them in `aud` (at most 100).',
    }),
    thumbprintList: t.exposeStringList('thumbprints', {
      description:
        "Certificate thumbprints as registered (at most 5). Stored and returned as AWS does, which now ignores them for well-known issuers; iamgate never pins them: it verifies the issuer's TLS certificate chain.",
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'The tags of the provider.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

/** One entry of `listOpenIDConnectProviders` (`API_OpenIDConnectProviderListEntry.html`). */
export const OpenIDConnectProviderListEntryRef = builder
  .objectRef<{ arn: string }>('OpenIDConnectProviderListEntry')
  .implement({
    description:
      'A provider of the account, by ARN only, as AWS lists them (`API_OpenIDConnectProviderListEntry.html`); ' +
      'read one with `getOpenIDConnectProvider`.',
    fields: (t) => ({ arn: t.exposeString('arn', { description: 'The ARN of the provider.' }) }),
  });

/** The arguments of `createOpenIDConnectProvider`. */
export const CreateOpenIDConnectProviderInput = builder.inputType('CreateOpenIDConnectProviderInput', {
  description: 'A new provider (`IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html`).',
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        "The issuer, exactly as its tokens' `iss` says it: `https://`, a host, optionally a port and a path, no " +
        'query (at most 255 characters after the scheme). `http://` only for a loopback host, and only when the ' +
        'gateway allows loopback issuers (`IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS`).',
      ...limits({ maxLength: 300 }),
    }),
    clientIdList: t.stringList({
      description: 'The audiences to accept, 1-255 characters each (at most 100).',
      ...limits({ maxItems: 100, maxLength: 255 }),
    }),
    thumbprintList: t.stringList({
      description: 'Certificate thumbprints, 40 hex characters each (at most 5); stored, never pinned.',
      ...limits({ maxItems: 5, maxLength: 40 }),
    }),
    tags: t.field({
      type: [TagInput],
      description: 'Tags to set (at most 50).',
      ...limits({ maxItems: 50 }),
    }),
  }),
});

/** The arguments of `assumeRoleWithWebIdentity`. */
export const AssumeRoleWithWebIdentityInput = builder.inputType('AssumeRoleWithWebIdentityInput', {
  description:
    'The role to assume and the token that proves who asks ' +
    '(`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`, request parameters).',
  fields: (t) => ({
    roleArn: t.string({
      required: true,
      description: "The ARN of the role to assume; its account must have registered the token's issuer.",
      ...limits({ maxLength: 2048 }),
    }),
    roleSessionName: t.string({
      required: true,
      description: 'A name for the session, 2-64 characters of `[\\w+=,.@-]`; part of the assumed-role ARN.',
      ...limits({ maxLength: 64 }),
    }),
    webIdentityToken: t.string({
      required: true,
      description: `The OpenID Connect ID token (a JWT) from the identity provider, 4-${MAX_WEB_IDENTITY_TOKEN_LENGTH} characters.`,
      ...limits({ maxLength: MAX_WEB_IDENTITY_TOKEN_LENGTH }),
    }),
    durationSeconds: t.int({
      description: "900 up to the role's maximum session duration (default 3,600).",
    }),
    policy: t.string({
      description:
        'An inline session policy (JSON text, at most 2,048 characters): the session gets at most what it allows.',
      ...limits({ document: 'session' }),
    }),
    policyArns: t.stringList({
      description: "Up to 10 managed policy ARNs of the role's account to use as session policies.",
      ...limits({ maxItems: 10, maxLength: 2048 }),
    }),
  }),
});

/** The answer of `assumeRoleWithWebIdentity`. */
export const AssumeRoleWithWebIdentityPayloadRef = builder
  .objectRef<WebIdentityResult>('AssumeRoleWithWebIdentityPayload')
  .implement({
    description:
      'A new role session and what the token said (`API_AssumeRoleWithWebIdentity.html`, response elements).',
    fields: (t) => ({
      credentials: t.expose('credentials', {
        type: CredentialsRef,
        description: 'The temporary credentials.',
      }),
      assumedRoleUser: t.expose('assumedRoleUser', {
        type: AssumedRoleUserRef,
        description: 'The assumed-role user: its ARN and id.',
      }),
      subjectFromWebIdentityToken: t.exposeString('subjectFromWebIdentityToken', {
        description: "The token's `sub`: who the identity provider says the caller is.",
      }),
      provider: t.exposeString('provider', { description: "The token's issuer (`iss`)." }),
      audience: t.exposeString('audience', {
        description: "The token's audience (`aud`) that is a client ID of the provider.",
      }),
      sourceIdentity: t.exposeString('sourceIdentity', {
        nullable: true,
        description:
          'The source identity the token set (claim `https://aws.amazon.com/source_identity`), when it did.',
      }),
      packedPolicySize: t.exposeInt('packedPolicySize', {
        description: 'Percentage of the 2,048-character session policy allowance the request used.',
      }),
    }),
  });
