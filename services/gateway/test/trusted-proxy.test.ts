import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const LIST = '{ listUsers { edges { cursor } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

// The client writes the leftmost X-Forwarded-For entry; a proxy appends the address it saw. A user allowed only
// from the office network (203.0.113.0/24) calls from 198.51.100.9 and claims to be in the office.
describe.each(testDrivers())('trusted proxies on %s', (driver) => {
  let t: TestGateway;
  let token: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const root = await t.rootToken();
    token = await userWithPolicy(
      t,
      root,
      'office',
      allow('iam:ListUsers', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
    );
  });
  afterAll(async () => t?.cleanup());

  /** A request through a proxy at `peer` (the socket's address) that forwarded `forwardedFor`. */
  const viaProxy = (
    gateway: Pick<TestGateway, 'gateway'>,
    peer: string,
    forwardedFor: string,
    body: object,
    bearer?: string,
  ) =>
    gateway.gateway.yoga.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': forwardedFor,
          ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
        },
        body: JSON.stringify(body),
      }),
      { req: { socket: { remoteAddress: peer } } },
    );
  const codeOfResponse = async (response: Response) =>
    ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;

  it('with a hop count, a forged leftmost entry is not the source address', async () => {
    const oneProxy = await t.variant({ IAMGATE_TRUST_PROXY: '1' });
    const forged = { token, headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.9' } };
    expect(codeOf(await oneProxy.gql(LIST, {}, forged))).toBe('AccessDenied');
    ok(await oneProxy.gql(LIST, {}, { token, headers: { 'x-forwarded-for': '198.51.100.9, 203.0.113.9' } }));
    const twoProxies = await t.variant({ IAMGATE_TRUST_PROXY: '2' });
    ok(await twoProxies.gql(LIST, {}, { token, headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.2' } }));
  });

  it('with a list of proxies, the source is the nearest address not in it, and only trusted peers count', async () => {
    const listed = await t.variant({ IAMGATE_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
    const query = { query: LIST };
    // The client forged 203.0.113.9; the proxy at 10.0.0.2 appended the client's real 198.51.100.9.
    expect(
      await codeOfResponse(await viaProxy(listed, '10.0.0.2', '203.0.113.9, 198.51.100.9', query, token)),
    ).toBe('AccessDenied');
    // A chain of two trusted proxies behind the office client.
    const through = await viaProxy(listed, '10.0.0.2', '203.0.113.9, 10.0.0.7', query, token);
    expect(through.status).toBe(200);
    // A peer that is not a trusted proxy is the client, whatever it forwards.
    expect(await codeOfResponse(await viaProxy(listed, '198.51.100.9', '203.0.113.9', query, token))).toBe(
      'AccessDenied',
    );
  });

  it('the per-address sign-in lockout counts the real address however the leftmost entry changes', async () => {
    const proxied = await t.variant({ IAMGATE_TRUST_PROXY: '1', IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3' });
    for (const [i, userName] of ['u1', 'u2', 'u3'].entries()) {
      const input = { user: { account: t.account.id, userName, password: 'bad-Passw0rd' } };
      const from = { headers: { 'x-forwarded-for': `192.0.2.${i}, 198.51.100.77` } };
      expect(codeOf(await proxied.gql(SIGN_IN, { input }, from))).toBe('InvalidClientTokenId');
    }
    const input = { root: { email: t.account.rootEmail, password: ROOT_PASSWORD } };
    const again = { headers: { 'x-forwarded-for': '192.0.2.99, 198.51.100.77' } };
    expect(codeOf(await proxied.gql(SIGN_IN, { input }, again))).toBe('Throttling');
  });
});

describe('IAMGATE_TRUST_PROXY', () => {
  const issuesOf = (value: string) => {
    try {
      loadConfig({ IAMGATE_TRUST_PROXY: value });
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).issues.map((issue) => issue.variable);
    }
  };

  it('reads off, a hop count, or a list of addresses and blocks', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ IAMGATE_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ IAMGATE_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ IAMGATE_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ IAMGATE_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      'fd00::/8',
    ]);
  });

  it('refuses `true`, which does not say which proxies to trust, and entries that are not addresses', () => {
    for (const value of ['true', 'yes', 'on', '10.0.0.0/8, proxy.internal', '10.0.0.0/33', '-1']) {
      expect(issuesOf(value)).toEqual(['IAMGATE_TRUST_PROXY']);
    }
  });
});
