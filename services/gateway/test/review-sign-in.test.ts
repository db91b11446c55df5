import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/**
 * Review regressions: sign-in guessing and the audit of refused calls.
 *
 * Regression tests for the security review of the "Trust first" and "Never hang" work. The comment above each test
 * describes the hole as the review found it; the test attacks it through the real entry point (`gateway.fetch`) and
 * asserts the refusal (or the record) the fixed gateway gives, so the hole stays closed.
 */

const CREATE_USER = 'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }';

describe.each(testDrivers())('sign-in lockout by address on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver);
  });
  afterAll(async () => t?.cleanup());

  // The per-address lockout keys on the exact address text (`ip:<address>`, sign-in/throttle-keys.ts). An IPv6
  // client holds a whole /64 (2^64 addresses) and an IPv4 client may also appear as `::ffff:a.b.c.d`, so "50 failed
  // sign-ins per source address" is no limit: a password spray from one host is never throttled by address. Here
  // the lockout is lowered to 3 per address, behind one trusted proxy.
  it('counts failed sign-ins from one IPv6 /64 (and IPv4-mapped forms) as one source', async () => {
    const proxied = await t.variant({ IAMGATE_TRUST_PROXY: '1', IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3' });
    const codes: (string | undefined)[] = [];
    for (let i = 1; i <= 6; i++) {
      const response = await proxied.gql(
        'mutation($a: String!, $u: String!) { signIn(input: { user: { account: $a, userName: $u, password: "Spray-passw0rd-1" } }) { token } }',
        { a: t.account.id, u: `sprayed-${i}` },
        { headers: { 'x-forwarded-for': `2001:db8:1:2::${i.toString(16)}` } },
      );
      codes.push(codeOf(response));
    }
    expect(codes).toContain('Throttling');
  });
});

describe.each(testDrivers())('access keys under guessing on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // Access key ids are not secret (the audit log records them, CloudTrail shows them), and their secrets cannot be
  // guessed. Yet failed access-key sign-ins are counted per key id like passwords (`key:<id>`), so anyone who knows
  // a service's key id locks that service out for 15 minutes with 5 anonymous requests, again and again. The
  // lockout buys nothing for a 40-character random secret; it only hands out a denial of service.
  it('does not let anonymous wrong secrets lock a service out of its access key', async () => {
    ok(await t.gql(CREATE_USER, { u: 'ci-service' }, { token: root }));
    const key = ok(
      await t.gql<{ createAccessKey: { accessKeyId: string; secretAccessKey: string } }>(
        'mutation { createAccessKey(userName: "ci-service") { accessKeyId secretAccessKey } }',
        {},
        { token: root },
      ),
    ).createAccessKey;
    const signIn = (secretAccessKey: string) =>
      t.gql(
        'mutation($k: String!, $s: String!) { signIn(input: { accessKey: { accessKeyId: $k, secretAccessKey: $s } }) { token } }',
        { k: key.accessKeyId, s: secretAccessKey },
      );
    for (let i = 0; i < 6; i++) await signIn(`wrong-secret-${i}`);
    const service = await signIn(key.secretAccessKey);
    expect(codeOf(service)).toBeUndefined();
  });
});

describe.each(testDrivers())('audit of refused calls on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // Argument limits run before authorization (argument-limits-plugin.ts wraps the resolver outside the guard), and
  // their ValidationError is never audited: a principal that is not even allowed the operation leaves no record of
  // its attempt. SECURITY.md: "every denial or failed call is audited".
  it('audits a call refused for its argument limits', async () => {
    const prober = await userWithPolicy(t, root, 'limit-prober', null);
    const before = (await t.store.audit.list({ accountId: t.account.id, first: 1000 })).edges.length;
    const response = await t.gql(
      'mutation($d: String!) { createPolicy(input: { policyName: "Huge", policyDocument: $d }) { arn } }',
      { d: `${' '.repeat(140_000)}{}` },
      { token: prober },
    );
    expect(codeOf(response)).toBe('ValidationError');
    const after = (await t.store.audit.list({ accountId: t.account.id, first: 1000 })).edges.length;
    expect(after).toBeGreaterThan(before);
  });
});
