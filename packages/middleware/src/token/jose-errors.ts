import { errors } from 'jose';
import { AuthenticationError, type AuthenticationErrorCode } from '../errors.js';

/**
 * jose's error codes and ours, as the gateway maps them: an expired token is `ExpiredToken`, anything else wrong
 * with a token (garbled, badly signed, not valid yet, unexpected claims) `InvalidClientTokenId`; both are 401s.
 */
const BY_JOSE_CODE: Record<string, AuthenticationErrorCode> = {
  ERR_JWT_EXPIRED: 'ExpiredToken',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'InvalidClientTokenId',
  ERR_JOSE_ALG_NOT_ALLOWED: 'InvalidClientTokenId',
  ERR_JOSE_NOT_SUPPORTED: 'InvalidClientTokenId',
  ERR_JWKS_NO_MATCHING_KEY: 'InvalidClientTokenId',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'InvalidClientTokenId',
  ERR_JWS_INVALID: 'InvalidClientTokenId',
  ERR_JWT_INVALID: 'InvalidClientTokenId',
};

const MESSAGES: Record<string, string> = {
  ERR_JWT_EXPIRED: 'the token has expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'the token signature is not valid',
  ERR_JOSE_ALG_NOT_ALLOWED: 'the token is signed with an algorithm that is not accepted',
  ERR_JOSE_NOT_SUPPORTED: 'the token uses an unsupported algorithm or key',
  ERR_JWKS_NO_MATCHING_KEY: 'no signing key matches the token',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'more than one signing key matches the token; it must name its `kid`',
  ERR_JWS_INVALID: 'the bearer token is not a well-formed JWS',
  ERR_JWT_INVALID: 'the bearer token is not a well-formed JWT',
};

/** Maps an error thrown by `jwtVerify` to an `AuthenticationError`; anything unforeseen fails closed as a 401. */
export function fromJoseError(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' && error.reason === 'check_failed') {
      return new AuthenticationError('InvalidClientTokenId', 'the token is not valid yet', { cause: error });
    }
    const what = error.reason === 'missing' ? 'is missing' : 'has an unexpected value';
    return new AuthenticationError('InvalidClientTokenId', `the \`${error.claim}\` claim ${what}`, {
      cause: error,
    });
  }
  if (error instanceof errors.JOSEError) {
    const code = BY_JOSE_CODE[error.code];
    if (code !== undefined)
      return new AuthenticationError(code, MESSAGES[error.code] as string, { cause: error });
  }
  return new AuthenticationError('InvalidClientTokenId', 'the token could not be verified', { cause: error });
}
