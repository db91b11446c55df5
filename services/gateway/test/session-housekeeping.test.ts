import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const HOUR = 3600;
const WHO = '{ getCallerIdentity { arn } }';

/** The session id (`sid` claim) of a token. */
function sessionOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
  };
  return payload.sid;
}

/**
 * Sessions expired for more than a day are deleted by every instance's sweeper, so the sessions table holds what
 * can still be used rather than every session ever issued; live sessions, and sessions expired less than a day ago,
 * stay. The sweeper runs on its real timer (every 20 ms here); the gateway's clock is moved by hand.
 */
describe.each(testDrivers())('expired-session housekeeping on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { sessionSweepMs: 20 } });
  });
  afterAll(async () => t?.cleanup());

  const exists = (sessionId: string) =>
    t.store.sessions.get(t.account.id, sessionId).then(
      () => true,
      () => false,
    );

  it('deletes sessions expired for more than a day, and keeps the rest', async () => {
    const old = sessionOf(await t.rootToken());
    t.clock.advance(26 * HOUR);
    const recent = sessionOf(await t.rootToken());
    t.clock.advance(2 * HOUR);
    const token = await t.rootToken();
    await vi.waitFor(async () => expect(await exists(old)).toBe(false), { timeout: 10_000, interval: 20 });
    // Several sweeps later, a session expired an hour ago and a live one are still there.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await exists(recent)).toBe(true);
    expect(await exists(sessionOf(token))).toBe(true);
    expect(
      ok(await t.gql<{ getCallerIdentity: { arn: string } }>(WHO, {}, { token })).getCallerIdentity.arn,
    ).toMatch(/:root$/);
  });
});
