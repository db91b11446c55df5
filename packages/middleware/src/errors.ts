/**
 * The stable codes the middleware answers with, and the HTTP status of each. Clients branch on the code, never on
 * the message.
 *
 * CAUTION: these codes are a public contract; apps and the SDK match on them.
 */
export const DENIAL_STATUS = {
  /** No bearer token, or one that is not a JWT at all. */
  UNAUTHENTICATED: 401,
  /** The token is a JWT but fails verification: signature, algorithm, key, issuer, audience or claims. */
  TOKEN_INVALID: 401,
  /** The token's `exp` has passed (beyond the clock tolerance). */
  TOKEN_EXPIRED: 401,
  /** The token's `nbf` is still in the future (beyond the clock tolerance). */
  TOKEN_NOT_YET_VALID: 401,
  /** The token's session was revoked. */
  TOKEN_REVOKED: 401,
  /** The principal's policies do not allow the action on the resource. */
  ACCESS_DENIED: 403,
  /** An unexpected failure in the app's own mapping or context functions. */
  INTERNAL_ERROR: 500,
  /** The signing keys or the revocation state could not be obtained, so no token can be trusted right now. */
  AUTHENTICATION_UNAVAILABLE: 503,
  /** No current decision could be made (the policy snapshot is stale or the authorizer failed). */
  AUTHORIZATION_UNAVAILABLE: 503,
} as const;

/** A stable code of a refused request. */
export type DenialCode = keyof typeof DENIAL_STATUS;

/** The codes token verification can fail with. */
export type AuthenticationErrorCode = Extract<
  DenialCode,
  | 'UNAUTHENTICATED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'TOKEN_REVOKED'
  | 'AUTHENTICATION_UNAVAILABLE'
>;

/**
 * Token verification failed. Thrown by `TokenVerifier.verify`; the middleware turns it into a 401 (or a 503 for
 * `AUTHENTICATION_UNAVAILABLE`).
 *
 * @example
 * try {
 *   await verifier.verify(token);
 * } catch (error) {
 *   if (error instanceof AuthenticationError && error.code === 'TOKEN_EXPIRED') refresh();
 * }
 */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
  readonly code: AuthenticationErrorCode;
  /** 401, or 503 when the failure is ours rather than the token's. */
  readonly status: 401 | 503;

  constructor(code: AuthenticationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.status = DENIAL_STATUS[code];
  }
}

/** The codes of configuration mistakes, thrown when a verifier, gate or plugin is created. */
export type ConfigErrorCode = 'INVALID_OPTION' | 'INVALID_ROUTE';

/**
 * A configuration mistake (a missing key set, a symmetric algorithm, a malformed route or CIDR). Thrown at
 * creation time, never per request.
 *
 * @example
 * createTokenVerifier({ jwks, issuer, audience, algorithms: ['HS256'] }); // throws code `INVALID_OPTION`
 */
export class MiddlewareConfigError extends Error {
  override name = 'MiddlewareConfigError';
  readonly code: ConfigErrorCode;

  constructor(code: ConfigErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
