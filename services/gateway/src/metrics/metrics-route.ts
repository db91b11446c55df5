import { createHash, timingSafeEqual } from 'node:crypto';
import { json, type Route } from '../http/use-routes.js';
import type { PrometheusMetrics } from './prometheus-metrics.js';

/** Where Prometheus scrapes. */
export const METRICS_PATH = '/metrics';

/** Whether `request` carries `Authorization: Bearer <token>`, compared in constant time (digests of equal size). */
function bearerMatches(request: Request, token: string): boolean {
  const header = request.headers.get('authorization') ?? '';
  const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * `GET /metrics`: the Prometheus exposition text, never cached. With a token, only requests that carry it as a
 * bearer token are answered (401 `Unauthenticated` otherwise), for gateways whose port people can reach.
 */
export function metricsRoute(metrics: PrometheusMetrics, token: string | undefined): Route {
  return {
    method: 'GET',
    path: METRICS_PATH,
    handle: async (request) => {
      if (token !== undefined && !bearerMatches(request, token)) {
        return json(
          401,
          { code: 'Unauthenticated', message: 'send `Authorization: Bearer <IAMGATE_METRICS_TOKEN>`' },
          { 'www-authenticate': 'Bearer' },
        );
      }
      const { text, contentType } = await metrics.exposition();
      return {
        status: 200,
        body: text,
        headers: { 'content-type': contentType, 'cache-control': 'no-store' },
      };
    },
  };
}
