import { describe, expect, it } from 'vitest';
import {
  createClient,
  GetAccountSummaryDocument,
  isIamgateError,
  NetworkError,
  retryPolicy,
  ServiceFailureError,
  UnexpectedResponseError,
} from '../src/index.js';
import { decisionUrl } from '../src/transport/decision-http.js';

/** The code of what `make` throws. */
function thrownCode(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    return isIamgateError(error) ? error.code : String(error);
  }
  return 'accepted';
}

describe('retryPolicy', () => {
  it('waits a random part of an exponentially growing ceiling, capped (full jitter)', () => {
    const top = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.9999 });
    expect([1, 2, 3, 4, 5, 6].map((retry) => top.delayBefore(retry))).toEqual([99, 199, 399, 799, 999, 999]);
    const bottom = retryPolicy({ random: () => 0 });
    expect(bottom.delayBefore(3)).toBe(0);
  });

  it('waits at least a Retry-After, within the cap', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 2000, random: () => 0 });
    expect(policy.delayBefore(1, 1500)).toBe(1500);
    expect(policy.delayBefore(1, 60_000)).toBe(2000);
  });

  it('defaults to 3 attempts, and false is one', () => {
    expect(retryPolicy(undefined).maxAttempts).toBe(3);
    expect(retryPolicy(false).maxAttempts).toBe(1);
  });

  it('refuses settings out of bounds', () => {
    expect(thrownCode(() => retryPolicy({ maxAttempts: 0 }))).toBe('InvalidConfiguration');
    expect(thrownCode(() => retryPolicy({ maxAttempts: 11 }))).toBe('InvalidConfiguration');
    expect(thrownCode(() => retryPolicy({ baseDelayMs: -1 }))).toBe('InvalidConfiguration');
    expect(thrownCode(() => retryPolicy({ maxDelayMs: 1.5 }))).toBe('InvalidConfiguration');
  });
});

describe('createClient', () => {
  it('refuses a URL that is not absolute http(s)', () => {
    expect(thrownCode(() => createClient({ url: '/graphql' }))).toBe('InvalidConfiguration');
    expect(thrownCode(() => createClient({ url: 'ftp://iam.example.com/graphql' }))).toBe(
      'InvalidConfiguration',
    );
  });

  it('calls /graphql when the URL has no path, and the URL as given otherwise', () => {
    expect(createClient({ url: 'https://iam.example.com' }).url).toBe('https://iam.example.com/graphql');
    expect(createClient({ url: 'https://example.com/iam/graphql' }).url).toBe(
      'https://example.com/iam/graphql',
    );
  });
});

describe('responses that are not what the client asked for', () => {
  const sleep = async () => {};

  it('does not retry a 503 that carries a GraphQL error: the gateway answered', async () => {
    let calls = 0;
    const client = createClient({
      url: 'https://iam.example.com',
      retry: { sleep },
      fetch: async () => {
        calls += 1;
        return Response.json(
          {
            errors: [
              {
                message: 'internal failure',
                path: ['getAccountSummary'],
                extensions: { code: 'ServiceFailure' },
              },
            ],
          },
          { status: 503 },
        );
      },
    });
    await expect(client.request(GetAccountSummaryDocument)).rejects.toBeInstanceOf(ServiceFailureError);
    expect(calls).toBe(1);
  });

  it('turns a page that is not GraphQL into UnexpectedResponse with its status and request id', async () => {
    const client = createClient({
      url: 'https://iam.example.com',
      fetch: async () =>
        new Response('<h1>not found</h1>', {
          status: 404,
          headers: { 'content-type': 'text/html', 'x-request-id': 'r-1' },
        }),
    });
    const error = await client.api.getAccountSummary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ code: 'UnexpectedResponse', httpStatus: 404, requestId: 'r-1' });
    const empty = createClient({ url: 'https://iam.example.com', fetch: async () => Response.json({}) });
    await expect(empty.api.getAccountSummary()).rejects.toMatchObject({ code: 'UnexpectedResponse' });
  });
});

describe('the decision endpoint URL', () => {
  it('sits beside the GraphQL endpoint, under the same path prefix', () => {
    expect(decisionUrl('https://iam.example.com/graphql')).toBe('https://iam.example.com/authorize');
    expect(decisionUrl('https://example.com/iam/graphql')).toBe('https://example.com/iam/authorize');
  });
});

describe('a gateway that never answers', () => {
  const noRetry = { maxAttempts: 1 } as const;

  it('fails the attempt after requestTimeoutMs instead of hanging, whether the headers or the body never come', async () => {
    const silent = createClient({
      url: 'http://gateway.test',
      fetch: () => new Promise<Response>(() => {}),
      requestTimeoutMs: 50,
      retry: noRetry,
    });
    await expect(silent.api.getAccountSummary()).rejects.toBeInstanceOf(NetworkError);
    const stalledBody = new ReadableStream({ start: () => {} });
    const halfway = createClient({
      url: 'http://gateway.test',
      fetch: async () => new Response(stalledBody, { headers: { 'content-type': 'application/json' } }),
      requestTimeoutMs: 50,
      retry: noRetry,
    });
    await expect(halfway.api.getAccountSummary()).rejects.toBeInstanceOf(NetworkError);
  });

  it('aborts the attempt it gives up on, and retries it as a network failure', async () => {
    const signals: AbortSignal[] = [];
    const client = createClient({
      url: 'http://gateway.test',
      fetch: (request) => {
        signals.push(request.signal);
        return new Promise<Response>(() => {});
      },
      requestTimeoutMs: 30,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(client.api.getAccountSummary()).rejects.toMatchObject({ code: 'Network', attempts: 2 });
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
  });

  it('refuses a negative or non-numeric timeout, and waits for ever with 0', () => {
    const make = (requestTimeoutMs: number) => () =>
      createClient({ url: 'http://gateway.test', requestTimeoutMs });
    expect(thrownCode(make(-1))).toBe('InvalidConfiguration');
    expect(thrownCode(make(Number.NaN))).toBe('InvalidConfiguration');
    expect(thrownCode(make(0))).toBe('accepted');
  });
});
