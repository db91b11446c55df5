import { testClock } from '@iamgate/gateway/testing';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  ExpiredTokenError,
  fromAccessKey,
  fromPassword,
  fromSessionToken,
  type IamgateClient,
  isIamgateError,
  NetworkError,
  NoSuchEntityError,
} from '../../src/index.js';
import { allow } from '../support/policies.js';
import { flakyFetch, recordingFetch } from '../support/recording-fetch.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from '../support/test-gateway.js';

const HOUR = 3600;

describe.each(testDrivers())('sessions and retries against a real gateway on %s', (driver) => {
  let t: TestGateway;
  let root: IamgateClient;
  let key: { accessKeyId: string; secretAccessKey: string };

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = createClient({
      url: t.url,
      fetch: t.gateway.fetch,
      now: t.clock.now,
      credentials: fromPassword({ email: t.account.rootEmail, password: ROOT_PASSWORD }),
    });
    await root.api.createUser({ userName: 'worker' });
    await root.api.putUserPolicy({
      userName: 'worker',
      policyName: 'self',
      policyDocument: allow('iam:GetUser'),
    });
    key = await root.api.createAccessKey({ userName: 'worker' });
  });
  afterAll(async () => t?.cleanup());

  it('renews a session five minutes before it expires, not before', async () => {
    const recorder = recordingFetch(t.gateway.fetch);
    const worker = createClient({ url: t.url, fetch: recorder.fetch, now: t.clock.now, credentials: key });
    expect((await worker.api.getUser()).userName).toBe('worker');
    const first = await worker.credentials();
    t.clock.advance(HOUR - 301);
    await worker.api.getUser();
    expect((await worker.credentials())?.sessionId).toBe(first?.sessionId);
    t.clock.advance(2);
    await worker.api.getUser();
    const second = await worker.credentials();
    expect(second?.sessionId).not.toBe(first?.sessionId);
    expect(second?.expiresAt?.getTime()).toBeGreaterThan(first?.expiresAt?.getTime() ?? Number.NaN);
    expect(recorder.sent).toEqual(['SignIn', 'GetUser', 'GetUser', 'SignIn', 'GetUser']);
    // The renewed session outlives the first one on the gateway's clock.
    t.clock.advance(HOUR - 100);
    expect((await worker.api.getUser()).userName).toBe('worker');
  });

  it('signs in again and resends once when the gateway answers ExpiredToken', async () => {
    // The client's clock lags the gateway's by two hours, so it believes its session current when it is not.
    const lagging = testClock(new Date(t.clock.now().getTime() - 2 * HOUR * 1000));
    const recorder = recordingFetch(t.gateway.fetch);
    const worker = createClient({
      url: t.url,
      fetch: recorder.fetch,
      now: lagging.now,
      credentials: fromAccessKey(key),
    });
    await worker.credentials();
    t.clock.advance(HOUR + 1);
    expect((await worker.api.getUser()).userName).toBe('worker');
    expect(recorder.sent).toEqual(['SignIn', 'GetUser', 'SignIn', 'GetUser']);
  });

  it('leaves a session token given as it is alone when it expires', async () => {
    const session = await createClient({
      url: t.url,
      fetch: t.gateway.fetch,
      credentials: fromAccessKey(key),
      now: t.clock.now,
    }).credentials();
    const recorder = recordingFetch(t.gateway.fetch);
    const worker = createClient({
      url: t.url,
      fetch: recorder.fetch,
      credentials: fromSessionToken(session?.token ?? ''),
    });
    expect((await worker.api.getUser()).userName).toBe('worker');
    t.clock.advance(HOUR + 1);
    await expect(worker.api.getUser()).rejects.toBeInstanceOf(ExpiredTokenError);
    expect(recorder.sent).toEqual(['GetUser', 'GetUser']);
  });

  describe('retries', () => {
    let token: string;
    const sleeps: number[] = [];
    const retry = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 };
    const worker = (fetch: (request: Request) => Promise<Response>) =>
      createClient({
        url: t.url,
        fetch,
        credentials: { sessionToken: token },
        retry: {
          ...retry,
          sleep: async (ms) => {
            sleeps.push(ms);
          },
        },
      });

    beforeAll(async () => {
      token = (await root.credentials())?.token ?? '';
    });

    it('retries network failures with exponential backoff and jitter, then succeeds', async () => {
      sleeps.length = 0;
      const fetch = flakyFetch(t.gateway.fetch, 2);
      expect((await worker(fetch).api.getAccountSummary()).users).toBe(1);
      expect(fetch.calls).toBe(3);
      // Full jitter: half (random 0.5) of 100 ms, then of 200 ms.
      expect(sleeps).toEqual([50, 100]);
    });

    it('retries a proxy answering 502, 503 or 504', async () => {
      sleeps.length = 0;
      const statuses = [502, 503, 504];
      const fetch = flakyFetch(t.gateway.fetch, 3, async (attempt) => {
        const status = statuses[attempt - 1] ?? 502;
        return new Response('<html>upstream unavailable</html>', {
          status,
          headers: { 'content-type': 'text/html', ...(status === 503 ? { 'retry-after': '1' } : {}) },
        });
      });
      expect((await worker(fetch).api.getAccountSummary()).users).toBe(1);
      expect(fetch.calls).toBe(4);
      // Retry-After: 1 makes the second wait a second, within maxDelayMs.
      expect(sleeps).toEqual([50, 1000, 200]);
    });

    it('never retries a GraphQL error', async () => {
      const fetch = flakyFetch(t.gateway.fetch, 0);
      await expect(worker(fetch).api.getUser({ userName: 'nobody' })).rejects.toBeInstanceOf(
        NoSuchEntityError,
      );
      expect(fetch.calls).toBe(1);
      const denied = createClient({ url: t.url, fetch, credentials: key, retry });
      const error = await denied.api.listUsers().catch((e: unknown) => e);
      expect(isIamgateError(error, 'AccessDenied')).toBe(true);
      expect(fetch.calls).toBe(3); // the sign-in, and the refused request once
    });

    it('gives up after maxAttempts with a NetworkError carrying the last failure', async () => {
      sleeps.length = 0;
      const fetch = flakyFetch(t.gateway.fetch, Number.POSITIVE_INFINITY);
      const error = await worker(fetch)
        .api.getAccountSummary()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      if (!isIamgateError(error, 'Network')) throw error;
      expect(error.attempts).toBe(4);
      expect(error.cause).toBeInstanceOf(TypeError);
      expect(fetch.calls).toBe(4);
      expect(sleeps).toEqual([50, 100, 200]);
    });

    it('stops retrying when the call is aborted', async () => {
      const controller = new AbortController();
      const fetch = flakyFetch(t.gateway.fetch, Number.POSITIVE_INFINITY, async () => {
        controller.abort(new Error('the caller gave up'));
        throw new TypeError('fetch failed');
      });
      const call = worker(fetch).api.getAccountSummary(undefined, { signal: controller.signal });
      await expect(call).rejects.toThrow('the caller gave up');
      expect(fetch.calls).toBe(1);
    });
  });
});
