import { configurePasswordHashLimits, passwordHashLimiter } from '@iamgate/store';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

/** `n` of `code`, for comparing code lists. */
const times = (n: number, code: string) => Array.from({ length: n }, () => code);

describe.each(testDrivers())('password hash queue on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  const user = (userName: string, password: string) => ({
    user: { account: t.account.id, userName, password },
  });

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_SIGNIN_MAX_FAILURES: '5' });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // Password hashing runs on libuv's thread pool, which token signing and file I/O share: the store lets a few
  // hashes run and a few dozen wait, and refuses the rest at once rather than let sign-ins starve everything.
  it('refuses sign-ins with Throttling while the password-hash queue is full, uncounted, and serves other calls', async () => {
    await userWithPolicy(t, root, 'storm', null);
    const limits = passwordHashLimiter.stats();
    configurePasswordHashLimits({ concurrency: 1, queue: 1 });
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const held = [passwordHashLimiter.run(() => busy), passwordHashLimiter.run(() => busy)];
    try {
      for (let i = 0; i < 6; i++) {
        const refused = await t.gql(SIGN_IN, { input: user('storm', USER_PASSWORD) });
        expect([refused.status, codeOf(refused), refused.headers.get('retry-after')]).toEqual([
          429,
          'Throttling',
          '1',
        ]);
      }
      // Calls that hash nothing are not held up.
      ok(await t.gql('{ getUser(userName: "storm") { userName } }', {}, { token: root }));
    } finally {
      release();
      await Promise.all(held);
      configurePasswordHashLimits({ concurrency: limits.concurrency, queue: limits.queue });
    }
    // The six unchecked attempts were not counted against the principal (the limit is 5).
    ok(await t.gql(SIGN_IN, { input: user('storm', USER_PASSWORD) }));
    const audited = await t.store.audit.list({
      accountId: t.account.id,
      principalArn: `arn:iamgate:iam::${t.account.id}:user/storm`,
      action: 'iamgate:SignIn',
      decision: 'Deny',
    });
    expect(audited.edges.map((e) => e.node.errorCode)).toEqual(times(6, 'Throttling'));
  });
});
