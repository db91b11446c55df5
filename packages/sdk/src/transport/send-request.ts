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
 * One attempt: the response and its whole body, within `timeoutMs` (none when not positive). The attempt's request
 * is aborted when the caller's `signal` is, or when the time is up; the race also ends an attempt whose `fetch`
 * ignores aborts (an in-process gateway's), so a gateway that never answers can hang no caller.
 */
async function attempt(
  build: (signal: AbortSignal) => Request,
  fetch: FetchLike,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ response: Response; body: string }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    if (!(timeoutMs > 0)) return;
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        const response = await fetch(build(controller.signal));
        return { response, body: await response.text() };
      })(),
      timedOut,
    ]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends a request built fresh for each attempt (a body can be read once) and reads the whole response, each attempt
 * within `timeoutMs`. A failure to reach the gateway (fetch rejects, the body cannot be read, or no answer in time)
 * and a 502, 503 or 504 that is not a GraphQL response are retried as `policy` says; any other response, GraphQL
 * errors included, is returned as it is. An abort through `signal` is never retried. After the last attempt a
 * `NetworkError` is thrown with the last failure as `cause`.
 */
export async function sendRequest(
  build: (signal: AbortSignal) => Request,
  fetch: FetchLike,
  policy: RetryPolicy,
  signal?: AbortSignal,
  timeoutMs = 0,
): Promise<HttpReply> {
  let lastFailure: unknown;
  let lastStatus: number | undefined;
  let attempts = 0;
  while (attempts < policy.maxAttempts) {
    attempts += 1;
    signal?.throwIfAborted();
    let waitAtLeast: number | undefined;
    try {
      const { response, body } = await attempt(build, fetch, timeoutMs, signal);
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
    if (attempts < policy.maxAttempts) await policy.sleep(policy.delayBefore(attempts, waitAtLeast), signal);
  }
  const what = lastStatus === undefined ? 'could not be reached' : `answered HTTP ${lastStatus}`;
  throw new NetworkError(`the gateway ${what} (${attempts} attempts)`, {
    attempts,
    cause: lastFailure,
    ...(lastStatus === undefined ? {} : { httpStatus: lastStatus }),
  });
}
