import type { Plugin } from 'graphql-yoga';
import { ERROR_STATUS } from '../errors/error-codes.js';
import { json } from './use-routes.js';

/** The answer when a request outlives its deadline: a retryable `ServiceUnavailable`, as GraphQL-over-HTTP JSON. */
function deadlineResponse(timeoutMs: number): Response {
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

/**
 * `handled`, or a retryable `ServiceUnavailable` once `timeoutMs` pass first (no deadline when `timeoutMs` is not
 * positive). The work is not stopped; its late result is dropped.
 */
export function withinDeadline(handled: Promise<Response>, timeoutMs: number): Promise<Response> {
  if (!(timeoutMs > 0)) return handled;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<Response>((resolve) => {
    timer = setTimeout(() => resolve(deadlineResponse(timeoutMs)), timeoutMs);
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
        withinDeadline(Promise.resolve(requestHandler(request, serverContext)), timeoutMs),
      );
    },
  };
}
