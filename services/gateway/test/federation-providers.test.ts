import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_CLIENT,
  assume,
  CREATE,
  createProvider,
  DELETE,
  GATEWAY_ENV,
  GET,
  LIST,
  type Provider,
  REMOVE_CLIENT,
  TAG,
  THUMBPRINTS,
  webIdentityTrust,
} from './support/federation.js';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestIssuer, type TestIssuer } from './support/oidc-issuer.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';
import { startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

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
