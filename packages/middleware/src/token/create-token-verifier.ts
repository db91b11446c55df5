import { REGISTERED_CLAIMS } from '@iamgate/policy/contracts';
import { type JSONWebKeySet, jwtVerify } from 'jose';
import { AuthenticationError, MiddlewareConfigError } from '../errors.js';
import type { RevocationCheck } from '../revocation/revocation-check.js';
import { fromJoseError } from './jose-errors.js';
import { createKeyResolver } from './key-set.js';
import { principalFromClaims } from './session-claims.js';
import type { VerifiedPrincipal } from './verified-principal.js';

/** The asymmetric JWS algorithms a verifier may accept; symmetric ones make no sense with a public key set. */
export type VerificationAlgorithm =
  | 'EdDSA'
  | 'Ed25519'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512';

const ASYMMETRIC = new Set<string>([
  'EdDSA',
  'Ed25519',
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
]);

/** How to verify session tokens. Give exactly one of `jwks` and `jwksUrl`. */
export interface TokenVerifierOptions {
  /** The gateway's key set URL, `<gateway>/.well-known/jwks.json`. Must be https (or http on a loopback host). */
  jwksUrl?: string | URL;
  /** A key set held by the app itself. */
  jwks?: JSONWebKeySet;
  /** The expected `iss`: the gateway's issuer. */
  issuer: string;
  /** The expected `aud` (one of them, when a list). */
  audience: string | readonly string[];
  /** The accepted algorithms; a token signed with any other is `InvalidClientTokenId`. Default `['EdDSA', 'ES256']`. */
  algorithms?: readonly VerificationAlgorithm[];
  /** Seconds of clock skew tolerated on `exp` and `nbf`. Default 5. */
  clockTolerance?: number;
  /** Revocation check run after every successful verification. Default: none. */
  revocation?: RevocationCheck;
  /** Milliseconds after a fetch before an unknown `kid` may trigger another fetch of `jwksUrl`. Default 30,000. */
  jwksCooldown?: number;
  /** Milliseconds a fetched key set is used before it is fetched again. Default 600,000. */
  jwksCacheMaxAge?: number;
  /** Milliseconds before a key set fetch is abandoned. Default 5,000. */
  jwksTimeout?: number;
  /** Allow a plain-http `jwksUrl` on a non-loopback host (a private network you trust). Default false. */
  allowHttpJwks?: boolean;
  /** The current time; for tests. Default `() => new Date()`. */
  clock?: () => Date;
}

/** Verifies iamgate session tokens. */
export interface TokenVerifier {
  /** Verifies a compact JWT and returns its principal; throws `AuthenticationError` with a stable code. */
  verify(token: string): Promise<VerifiedPrincipal>;
}

function checkAlgorithms(algorithms: readonly string[]): string[] {
  if (algorithms.length === 0)
    throw new MiddlewareConfigError('InvalidOption', '`algorithms` must not be empty');
  for (const alg of algorithms) {
    if (!ASYMMETRIC.has(alg)) {
      throw new MiddlewareConfigError('InvalidOption', `\`${alg}\` is not an asymmetric signature algorithm`);
    }
  }
  return [...algorithms];
}

/**
 * Creates a strict verifier of iamgate session tokens: algorithms pinned, signature checked against the gateway's key
 * set, `iss`, `aud`, `exp` and `nbf` checked, the iamgate claims required, then the revocation check.
 *
 * @example
 * const verifier = createTokenVerifier({
 *   jwksUrl: 'https://iam.example.com/.well-known/jwks.json',
 *   issuer: 'https://iam.example.com',
 *   audience: 'orders-service',
 * });
 * const principal = await verifier.verify(token); // throws AuthenticationError, e.g. code `ExpiredToken`
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  if (typeof options.issuer !== 'string' || options.issuer === '') {
    throw new MiddlewareConfigError('InvalidOption', '`issuer` is required');
  }
  const audience = typeof options.audience === 'string' ? options.audience : [...(options.audience ?? [])];
  if (audience.length === 0) throw new MiddlewareConfigError('InvalidOption', '`audience` is required');
  const clockTolerance = options.clockTolerance ?? 5;
  if (!Number.isFinite(clockTolerance) || clockTolerance < 0) {
    throw new MiddlewareConfigError(
      'InvalidOption',
      '`clockTolerance` must be a non-negative number of seconds',
    );
  }
  const algorithms = checkAlgorithms(options.algorithms ?? ['EdDSA', 'ES256']);
  const keys = createKeyResolver(options);
  const { revocation, clock } = options;
  const verifyOptions = {
    algorithms,
    issuer: options.issuer,
    audience,
    clockTolerance,
    requiredClaims: [...REGISTERED_CLAIMS],
  };

  return {
    async verify(token) {
      let principal: VerifiedPrincipal;
      try {
        const currentDate = clock?.();
        const { payload } = await jwtVerify(
          token,
          keys,
          currentDate ? { ...verifyOptions, currentDate } : verifyOptions,
        );
        principal = principalFromClaims(payload);
      } catch (error) {
        throw fromJoseError(error);
      }
      if (revocation === undefined) return principal;
      let revoked: boolean;
      try {
        revoked = await revocation.isRevoked(principal);
      } catch (error) {
        throw new AuthenticationError('ServiceUnavailable', 'the revocation state could not be checked', {
          cause: error,
        });
      }
      if (revoked) throw new AuthenticationError('ExpiredToken', "the token's session has been revoked");
      return principal;
    },
  };
}
