import type { FetchLike } from '../../src/index.js';

/** A fetch that records the operation name (or, for a request to another endpoint, the path) of every request. */
export interface RecordingFetch {
  fetch: FetchLike;
  /** Operation names (`/authorize` for the decision endpoint), in the order they were sent. */
  sent: string[];
}

/**
 * Wraps `inner` (the gateway's in-process handler) so that a test can count what the client sent: sign-ins, a
 * request sent once more after `ExpiredToken`, attempts of a retried request.
 */
export function recordingFetch(inner: FetchLike): RecordingFetch {
  const sent: string[] = [];
  return {
    sent,
    fetch: async (request) => {
      const body = (await request.clone().json()) as { operationName?: string };
      const path = new URL(request.url).pathname;
      sent.push(body.operationName ?? (path.endsWith('/graphql') ? '(anonymous)' : path));
      return inner(request);
    },
  };
}

/**
 * A fetch that fails the first `failures` requests as the network would (`fail` decides how: throw, or answer like
 * a proxy), then passes requests on to `inner`. `calls` counts every request.
 */
export function flakyFetch(
  inner: FetchLike,
  failures: number,
  fail: (attempt: number) => Promise<Response> = async () => {
    throw new TypeError('fetch failed');
  },
): FetchLike & { calls: number } {
  const flaky = Object.assign(
    async (request: Request) => {
      flaky.calls += 1;
      if (flaky.calls <= failures) return fail(flaky.calls);
      return inner(request);
    },
    { calls: 0 },
  );
  return flaky;
}
