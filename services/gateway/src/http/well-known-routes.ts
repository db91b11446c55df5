import type { Logger } from '../logging/logger.js';
import type { SigningKeyRing } from '../tokens/signing-key-ring.js';
import { json, type Route } from './use-routes.js';

/**
 * `/readyz`: ready when the database answers and a signing key is available (so tokens can be issued and
 * verified). `/.well-known/jwks.json`: the public keys that verify session tokens (RFC 7517), cacheable briefly so
 * a rotation reaches verifiers within a minute.
 */
export function wellKnownRoutes(keys: SigningKeyRing, logger: Logger): Route[] {
  return [
    {
      method: 'GET',
      path: '/readyz',
      handle: async () => {
        try {
          await keys.signingKey();
          return json(200, { status: 'ready' });
        } catch (error) {
          logger.warn('not ready', { error });
          return json(503, { status: 'unavailable' });
        }
      },
    },
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handle: async () => json(200, await keys.jwks(), { 'cache-control': 'public, max-age=60' }),
    },
  ];
}
