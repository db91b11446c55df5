import { NetworkError } from '../errors/sdk-errors.js';
import type { FetchLike } from './fetch-like.js';
import { RETRYABLE_STATUSES, type RetryPolicy } from './retry-policy.js';

/** A response read in full. */
export interface HttpReply {
  status: number;
  headers: Headers;
  body: string;
}

/** Whether `body` is a GraphQL response carrying errors: the gateway answered, so retrying would not help. */
function isGraphqlErrorReply(headers: Headers, body: string): boolean {
  if (!(headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    return Array.isArray(parsed.errors);
  } catch {
    return false;
  }
}

/** `Retry-After` in milliseconds when it is a number of seconds (RFC 9110 section 10.2.3); dates are ignored. */
function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

/**
 * Sends a request built fresh for each attempt (a body can be read once) and reads the whole response. A failure to
 * reach the gateway (fetch rejects, or the body cannot be read) and a 502, 503 or 504 that is not a GraphQL response
 * are retried as `policy` says; any other response, GraphQL errors included, is returned as it is. An abort through
 * `signal` is never retried. After the last attempt a `NetworkError` is thrown with the last failure as `cause`.
 */
export async function sendRequest(
  build: () => Request,
  fetch: FetchLike,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<HttpReply> {
  let lastFailure: unknown;
  let lastStatus: number | undefined;
  let attempt = 0;
  while (attempt < policy.maxAttempts) {
    attempt += 1;
    signal?.throwIfAborted();
    let waitAtLeast: number | undefined;
    try {
      const response = await fetch(build());
      const body = await response.text();
      if (!RETRYABLE_STATUSES.has(response.status) || isGraphqlErrorReply(response.headers, body)) {
        return { status: response.status, headers: response.headers, body };
      }
      lastStatus = response.status;
      lastFailure = new Error(`the gateway answered HTTP ${response.status}`);
      waitAtLeast = retryAfterMs(response.headers);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      lastStatus = undefined;
      lastFailure = error;
    }
    if (attempt < policy.maxAttempts) await policy.sleep(policy.delayBefore(attempt, waitAtLeast), signal);
  }
  const what = lastStatus === undefined ? 'could not be reached' : `answered HTTP ${lastStatus}`;
  throw new NetworkError(`the gateway ${what} (${attempt} attempts)`, {
    attempts: attempt,
    cause: lastFailure,
    ...(lastStatus === undefined ? {} : { httpStatus: lastStatus }),
  });
}
