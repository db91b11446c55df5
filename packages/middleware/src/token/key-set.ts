import {
  type CryptoKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
} from 'jose';
import { AuthenticationError, MiddlewareConfigError } from '../errors.js';

/** Resolves the verification key for a token's protected header. */
export type KeyResolver = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/** Where the keys come from, and how a remote set is cached. */
export interface KeySetOptions {
  jwksUrl?: string | URL;
  jwks?: JSONWebKeySet;
  jwksCooldown?: number;
  jwksCacheMaxAge?: number;
  jwksTimeout?: number;
  allowHttpJwks?: boolean;
}

// Failures that a different token could fix; every other failure of a remote set is the key server's.
const TOKEN_FAULTS = new Set([
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_NOT_SUPPORTED',
]);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function remoteUrl(value: string | URL, allowHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MiddlewareConfigError('InvalidOption', `\`jwksUrl\` \`${String(value)}\` is not a URL`);
  }
  // Keys fetched over plain HTTP could be replaced in transit, and with them every token forged.
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && (allowHttp || LOOPBACK.has(url.hostname)));
  if (!secure) {
    throw new MiddlewareConfigError('InvalidOption', `\`jwksUrl\` must use https: \`${url.href}\``);
  }
  return url;
}

/**
 * A key resolver over a local JSON Web Key Set, or over the gateway's published set (fetched on first use, cached
 * for `jwksCacheMaxAge`, fetched again on an unknown `kid` at most once per `jwksCooldown`; jose does both).
 */
export function createKeyResolver(options: KeySetOptions): KeyResolver {
  const { jwks, jwksUrl } = options;
  if ((jwks === undefined) === (jwksUrl === undefined)) {
    throw new MiddlewareConfigError('InvalidOption', 'give exactly one of `jwks` and `jwksUrl`');
  }
  if (jwks !== undefined) {
    try {
      return createLocalJWKSet(jwks);
    } catch (error) {
      throw new MiddlewareConfigError(
        'InvalidOption',
        `\`jwks\` is not a JSON Web Key Set: ${String(error)}`,
      );
    }
  }
  const remote = createRemoteJWKSet(remoteUrl(jwksUrl as string | URL, options.allowHttpJwks === true), {
    cooldownDuration: options.jwksCooldown ?? 30_000,
    cacheMaxAge: options.jwksCacheMaxAge ?? 600_000,
    timeoutDuration: options.jwksTimeout ?? 5_000,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JOSEError && TOKEN_FAULTS.has(error.code)) throw error;
      throw new AuthenticationError('ServiceUnavailable', 'the signing keys could not be fetched', {
        cause: error,
      });
    }
  };
}
