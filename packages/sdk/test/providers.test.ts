import { testClock } from '@iamgate/gateway/testing';
import { describe, expect, it } from 'vitest';
import {
  type CredentialContext,
  fromAccessKey,
  fromEnv,
  fromPassword,
  fromSessionToken,
  isIamgateError,
  refreshingProvider,
  type SessionCredentials,
  toCredentialProvider,
} from '../src/index.js';

const MINUTE = 60_000;

/** A context whose gateway must not be called: these providers get their credentials elsewhere. */
function offlineContext(now: () => Date): CredentialContext {
  return {
    now,
    execute: () => Promise.reject(new Error('this test does not call a gateway')),
  };
}

/** An `obtain` that hands out numbered sessions lasting `minutes`, counting its calls. */
function issuer(now: () => Date, minutes: number | undefined) {
  const issued = { count: 0 };
  const obtain = async (): Promise<SessionCredentials> => {
    issued.count += 1;
    const token = `token-${issued.count}`;
    return minutes === undefined
      ? { token }
      : { token, expiresAt: new Date(now().getTime() + minutes * MINUTE) };
  };
  return { issued, obtain };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('refreshingProvider', () => {
  it('caches a session and renews it five minutes before it expires', async () => {
    const clock = testClock();
    const context = offlineContext(clock.now);
    const { issued, obtain } = issuer(clock.now, 60);
    const provider = refreshingProvider(obtain);
    expect((await provider.resolve(context)).token).toBe('token-1');
    clock.advance(54 * 60);
    expect((await provider.resolve(context)).token).toBe('token-1');
    clock.advance(61);
    expect((await provider.resolve(context)).token).toBe('token-2');
    expect(issued.count).toBe(2);
  });

  it('renews a short session at half its lifetime', async () => {
    const clock = testClock();
    const context = offlineContext(clock.now);
    const { obtain } = issuer(clock.now, 4);
    const provider = refreshingProvider(obtain);
    await provider.resolve(context);
    clock.advance(119);
    expect((await provider.resolve(context)).token).toBe('token-1');
    clock.advance(1);
    expect((await provider.resolve(context)).token).toBe('token-2');
  });

  it('never renews credentials without an expiry, unless forced', async () => {
    const clock = testClock();
    const context = offlineContext(clock.now);
    const { obtain } = issuer(clock.now, undefined);
    const provider = refreshingProvider(obtain);
    await provider.resolve(context);
    clock.advance(365 * 24 * 3600);
    expect((await provider.resolve(context)).token).toBe('token-1');
    expect((await provider.resolve(context, { forceRefresh: true })).token).toBe('token-2');
  });

  it('shares one renewal between concurrent callers', async () => {
    const clock = testClock();
    const context = offlineContext(clock.now);
    const { issued, obtain } = issuer(clock.now, 60);
    const provider = refreshingProvider(obtain);
    const tokens = await Promise.all([1, 2, 3].map(() => provider.resolve(context)));
    expect(tokens.map((c) => c.token)).toEqual(['token-1', 'token-1', 'token-1']);
    expect(issued.count).toBe(1);
  });

  it('keeps a valid session when renewal fails, retries later, and fails once it has expired', async () => {
    const clock = testClock();
    const context = offlineContext(clock.now);
    let failing = false;
    let calls = 0;
    const provider = refreshingProvider(async () => {
      calls += 1;
      if (failing) throw new Error('gateway down');
      return { token: `token-${calls}`, expiresAt: new Date(clock.now().getTime() + 60 * MINUTE) };
    });
    await provider.resolve(context);
    failing = true;
    clock.advance(56 * 60);
    expect((await provider.resolve(context)).token).toBe('token-1');
    expect(calls).toBe(2);
    clock.advance(29);
    expect((await provider.resolve(context)).token).toBe('token-1');
    expect(calls).toBe(2); // no new attempt within 30 seconds of a failure
    clock.advance(1);
    await provider.resolve(context);
    expect(calls).toBe(3);
    clock.advance(4 * 60);
    await expect(provider.resolve(context)).rejects.toThrow('gateway down');
    failing = false;
    expect((await provider.resolve(context)).token).toBe('token-5');
  });
});

describe('fromEnv', () => {
  const context = offlineContext(() => new Date());

  it('uses IAMGATE_SESSION_TOKEN as it is, before an access key pair', async () => {
    const provider = fromEnv({
      env: { IAMGATE_SESSION_TOKEN: 'a.b.c', IAMGATE_ACCESS_KEY_ID: 'AKIA', IAMGATE_SECRET_ACCESS_KEY: 's' },
    });
    expect(await provider.resolve(context)).toEqual({ token: 'a.b.c' });
  });

  it('reads process.env by default', async () => {
    process.env.IAMGATE_SESSION_TOKEN = 'from.process.env';
    try {
      expect((await fromEnv().resolve(context)).token).toBe('from.process.env');
    } finally {
      delete process.env.IAMGATE_SESSION_TOKEN;
    }
  });

  it('fails with MissingCredentials naming what is missing', async () => {
    const half = await rejection(fromEnv({ env: { IAMGATE_ACCESS_KEY_ID: 'AKIA' } }).resolve(context));
    expect(isIamgateError(half, 'MissingCredentials')).toBe(true);
    expect((half as Error).message).toContain('IAMGATE_SECRET_ACCESS_KEY');
    const none = await rejection(fromEnv({ env: {} }).resolve(context));
    expect(isIamgateError(none, 'MissingCredentials')).toBe(true);
  });
});

describe('credentials given as values', () => {
  const context = offlineContext(() => new Date());

  it('gets the matching provider', async () => {
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    expect(await toCredentialProvider({ sessionToken: 't', expiresAt }).resolve(context)).toEqual({
      token: 't',
      expiresAt,
    });
    const provider = fromSessionToken('t');
    expect(toCredentialProvider(provider)).toBe(provider);
  });

  it('refuses incomplete or unknown credentials with InvalidConfiguration', () => {
    const code = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return isIamgateError(error) ? error.code : 'not an SDK error';
      }
      return 'accepted';
    };
    expect(code(() => fromAccessKey({ accessKeyId: 'AKIA', secretAccessKey: '' }))).toBe(
      'InvalidConfiguration',
    );
    expect(code(() => fromPassword({ account: '', userName: 'bob', password: 'p' }))).toBe(
      'InvalidConfiguration',
    );
    expect(code(() => fromPassword({ email: 'root@example.com', password: '' }))).toBe(
      'InvalidConfiguration',
    );
    expect(code(() => fromSessionToken(''))).toBe('InvalidConfiguration');
    expect(code(() => toCredentialProvider({ apiKey: 'x' } as never))).toBe('InvalidConfiguration');
    expect(code(() => toCredentialProvider({ accessKeyId: 'AKIA', secretAccessKey: 's' }))).toBe('accepted');
  });
});
