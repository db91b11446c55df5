import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { subscribe } from './support/sse.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * Review regressions: subscriptions and signing keys as time passes.
 *
 * Regression tests for the security review of the "Trust first" and "Never hang" work. The comment above each test
 * describes the hole as the review found it; the test attacks it through the real entry point (`gateway.fetch`) and
 * asserts the refusal (or the record) the fixed gateway gives, so the hole stays closed.
 */

const WHO = '{ getCallerIdentity { arn } }';
const CREATE_USER = 'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }';

describe.each(testDrivers())('subscriptions over time on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { revisionPollMs: 20 } });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // The policyRevision stream is authorized once, when it starts, and then runs for ever: revoking the session,
  // letting it expire or deleting the user does not end it, and the request deadline only bounds the time until the
  // stream starts. A revoked (stolen) token keeps watching every change of the account as it happens.
  it('ends (or stops feeding) a policyRevision stream once its session is revoked or expired', async () => {
    await userWithPolicy(t, root, 'watcher', allow('iamgate:GetPolicySnapshot'));
    const signed = ok(
      await t.gql<{ signIn: { token: string; sessionId: string } }>(
        'mutation($a: String!, $p: String!) { signIn(input: { user: { account: $a, userName: "watcher", password: $p } }) { token sessionId } }',
        { a: t.account.id, p: USER_PASSWORD },
      ),
    ).signIn;
    const sub = await subscribe<{ policyRevision: { revision: number } }>(
      t.gateway.fetch,
      'http://localhost/graphql',
      'subscription { policyRevision { revision } }',
      signed.token,
    );
    const seen: number[] = [];
    try {
      seen.push((await sub.next()).policyRevision.revision);
      ok(
        await t.gql(
          'mutation($s: String!) { revokeSession(sessionId: $s) }',
          { s: signed.sessionId },
          { token: root },
        ),
      );
      expect(codeOf(await t.gql(WHO, {}, { token: signed.token }))).toBe('ExpiredToken');
      const revokedAt = await t.store.revisions.get(t.account.id);
      // Time passes too: the session's token has long expired.
      t.clock.advance(24 * 3600);
      ok(await t.gql(CREATE_USER, { u: 'hired-after-revocation' }, { token: await t.rootToken() }));
      for (;;) {
        const event = await sub.next(1500).catch(() => undefined);
        if (event === undefined) break;
        seen.push(event.policyRevision.revision);
      }
      expect(seen.filter((revision) => revision > revokedAt)).toEqual([]);
    } finally {
      await sub.close();
    }
  });
});

describe.each(testDrivers())('signing keys over time on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: 20 } });
    root = await t.rootToken();
    await userWithPolicy(t, root, 'traveller', null);
  });
  afterAll(async () => t?.cleanup());

  // A retired key is published for 12 h + 30 s (gateway.ts `retiredKeyTtlSeconds`, "the longest lifetime of any
  // token"), but getSessionToken issues tokens for up to 36 h. After a rotation, every such token stops verifying 12 h
  // later (`InvalidClientTokenId`), a day before its expiry; the middleware, reading the JWKS, refuses them too.
  it('keeps verifying a 36-hour getSessionToken token after a key rotation until it expires', async () => {
    const user = await t.userToken('traveller', USER_PASSWORD);
    const long = ok(
      await t.gql<{ getSessionToken: { sessionToken: string } }>(
        'mutation { getSessionToken(durationSeconds: 129600) { sessionToken } }',
        {},
        { token: user },
      ),
    ).getSessionToken.sessionToken;
    ok(await t.gql('mutation { rotateSigningKey { kid } }', {}, { token: root }));
    t.clock.advance(13 * 3600);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(codeOf(await t.gql(WHO, {}, { token: long }))).toBeUndefined();
  });
});
