/** iamgate's own OpenID Connect discovery document (issue 13), read as standard OIDC libraries read it. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDrivers } from '@iamgate/store/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import { assume, CREATE, webIdentityTrust } from './support/federation.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { createRole } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

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
