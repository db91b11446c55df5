import type { Plugin } from 'graphql-yoga';
import { ERROR_STATUS } from '../errors/error-codes.js';
import { json, type RouteAnswer } from './use-routes.js';

/** The answer when a request outlives its deadline: a retryable `ServiceUnavailable`, as GraphQL-over-HTTP JSON. */
export function deadlineAnswer(timeoutMs: number): RouteAnswer {
  return json(
    ERROR_STATUS.ServiceUnavailable,
    {
      errors: [
        {
          message: `the request did not finish within ${timeoutMs} ms; retry later`,
          extensions: { code: 'ServiceUnavailable' },
        },
      ],
    },
    { 'retry-after': '1' },
  );
}

/** The deadline answer as a `Response`, for GraphQL requests. */
function deadlineResponse(timeoutMs: number): Response {
  const { body, status, headers } = deadlineAnswer(timeoutMs);
  return new Response(body, { status, headers });
}

/**
 * `handled`, or `late(timeoutMs)` (a retryable `ServiceUnavailable`) once `timeoutMs` pass first (no deadline when
 * `timeoutMs` is not positive). The work is not stopped; its late result is dropped.
 */
export function withinDeadline<T>(
  handled: Promise<T>,
  timeoutMs: number,
  late: (timeoutMs: number) => T,
): Promise<T> {
  if (!(timeoutMs > 0)) return handled;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late(timeoutMs)), timeoutMs);
  });
  return Promise.race([handled, expired]).finally(() => clearTimeout(timer));
}

/**
 * Gives every request a deadline: if no response has started after `timeoutMs` (a stalled database, a stuck
 * transaction, an overloaded instance), the client gets a retryable `ServiceUnavailable` 503 at once instead of
 * waiting on a socket. The work itself cannot be stopped and finishes (or times out in the store) in the
 * background; its result is dropped. A subscription's deadline ends when its event stream starts. The plain routes
 * (`use-routes.ts`) are answered before GraphQL's handler and apply the same deadline themselves.
 */
export function useRequestDeadline(timeoutMs: number): Plugin {
  return {
    onRequest({ requestHandler, setRequestHandler }) {
      if (!(timeoutMs > 0)) return;
      setRequestHandler((request, serverContext) =>
        withinDeadline(Promise.resolve(requestHandler(request, serverContext)), timeoutMs, deadlineResponse),
      );
    },
  };
}
