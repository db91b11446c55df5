import type { Logger } from '../logging/logger.js';
import type { SigningKeyRing } from '../tokens/signing-key-ring.js';
import { type DiscoverySettings, openidConfiguration } from './openid-configuration.js';
import type { Readiness } from './readiness.js';
import { json, type Route } from './use-routes.js';

/**
 * `/readyz`: ready unless the instance is draining, its database does not answer within the readiness timeout, or
 * it has no signing key (503 with the reason). `/.well-known/jwks.json`: the public keys that verify session
 * tokens (RFC 7517), from memory, cacheable briefly so a rotation reaches verifiers within a minute.
 * `/.well-known/openid-configuration`: the OpenID Connect discovery document that leads standard libraries to it.
 */
export function wellKnownRoutes(
  keys: SigningKeyRing,
  readiness: Readiness,
  logger: Logger,
  discovery: DiscoverySettings,
): Route[] {
  const document = JSON.stringify(openidConfiguration(discovery));
  return [
    {
      method: 'GET',
      path: '/readyz',
      handle: async () => {
        const result = await readiness.check();
        if (result.ready) return json(200, { status: 'ready' });
        if (result.reason !== 'draining') logger.warn('not ready', { reason: result.reason });
        return json(503, { status: 'unavailable', reason: result.reason }, { 'retry-after': '1' });
      },
    },
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handle: () => json(200, keys.jwks(), { 'cache-control': 'public, max-age=60' }),
    },
    {
      method: 'GET',
      path: '/.well-known/openid-configuration',
      handle: () => ({
        status: 200,
        body: document,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'public, max-age=3600',
        },
      }),
    },
  ];
}
