import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logging/logger.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';

/** Per-request data the gateway keeps outside the GraphQL context (routes answered before GraphQL runs use it). */
export interface RequestMeta {
  requestId: string;
  startedAt: number;
}

/**
 * Gives every request an id, returns it in the `x-request-id` response header and writes one structured log line
 * per request with its method, path, status and duration.
 */
export function useRequestId(logger: Logger, metas: WeakMap<Request, RequestMeta>): Plugin {
  return {
    onRequest({ request }) {
      metas.set(request, { requestId: requestIdOf(request), startedAt: performance.now() });
    },
    onResponse({ request, response }) {
      const meta = metas.get(request);
      if (meta === undefined) return;
      response.headers.set(REQUEST_ID_HEADER, meta.requestId);
      logger.info('request', {
        requestId: meta.requestId,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: Math.round((performance.now() - meta.startedAt) * 100) / 100,
      });
    },
  };
}
