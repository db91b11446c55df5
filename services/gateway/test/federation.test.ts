import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDrivers } from '@iamgate/store/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/logging/logger.js';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { startTestIssuer, type TestIssuer } from './support/oidc-issuer.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, secondsUntil, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';
import { startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

const PROVIDER_FIELDS = 'arn url issuer clientIdList thumbprintList tags { key value } createDate';
const CREATE = `mutation($i: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $i) { ${PROVIDER_FIELDS} } }`;
const GET = `query($a: String!) { getOpenIDConnectProvider(openIDConnectProviderArn: $a) { ${PROVIDER_FIELDS} } }`;
const LIST = '{ listOpenIDConnectProviders { arn } }';
const DELETE = 'mutation($a: String!) { deleteOpenIDConnectProvider(openIDConnectProviderArn: $a) }';
const ADD_CLIENT =
  'mutation($a: String!, $c: String!) { addClientIDToOpenIDConnectProvider(openIDConnectProviderArn: $a, clientId: $c) { clientIdList } }';
const REMOVE_CLIENT =
  'mutation($a: String!, $c: String!) { removeClientIDFromOpenIDConnectProvider(openIDConnectProviderArn: $a, clientId: $c) { clientIdList } }';
const THUMBPRINTS =
  'mutation($a: String!, $t: [String!]!) { updateOpenIDConnectProviderThumbprint(openIDConnectProviderArn: $a, thumbprintList: $t) { thumbprintList } }';
const TAG =
  'mutation($a: String!) { tagOpenIDConnectProvider(openIDConnectProviderArn: $a, tags: [{ key: "team", value: "ci" }]) { tags { key value } } }';
const ASSUME =
  'mutation($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { credentials { sessionId sessionToken expiration } ' +
  'assumedRoleUser { arn assumedRoleId } subjectFromWebIdentityToken provider audience sourceIdentity packedPolicySize } }';

const AUDIT_EVENTS =
  'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 50) { edges { node { requestId errorCode details } } } }';

interface Provider {
  arn: string;
  url: string;
  issuer: string;
  clientIdList: string[];
  thumbprintList: string[];
  tags: { key: string; value: string }[];
}
interface Assumed {
  assumeRoleWithWebIdentity: {
    credentials: { sessionId: string; sessionToken: string; expiration: string };
    assumedRoleUser: { arn: string; assumedRoleId: string };
    subjectFromWebIdentityToken: string;
    provider: string;
    audience: string;
    sourceIdentity: string | null;
    packedPolicySize: number;
  };
}

const GATEWAY_ENV = { IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true', IAMGATE_OIDC_FETCH_TIMEOUT_MS: '500' };

/** A trust policy letting `providerArn` assume the role with conditions on its token's claims. */
function webIdentityTrust(
  providerArn: string,
  condition: object,
  actions: string | string[] = 'sts:AssumeRoleWithWebIdentity',
) {
  return trust({ Federated: providerArn }, { Condition: condition }, actions);
}

async function createProvider(
  t: Pick<TestGateway, 'gql'>,
  token: string,
  input: Record<string, unknown>,
): Promise<Provider> {
  return ok(await t.gql<{ createOpenIDConnectProvider: Provider }>(CREATE, { i: input }, { token }))
    .createOpenIDConnectProvider;
}

function assume(
  t: Pick<TestGateway, 'gql'>,
  input: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GqlResponse<Assumed>> {
  return t.gql<Assumed>(ASSUME, { i: { roleSessionName: 'ci-run', ...input } }, headers ? { headers } : {});
}

/** A moment for work the gateway does in the background (a key set fetched after its request arrived). */
function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds `fn` took. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

// IAM/latest/UserGuide/id_roles_providers_create_oidc.html and the OpenIDConnectProvider actions of the IAM API.
describe.each(testDrivers())('OpenID Connect providers on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, GATEWAY_ENV);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // API_CreateOpenIDConnectProvider.html, API_GetOpenIDConnectProvider.html, API_ListOpenIDConnectProviders.html,
  // API_AddClientIDToOpenIDConnectProvider.html, API_RemoveClientIDFromOpenIDConnectProvider.html,
  // API_UpdateOpenIDConnectProviderThumbprint.html, API_TagOpenIDConnectProvider.html, API_DeleteOpenIDConnectProvider.html
  it('creates, reads, lists, changes and deletes a provider', async () => {
    const created = await createProvider(t, root, {
      url: 'https://token.actions.example.com',
      clientIdList: ['sts.iamgate'],
      thumbprintList: ['A'.repeat(40)],
      tags: [{ key: 'env', value: 'prod' }],
    });
    const arn = `arn:iamgate:iam::${t.account.id}:oidc-provider/token.actions.example.com`;
    expect(created).toMatchObject({
      arn,
      url: 'token.actions.example.com',
      issuer: 'https://token.actions.example.com',
      clientIdList: ['sts.iamgate'],
      thumbprintList: ['a'.repeat(40)],
      tags: [{ key: 'env', value: 'prod' }],
    });
    expect(
      ok(await t.gql<{ getOpenIDConnectProvider: Provider }>(GET, { a: arn }, { token: root }))
        .getOpenIDConnectProvider,
    ).toEqual(created);
    expect(
      ok(await t.gql<{ listOpenIDConnectProviders: { arn: string }[] }>(LIST, {}, { token: root }))
        .listOpenIDConnectProviders,
    ).toEqual([{ arn }]);
    expect(
      codeOf(await t.gql(CREATE, { i: { url: 'https://token.actions.example.com' } }, { token: root })),
    ).toBe('EntityAlreadyExists');
    // Adding a client ID twice, or removing one the provider lacks, changes nothing (both are idempotent in AWS).
    for (const c of ['ci', 'ci']) ok(await t.gql(ADD_CLIENT, { a: arn, c }, { token: root }));
    ok(await t.gql(REMOVE_CLIENT, { a: arn, c: 'never-added' }, { token: root }));
    const removed = ok(
      await t.gql<{ removeClientIDFromOpenIDConnectProvider: Provider }>(
        REMOVE_CLIENT,
        { a: arn, c: 'sts.iamgate' },
        { token: root },
      ),
    );
    expect(removed.removeClientIDFromOpenIDConnectProvider.clientIdList).toEqual(['ci']);
    const updated = ok(
      await t.gql<{ updateOpenIDConnectProviderThumbprint: Provider }>(
        THUMBPRINTS,
        { a: arn, t: ['b'.repeat(40), 'c'.repeat(40)] },
        { token: root },
      ),
    );
    expect(updated.updateOpenIDConnectProviderThumbprint.thumbprintList).toEqual([
      'b'.repeat(40),
      'c'.repeat(40),
    ]);
    expect(codeOf(await t.gql(THUMBPRINTS, { a: arn, t: ['not-hex'] }, { token: root }))).toBe(
      'InvalidInput',
    );
    expect(
      codeOf(
        await t.gql(
          THUMBPRINTS,
          { a: arn, t: Array.from({ length: 6 }, (_, i) => String(i).repeat(40)) },
          { token: root },
        ),
      ),
    ).toBe('ValidationError');
    expect(
      ok(await t.gql<{ tagOpenIDConnectProvider: Provider }>(TAG, { a: arn }, { token: root }))
        .tagOpenIDConnectProvider.tags,
    ).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'ci' },
    ]);
    expect(ok(await t.gql(DELETE, { a: arn }, { token: root }))).toEqual({
      deleteOpenIDConnectProvider: true,
    });
    expect(codeOf(await t.gql(GET, { a: arn }, { token: root }))).toBe('NoSuchEntity');
    expect(
      codeOf(await t.gql(GET, { a: 'arn:iamgate:iam::123456789012:role/not-a-provider' }, { token: root })),
    ).toBe('InvalidInput');
  });

  it('takes https issuers only: http on loopback when allowed, never link-local, private networks when allowed', async () => {
    const create = (g: Pick<TestGateway, 'gql'>, url: string) =>
      g.gql(CREATE, { i: { url } }, { token: root });
    // This gateway allows loopback issuers (as tests need), so http is accepted on loopback only.
    expect(codeOf(await create(t, 'http://idp.example.com'))).toBe('InvalidInput');
    expect(codeOf(await create(t, 'https://idp.example.com/?tenant=1'))).toBe('InvalidInput');
    // Cloud metadata services live at link-local addresses: never an issuer, whatever the settings.
    expect(codeOf(await create(t, 'https://169.254.169.254/latest'))).toBe('InvalidInput');
    expect(codeOf(await create(t, 'https://10.1.2.3/issuer'))).toBe('InvalidInput');
    ok(await create(t, 'http://127.0.0.1:9/loopback'));
    const strict = await t.variant({ IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'false' });
    expect(codeOf(await create(strict, 'http://127.0.0.2:9/loopback'))).toBe('InvalidInput');
    expect(codeOf(await create(strict, 'https://localhost/issuer'))).toBe('InvalidInput');
    const onPremises = await t.variant({ IAMGATE_OIDC_ALLOW_PRIVATE_ISSUERS: 'true' });
    ok(await create(onPremises, 'https://10.1.2.3/issuer'));
  });

  // RFC 6890's special-purpose addresses, and IPv6 prefixes that reach IPv4 (NAT64, 6to4): never an issuer.
  it('refuses special-purpose addresses and IPv6 addresses that reach IPv4, whatever the settings', async () => {
    const everything = await t.variant({
      IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true',
      IAMGATE_OIDC_ALLOW_PRIVATE_ISSUERS: 'true',
    });
    for (const url of [
      'https://[64:ff9b:1::a9fe:a9fe]/',
      'https://[2002:a9fe:a9fe::1]/',
      'https://[2002:7f00:1::1]/',
      'https://[::a9fe:a9fe]/',
      'https://[100::1]/',
      'https://[2001:db8::1]/',
      'https://192.0.0.8/',
      'https://192.0.2.1/',
      'https://198.18.0.1/',
      'https://198.51.100.1/',
      'https://203.0.113.1/',
    ]) {
      expect(codeOf(await everything.gql(CREATE, { i: { url } }, { token: root })), url).toBe('InvalidInput');
    }
  });

  it('refuses the gateway itself as an issuer: its token issuer, however written', async () => {
    // The test gateway's public URL and token issuer: http://localhost:4000 (loopback issuers are allowed here).
    for (const url of ['http://localhost:4000', 'http://LOCALHOST:4000/', 'https://localhost:4000']) {
      expect(codeOf(await t.gql(CREATE, { i: { url } }, { token: root })), url).toBe('InvalidInput');
    }
    ok(await t.gql(CREATE, { i: { url: 'http://localhost:4000/another-issuer' } }, { token: root }));
  });

  // IAM/latest/UserGuide/reference_iam-quotas.html: 100 OIDC providers per account, 100 client IDs per provider
  it('holds at most 100 providers per account and 100 client IDs per provider', async () => {
    const other = await t.createAccount('quota-root@example.com');
    const token = await t.gql<{ signIn: { token: string } }>(
      'mutation($e: String!) { signIn(input: { root: { email: $e, password: "Root-passw0rd-for-tests" } }) { token } }',
      { e: other.rootEmail },
    );
    const quotaRoot = ok(token).signIn.token;
    const clientIds = Array.from({ length: 100 }, (_, i) => `client-${i}`);
    const first = await createProvider(t, quotaRoot, {
      url: 'https://idp-0.example.com',
      clientIdList: clientIds,
    });
    expect(codeOf(await t.gql(ADD_CLIENT, { a: first.arn, c: 'one-more' }, { token: quotaRoot }))).toBe(
      'LimitExceeded',
    );
    for (let i = 1; i < 100; i++) await createProvider(t, quotaRoot, { url: `https://idp-${i}.example.com` });
    expect(
      codeOf(await t.gql(CREATE, { i: { url: 'https://idp-100.example.com' } }, { token: quotaRoot })),
    ).toBe('LimitExceeded');
  });

  it('requires iam:CreateOpenIDConnectProvider: a user, or a session narrowed by its session policy, without it is refused', async () => {
    const reader = await userWithPolicy(
      t,
      root,
      'provider-reader',
      allow(['iam:GetOpenIDConnectProvider', 'iam:ListOpenIDConnectProviders']),
    );
    expect(codeOf(await t.gql(CREATE, { i: { url: 'https://reader.example.com' } }, { token: reader }))).toBe(
      'AccessDenied',
    );
    ok(await t.gql(LIST, {}, { token: reader }));
    const adminArn = await createRole(
      t,
      root,
      'FederationAdmin',
      trust({ AWS: t.account.id }),
      allow('iam:*'),
    );
    const admin = await userWithPolicy(t, root, 'federation-admin', allow(['iam:*', 'sts:AssumeRole']));
    // A session policy allowing only reads caps the role's iam:* (IAM/latest/UserGuide/access_policies.html#policies_session).
    const narrowed = await assumedToken(t, admin, {
      roleArn: adminArn,
      roleSessionName: 'narrowed',
      policy: allow('iam:ListOpenIDConnectProviders'),
    });
    const refused = await t.gql(CREATE, { i: { url: 'https://narrowed.example.com' } }, { token: narrowed });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      action: 'iam:CreateOpenIDConnectProvider',
      failedLayer: 'session',
    });
    ok(await t.gql(LIST, {}, { token: narrowed }));
    ok(await t.gql(CREATE, { i: { url: 'https://admin.example.com' } }, { token: admin }));
  });
});

describe.each(testDrivers())('providers across accounts on %s', (driver) => {
  let two: TwoAccounts;
  let issuer: TestIssuer;

  beforeAll(async () => {
    two = await startTwoAccounts(driver);
    issuer = await startTestIssuer('shared', two.t.clock.now);
  });
  afterAll(async () => {
    await issuer?.close();
    await two?.cleanup();
  });

  it("never lets another tenant see, change, delete or use an account's provider", async () => {
    const g = await two.t.variant(GATEWAY_ENV);
    const { a, b } = two;
    const provider = await createProvider(g, a.root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
    // B's administrator may do anything IAM in B, and nothing to A's provider: AccessDenied, decided on the ARN alone.
    for (const [query, variables] of [
      [GET, { a: provider.arn }],
      [DELETE, { a: provider.arn }],
      [ADD_CLIENT, { a: provider.arn, c: 'b-client' }],
      [THUMBPRINTS, { a: provider.arn, t: [] }],
      [TAG, { a: provider.arn }],
    ] as const) {
      expect(codeOf(await g.gql(query, variables, { token: b.admin }))).toBe('AccessDenied');
    }
    expect(
      ok(await g.gql<{ listOpenIDConnectProviders: { arn: string }[] }>(LIST, {}, { token: b.admin }))
        .listOpenIDConnectProviders,
    ).toEqual([]);
    expect(
      ok(await g.gql<{ getOpenIDConnectProvider: Provider }>(GET, { a: provider.arn }, { token: a.root }))
        .getOpenIDConnectProvider.clientIdList,
    ).toEqual(['sts.iamgate']);

    // B registers the same issuer and trusts it; a role of A that names B's provider cannot be assumed with it:
    // the provider must be the role account's own (IAM/latest/UserGuide/id_roles_providers_oidc.html).
    const bProvider = await createProvider(g, b.root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
    expect(bProvider.arn).not.toBe(provider.arn);
    const condition = { StringEquals: { [`${issuer.url}:aud`]: 'sts.iamgate' } };
    const aRole = await createRole(
      g,
      a.root,
      'TrustsB',
      webIdentityTrust(bProvider.arn, condition),
      allow('iam:ListUsers'),
    );
    const bRole = await createRole(
      g,
      b.root,
      'BDeploy',
      webIdentityTrust(bProvider.arn, condition),
      allow('iam:ListUsers'),
    );
    const token = await issuer.sign();
    // A has a provider for the issuer, but the role trusts B's: AccessDenied.
    expect(codeOf(await assume(g, { roleArn: aRole, webIdentityToken: token }))).toBe('AccessDenied');
    // Without A's own provider, A's role is not reachable through B's at all.
    ok(await g.gql(DELETE, { a: provider.arn }, { token: a.root }));
    expect(codeOf(await assume(g, { roleArn: aRole, webIdentityToken: token }))).toBe('InvalidIdentityToken');
    // B's own role works with B's provider: the session is B's.
    const assumed = ok(
      await assume(g, { roleArn: bRole, webIdentityToken: token }),
    ).assumeRoleWithWebIdentity;
    expect((await whoAmI(g, assumed.credentials.sessionToken)).account).toBe(b.id);
  });
});

// STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html, IAM/latest/UserGuide/id_roles_providers_oidc.html and
// the condition keys of reference_policies_iam-condition-keys.html#condition-keys-wif.
describe.each(testDrivers())('assumeRoleWithWebIdentity on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let ci: TestIssuer;
  let provider: Provider;
  let deployArn: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, GATEWAY_ENV);
    root = await t.rootToken();
    ci = await startTestIssuer('ci', t.clock.now);
    provider = await createProvider(t, root, { url: ci.issuer, clientIdList: ['sts.iamgate', 'other-app'] });
    deployArn = await createRole(
      t,
      root,
      'Deploy',
      webIdentityTrust(provider.arn, {
        StringEquals: { [`${ci.url}:aud`]: 'sts.iamgate' },
        StringLike: { [`${ci.url}:sub`]: 'repo:octo-org/octo-repo:*' },
      }),
      allow(['iam:ListUsers', 'iam:GetUser']),
    );
  });
  afterAll(async () => {
    await ci?.close();
    await t?.cleanup();
  });

  /** The refused `assumeRoleWithWebIdentity` of request `requestId`, as the role account reads its audit log. */
  async function deniedEvent(
    requestId: string,
  ): Promise<{ errorCode: string; details: Record<string, unknown> }> {
    const events = ok(
      await t.gql<{
        auditEvents: { edges: { node: { requestId: string; errorCode: string; details: string } }[] };
      }>(AUDIT_EVENTS, { f: { action: 'sts:AssumeRoleWithWebIdentity', decision: 'Deny' } }, { token: root }),
    ).auditEvents.edges.map((edge) => edge.node);
    const event = events.find((e) => e.requestId === requestId);
    if (event === undefined) throw new Error(`no audit event of request \`${requestId}\``);
    return { errorCode: event.errorCode, details: JSON.parse(event.details) as Record<string, unknown> };
  }

  it('starts a session of the role for a token the trust policy allows, with the permissions of the role', async () => {
    const token = await ci.sign();
    const answer = await assume(t, { roleArn: deployArn, webIdentityToken: token, durationSeconds: 900 });
    const assumed = ok(answer).assumeRoleWithWebIdentity;
    expect(assumed).toMatchObject({
      assumedRoleUser: { arn: `arn:iamgate:sts::${t.account.id}:assumed-role/Deploy/ci-run` },
      subjectFromWebIdentityToken: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      provider: ci.issuer,
      audience: 'sts.iamgate',
      sourceIdentity: null,
      packedPolicySize: 0,
    });
    expect(secondsUntil(assumed.credentials.expiration, t.clock.now())).toBe(900);
    const session = assumed.credentials.sessionToken;
    expect((await whoAmI(t, session)).arn).toBe(assumed.assumedRoleUser.arn);
    ok(await t.gql('{ listUsers { edges { node { userName } } } }', {}, { token: session }));
    expect(codeOf(await t.gql('{ listRoles { edges { node { roleName } } } }', {}, { token: session }))).toBe(
      'AccessDenied',
    );
    // Audited in the role's account, with what the token said and never the token itself.
    const events = await t.store.audit.list({
      accountId: t.account.id,
      action: 'sts:AssumeRoleWithWebIdentity',
      decision: 'Allow',
    });
    const event = events.edges[0]?.node;
    expect(event).toMatchObject({ principalArn: provider.arn, resource: deployArn });
    expect(event?.details).toMatchObject({
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      audience: 'sts.iamgate',
    });
    expect(JSON.stringify(event)).not.toContain(token.split('.')[2]);
  });

  it('refuses a token for another audience, subject or provider, and an expired one', async () => {
    const call = async (webIdentityToken: string, roleArn = deployArn) =>
      codeOf(await assume(t, { roleArn, webIdentityToken }));
    // An audience that is no client ID of the provider: the token is not for this account at all.
    expect(await call(await ci.sign({ aud: 'someone-else' }))).toBe('InvalidIdentityToken');
    // A client ID of the provider that the trust policy does not accept, a subject of another repository.
    expect(await call(await ci.sign({ aud: 'other-app' }))).toBe('AccessDenied');
    expect(await call(await ci.sign({ sub: 'repo:evil-org/octo-repo:ref:refs/heads/main' }))).toBe(
      'AccessDenied',
    );
    expect(await call(await ci.sign({ sub: undefined }))).toBe('InvalidIdentityToken');
    const expired = await assume(t, {
      roleArn: deployArn,
      webIdentityToken: await ci.sign({}, { expiresIn: -120 }),
    });
    expect(codeOf(expired)).toBe('ExpiredToken');
    expect(await call(await ci.sign({ nbf: Math.floor(t.clock.now().getTime() / 1000) + 3600 }))).toBe(
      'InvalidIdentityToken',
    );
    // A trust policy of sts:AssumeRole only does not allow web identities.
    const plain = await createRole(
      t,
      root,
      'PlainTrust',
      webIdentityTrust(provider.arn, {}, 'sts:AssumeRole'),
    );
    expect(await call(await ci.sign(), plain)).toBe('AccessDenied');
    const refused = await assume(t, {
      roleArn: deployArn,
      webIdentityToken: await ci.sign({ aud: 'someone-else' }),
    });
    expect(refused.errors?.[0]?.message).toMatch(/audience/);
  });

  it('refuses tokens that are not signed by a key of the issuer: another key, alg none, HS256, an unknown issuer', async () => {
    const call = async (webIdentityToken: string) => assume(t, { roleArn: deployArn, webIdentityToken });
    const signedElsewhere = [
      await ci.sign({}, { foreignKey: true }),
      await ci.sign({}, { foreignKey: true, kid: 'unknown-kid' }),
      ci.unsigned(),
      // The issuer's JWKS holds an `oct` key; a verifier taking it would accept anything signed with its secret.
      await ci.hmacSigned(),
      'not.a.jwt',
    ];
    const other = await startTestIssuer('unregistered', t.clock.now);
    try {
      signedElsewhere.push(await other.sign());
      const messages = new Set<string>();
      for (const token of signedElsewhere) {
        const answer = await call(token);
        expect(codeOf(answer)).toBe('InvalidIdentityToken');
        messages.add(answer.errors?.[0]?.message ?? '');
      }
      // Before a signature verified, every refusal reads the same: no probing which accounts registered an issuer.
      expect([...messages]).toEqual(['the web identity token could not be validated']);
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('reads the role of another account, a role that does not exist and one that does not trust the provider alike', async () => {
    const token = await ci.sign();
    const untrusting = await createRole(t, root, 'Untrusting', trust({ AWS: t.account.id }));
    const missing = `arn:iamgate:iam::${t.account.id}:role/Missing`;
    const refusals = [];
    for (const roleArn of [untrusting, missing]) {
      const answer = await assume(t, { roleArn, webIdentityToken: token });
      expect(codeOf(answer)).toBe('AccessDenied');
      const error = answer.errors?.[0];
      refusals.push(JSON.stringify(error).replaceAll(roleArn, '<role>'));
    }
    expect(refusals[0]).toBe(refusals[1]);
  });

  it('conditions on amr and sets the source identity only when the trust policy allows sts:SetSourceIdentity', async () => {
    const mfaOnly = await createRole(
      t,
      root,
      'MfaOnly',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: provider.arn },
            Action: ['sts:AssumeRoleWithWebIdentity', 'sts:SetSourceIdentity'],
            Condition: { 'ForAnyValue:StringEquals': { [`${ci.url}:amr`]: 'mfa' } },
          },
        ],
      }),
    );
    expect(
      codeOf(await assume(t, { roleArn: mfaOnly, webIdentityToken: await ci.sign({ amr: ['pwd'] }) })),
    ).toBe('AccessDenied');
    expect(codeOf(await assume(t, { roleArn: mfaOnly, webIdentityToken: await ci.sign() }))).toBe(
      'AccessDenied',
    );
    const withSource = await ci.sign({
      amr: ['pwd', 'mfa'],
      'https://aws.amazon.com/source_identity': 'octocat',
    });
    expect(
      ok(await assume(t, { roleArn: mfaOnly, webIdentityToken: withSource })).assumeRoleWithWebIdentity
        .sourceIdentity,
    ).toBe('octocat');
    // Deploy's trust policy does not allow sts:SetSourceIdentity (IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html).
    const sourced = await ci.sign({ 'https://aws.amazon.com/source_identity': 'octocat' });
    expect(codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: sourced }))).toBe('AccessDenied');
  });

  it('checks its arguments as AWS does', async () => {
    const token = await ci.sign();
    expect(codeOf(await assume(t, { roleArn: 'not-an-arn', webIdentityToken: token }))).toBe(
      'ValidationError',
    );
    expect(
      codeOf(await assume(t, { roleArn: deployArn, roleSessionName: 'x', webIdentityToken: token })),
    ).toBe('ValidationError');
    expect(
      codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: token, durationSeconds: 60 })),
    ).toBe('ValidationError');
    expect(codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: 'x'.repeat(20_001) }))).toBe(
      'ValidationError',
    );
  });

  it('fetches the issuer keys once, and again in the background when a token names a key the cached set lacks (at most every 30 s)', async () => {
    const issuer = await startTestIssuer('rotating', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Rotating', webIdentityTrust(p.arn, {}));
      for (let i = 0; i < 3; i++)
        ok(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }));
      expect(issuer.requests).toEqual(['/rotating/.well-known/openid-configuration', '/rotating/jwks']);
      await issuer.rotate();
      t.clock.advance(31);
      // The first token of the new key is refused at once (the refusal never waits on the issuer) and starts a
      // fetch of the set in the background; once it landed, the new key verifies.
      const rotated = await issuer.sign();
      expect(codeOf(await assume(t, { roleArn: role, webIdentityToken: rotated }))).toBe(
        'InvalidIdentityToken',
      );
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(4));
      await settle();
      ok(await assume(t, { roleArn: role, webIdentityToken: rotated }));
      expect(issuer.requests).toHaveLength(4);
      // Within the cooldown a token naming an unknown key fetches nothing.
      expect(
        codeOf(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) })),
      ).toBe('InvalidIdentityToken');
      expect(issuer.requests).toHaveLength(4);
      t.clock.advance(31);
      expect(
        codeOf(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) })),
      ).toBe('InvalidIdentityToken');
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(6));
    } finally {
      await issuer.close();
    }
  });

  // A forged token naming an unknown key must not take longer for an account that registered the issuer (which
  // fetches the issuer's keys again) than for one that did not (docs/SECURITY.md, "Federation").
  it('answers a token naming an unknown key at once, without waiting on the issuer', async () => {
    const issuer = await startTestIssuer('silent-after-rotation', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'SilentAfterRotation', webIdentityTrust(p.arn, {}));
      ok(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }));
      issuer.mode = 'hang';
      t.clock.advance(31);
      const forged = await issuer.sign({}, { foreignKey: true, kid: 'unknown' });
      const { value, ms } = await timed(() => assume(t, { roleArn: role, webIdentityToken: forged }));
      expect(codeOf(value)).toBe('InvalidIdentityToken');
      // IAMGATE_OIDC_FETCH_TIMEOUT_MS is 500 here: the refusal did not wait for the hanging read it started.
      expect(ms).toBeLessThan(250);
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(3));
    } finally {
      await issuer.close();
    }
  });

  it('answers IDPCommunicationError within the fetch timeout when the issuer is down, hangs or misbehaves', async () => {
    for (const mode of ['reset', 'hang', 'huge', 'garbage', 'redirect', 'wrong-issuer'] as const) {
      const issuer = await startTestIssuer(`faulty-${mode}`, t.clock.now);
      try {
        const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
        const role = await createRole(t, root, `Faulty-${mode}`, webIdentityTrust(p.arn, {}));
        issuer.mode = mode;
        const { value, ms } = await timed(async () =>
          assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }),
        );
        expect(codeOf(value), mode).toBe('IDPCommunicationError');
        expect(value.status).toBe(502);
        // IAMGATE_OIDC_FETCH_TIMEOUT_MS is 500 here: no fault makes the call wait much longer.
        expect(ms, mode).toBeLessThan(2500);
        if (mode === 'redirect') expect(issuer.requests).toHaveLength(1);
      } finally {
        await issuer.close();
      }
    }
    // An issuer nobody listens at.
    const gone = await startTestIssuer('gone', t.clock.now);
    const p = await createProvider(t, root, { url: gone.issuer, clientIdList: ['sts.iamgate'] });
    const role = await createRole(t, root, 'Gone', webIdentityTrust(p.arn, {}));
    const token = await gone.sign();
    await gone.close();
    expect(codeOf(await assume(t, { roleArn: role, webIdentityToken: token }))).toBe('IDPCommunicationError');
  });

  it('counts refused tokens per source address and refuses with Throttling past the limit; accepted ones are given back', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_TRUST_PROXY: '1',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3',
    });
    const from = { 'x-forwarded-for': '203.0.113.77' };
    const good = await ci.sign();
    for (let i = 0; i < 5; i++) ok(await assume(g, { roleArn: deployArn, webIdentityToken: good }, from));
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await assume(g, { roleArn: deployArn, webIdentityToken: ci.unsigned() }, from))).toBe(
        'InvalidIdentityToken',
      );
    }
    const throttled = await assume(g, { roleArn: deployArn, webIdentityToken: good }, from);
    expect(codeOf(throttled)).toBe('Throttling');
    expect(throttled.headers.get('retry-after')).not.toBeNull();
    ok(
      await assume(g, { roleArn: deployArn, webIdentityToken: good }, { 'x-forwarded-for': '203.0.113.78' }),
    );
  });

  // A tenant registers the issuer URL, so what the audit log says of a failed read is theirs to read: it must not tell
  // how the gateway's network resolves names (split-horizon DNS) or which ports answer what.
  it('audits only a code when the issuer cannot be read, and leaves the detail to the operator log', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(line) });
    const loopbackAllowed = await t.variant(GATEWAY_ENV, logger);
    const strict = await t.variant({ IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'false' }, logger);
    const looping = await startTestIssuer('loops-back', t.clock.now);
    const redirecting = await startTestIssuer('redirects', t.clock.now);
    const gone = await startTestIssuer('went-away', t.clock.now);
    redirecting.mode = 'redirect';
    try {
      // Registered as a name while loopback issuers were allowed; read by a gateway that allows none: the name
      // resolves to 127.0.0.1 and is refused.
      const byName = looping.issuer.replace(/^http:\/\/127\.0\.0\.1/, 'https://localhost');
      const cases = [
        {
          g: strict,
          issuer: looping,
          url: byName,
          code: 'idp-unreachable',
          detail: /resolves to `127\.0\.0\.1`/,
        },
        {
          g: loopbackAllowed,
          issuer: gone,
          url: gone.issuer,
          code: 'idp-unreachable',
          detail: /ECONNREFUSED/,
        },
        {
          g: loopbackAllowed,
          issuer: redirecting,
          url: redirecting.issuer,
          code: 'idp-invalid-answer',
          detail: /answered a redirect \(302\)/,
        },
      ];
      const tokens = [];
      for (const [i, c] of cases.entries()) {
        const p = await createProvider(t, root, { url: c.url, clientIdList: ['sts.iamgate'] });
        const role = await createRole(t, root, `Unreadable${i}`, webIdentityTrust(p.arn, {}));
        tokens.push({ role, token: await c.issuer.sign({ iss: c.url }) });
      }
      await gone.close();
      for (const [i, c] of cases.entries()) {
        const requestId = `unreadable-issuer-${driver}-${i}`;
        const { role, token } = tokens[i] as { role: string; token: string };
        const answer = await assume(
          c.g,
          { roleArn: role, webIdentityToken: token },
          { 'x-request-id': requestId },
        );
        expect(codeOf(answer), c.code).toBe('IDPCommunicationError');
        const event = await deniedEvent(requestId);
        expect(event.errorCode).toBe('IDPCommunicationError');
        expect(event.details.reason).toBe(c.code);
        // The issuer is the tenant's own URL; nothing else may name an address, a resolution or a status.
        const { issuer: _issuer, ...rest } = event.details;
        expect(JSON.stringify(rest)).not.toMatch(
          /127\.0\.0\.1|::1|resolves|loopback|ECONN|redirect|\b30\d\b/,
        );
        expect(lines.filter((line) => line.includes(requestId)).join('\n'), c.code).toMatch(c.detail);
      }
    } finally {
      for (const issuer of [looping, redirecting]) await issuer.close();
    }
  });

  // Anyone can present a token, with whatever `iss` it likes: the audit event of the refusal stays small.
  it('keeps the audit event of a token from an unknown issuer small, however long its iss', async () => {
    const requestId = `long-issuer-${driver}`;
    const iss = `https://${'a'.repeat(10_000)}.example.com`;
    const answer = await assume(
      t,
      { roleArn: deployArn, webIdentityToken: ci.unsigned({ iss }) },
      { 'x-request-id': requestId },
    );
    expect(codeOf(answer)).toBe('InvalidIdentityToken');
    const event = await deniedEvent(requestId);
    expect(JSON.stringify(event.details).length).toBeLessThan(600);
    expect(event.details.reason).not.toContain('aaaa');
  });

  it('reads at most 8 issuers at once, and answers IDPCommunicationError at once past that', async () => {
    const g = await t.variant({ ...GATEWAY_ENV, IAMGATE_OIDC_FETCH_TIMEOUT_MS: '1500' });
    const issuers: TestIssuer[] = [];
    try {
      const roles: string[] = [];
      for (let i = 0; i < 9; i++) {
        const issuer = await startTestIssuer(`busy-${i}`, t.clock.now);
        issuers.push(issuer);
        const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
        roles.push(await createRole(t, root, `Busy${i}`, webIdentityTrust(p.arn, {})));
      }
      const [ninth, ...hanging] = [issuers[8] as TestIssuer, ...issuers.slice(0, 8)];
      for (const issuer of hanging) issuer.mode = 'hang';
      const waiting = hanging.map(async (issuer, i) =>
        assume(g, { roleArn: roles[i] as string, webIdentityToken: await issuer.sign() }),
      );
      await vi.waitFor(() => expect(hanging.every((issuer) => issuer.requests.length === 1)).toBe(true));
      const token = await ninth.sign();
      const { value, ms } = await timed(() =>
        assume(g, { roleArn: roles[8] as string, webIdentityToken: token }),
      );
      expect(codeOf(value)).toBe('IDPCommunicationError');
      expect(ms).toBeLessThan(500);
      expect(ninth.requests).toEqual([]);
      for (const answer of await Promise.all(waiting)) expect(codeOf(answer)).toBe('IDPCommunicationError');
      // The limit was the gateway's, not the issuer's failure: nothing of it is kept.
      ok(await assume(g, { roleArn: roles[8] as string, webIdentityToken: token }));
    } finally {
      for (const issuer of issuers) await issuer.close();
    }
  });

  it('gives the attempt back when the issuer failed, but not when an earlier failure answered', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_TRUST_PROXY: '1',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3',
    });
    const from = { 'x-forwarded-for': '203.0.113.90' };
    const issuer = await startTestIssuer('failing', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Failing', webIdentityTrust(p.arn, {}));
      issuer.mode = 'reset';
      const token = await issuer.sign();
      // The first call asked the issuer, which failed: given back. The next ones within 5 s are answered by that
      // failure without asking anyone: each counts, as a refused token does.
      for (let i = 0; i < 4; i++) {
        expect(codeOf(await assume(g, { roleArn: role, webIdentityToken: token }, from)), `call ${i}`).toBe(
          'IDPCommunicationError',
        );
      }
      expect(issuer.requests).toHaveLength(1);
      expect(codeOf(await assume(g, { roleArn: role, webIdentityToken: token }, from))).toBe('Throttling');
    } finally {
      await issuer.close();
    }
  });

  it('waits on issuers at most half the request deadline in all, whatever the fetch timeout', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_REQUEST_TIMEOUT_MS: '1000',
      IAMGATE_OIDC_FETCH_TIMEOUT_MS: '5000',
    });
    const issuer = await startTestIssuer('slow', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Slow', webIdentityTrust(p.arn, {}));
      issuer.mode = 'hang';
      const { value, ms } = await timed(async () =>
        assume(g, { roleArn: role, webIdentityToken: await issuer.sign() }),
      );
      // Not the request deadline's ServiceUnavailable at 1 s: the issuer's failure, at about 500 ms.
      expect(codeOf(value)).toBe('IDPCommunicationError');
      expect(value.status).toBe(502);
      expect(ms).toBeLessThan(900);
    } finally {
      await issuer.close();
    }
  });
});

// OpenID Connect Discovery 1.0, section 4: a standard library verifies an iamgate session token from the issuer alone.
describe.each(testDrivers())("iamgate's own discovery document on %s", (driver) => {
  let t: TestGateway;
  let server: http.Server;
  let publicUrl: string;
  let served: Pick<TestGateway, 'gateway' | 'gql'>;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    let handler: http.RequestListener = (_req, res) => res.end();
    server = http.createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    served = await t.variant({ IAMGATE_PUBLIC_URL: publicUrl, IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true' });
    handler = served.gateway.yoga as unknown as http.RequestListener;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await t?.cleanup();
  });

  it('publishes /.well-known/openid-configuration, which leads jose to the keys that verify a session token', async () => {
    const response = await fetch(`${publicUrl}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as Record<string, unknown>;
    expect(document).toMatchObject({
      issuer: publicUrl,
      jwks_uri: `${publicUrl}/.well-known/jwks.json`,
      subject_types_supported: ['public'],
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: ['EdDSA', 'ES256'],
    });
    expect(document.claims_supported).toEqual(expect.arrayContaining(['sub', 'arn', 'acct', 'sid']));
    // Session tokens carry them when the sign-in had them (an MFA code).
    expect(document.claims_supported).toEqual(expect.arrayContaining(['amr', 'auth_time']));
    const signedIn = await fetch(`${publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!) { signIn(input: { root: { email: $e, password: "Root-passw0rd-for-tests" } }) { token } }',
        variables: { e: t.account.rootEmail },
      }),
    });
    const { data } = (await signedIn.json()) as { data: { signIn: { token: string } } };
    const jwks = createRemoteJWKSet(new URL(document.jwks_uri as string));
    const { payload } = await jwtVerify(data.signIn.token, jwks, {
      issuer: document.issuer as string,
      audience: 'iamgate',
      algorithms: document.id_token_signing_alg_values_supported as string[],
      currentDate: t.clock.now(),
    });
    expect(payload).toMatchObject({ acct: t.account.id, arn: `arn:iamgate:iam::${t.account.id}:root` });
  });

  // OpenID Connect Discovery 1.0, section 4.3: the document's `issuer` is the URL it is fetched under.
  it('refuses a token issuer other than the public URL, under which the discovery document is served', () => {
    const issues = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).issues.map((issue) => issue.variable);
      }
    };
    expect(
      issues({
        IAMGATE_PUBLIC_URL: 'https://iam.example.com',
        IAMGATE_TOKEN_ISSUER: 'https://tokens.example.com',
      }),
    ).toEqual(['IAMGATE_TOKEN_ISSUER']);
    expect(
      issues({
        IAMGATE_PUBLIC_URL: 'https://iam.example.com/',
        IAMGATE_TOKEN_ISSUER: 'https://iam.example.com/',
      }),
    ).toEqual([]);
    expect(issues({ IAMGATE_PUBLIC_URL: 'https://iam.example.com' })).toEqual([]);
  });

  // A provider for the gateway would let its own session tokens (revoked ones, a closed account's) mint role sessions.
  it('never takes its own session tokens as web identities, even from a provider already stored', async () => {
    // Signed in through the gateway whose token issuer is `publicUrl`, so the token's `iss` is the provider's.
    const root = ok(
      await served.gql<{ signIn: { token: string } }>(
        'mutation($e: String!) { signIn(input: { root: { email: $e, password: "Root-passw0rd-for-tests" } }) { token } }',
        { e: t.account.rootEmail },
      ),
    ).signIn.token;
    expect(codeOf(await served.gql(CREATE, { i: { url: publicUrl } }, { token: root }))).toBe('InvalidInput');
    const stored = await t.store.oidcProviders.create(
      t.account.id,
      { url: publicUrl, clientIds: ['iamgate'] },
      { allowLoopbackHttp: true },
    );
    const role = await createRole(
      served,
      root,
      'SelfFederated',
      webIdentityTrust(stored.arn, {}),
      allow('iam:*'),
    );
    const answer = await assume(served, { roleArn: role, webIdentityToken: root });
    expect(codeOf(answer)).toBe('InvalidIdentityToken');
  });
});
