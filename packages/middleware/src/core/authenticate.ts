import { AuthenticationError } from '../errors.js';
import { bearerToken } from '../token/bearer-token.js';
import type { TokenVerifier } from '../token/create-token-verifier.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import { type GateHooks, reportError } from './hooks.js';

/** The outcome of authenticating a request. */
export type Authentication =
  | { kind: 'authenticated'; principal: VerifiedPrincipal; token: string }
  | { kind: 'failed'; error: AuthenticationError };

/**
 * Reads the bearer token of an `Authorization` header and verifies it. Failures are values; an error that is not an
 * `AuthenticationError` (a custom verifier's bug) fails closed as `ServiceUnavailable` and is reported.
 */
export async function authenticate(
  verifier: TokenVerifier,
  authorization: string | undefined,
  hooks: GateHooks,
): Promise<Authentication> {
  try {
    const token = bearerToken(authorization);
    return { kind: 'authenticated', principal: await verifier.verify(token), token };
  } catch (error) {
    if (error instanceof AuthenticationError) {
      if (error.code === 'ServiceUnavailable') reportError(hooks, error, 'authenticate');
      return { kind: 'failed', error };
    }
    reportError(hooks, error, 'authenticate');
    const failure = new AuthenticationError('ServiceUnavailable', 'the token could not be verified', {
      cause: error,
    });
    return { kind: 'failed', error: failure };
  }
}
