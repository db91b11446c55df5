import { ERROR_STATUS, type ErrorCode } from '@iamgate/policy/contracts';

/**
 * The codes the middleware refuses a request with: the gateway's own codes (`@iamgate/policy/contracts`' table, the
 * schema's `ErrorCode`), so that an app's clients branch on one set of codes whether the gateway or the app refused.
 * Clients branch on the code, never on the message.
 *
 * - `Unauthenticated` (401): no bearer token.
 * - `InvalidClientTokenId` (401): a token that is not a JWT, or fails verification (signature, algorithm, key,
 *   issuer, audience, claims, not valid yet).
 * - `ExpiredToken` (401): the token's `exp` has passed, or its session was revoked.
 * - `AccessDenied` (403): the principal's policies do not allow the action on the resource.
 * - `QueryTooComplex` (400): a GraphQL operation selects more fields than the plugin authorizes.
 * - `ServiceFailure` (500): an unexpected failure in the app's own mapping or context functions.
 * - `ServiceUnavailable` (503): the signing keys, the revocation state or a current decision (a fresh policy
 *   snapshot, an answering authorizer) could not be obtained, so nothing can be trusted right now.
 *
 * CAUTION: these codes are a public contract; apps and the SDK match on them.
 */
export type DenialCode = Extract<
  ErrorCode,
  | 'Unauthenticated'
  | 'InvalidClientTokenId'
  | 'ExpiredToken'
  | 'AccessDenied'
  | 'QueryTooComplex'
  | 'ServiceFailure'
  | 'ServiceUnavailable'
>;

/** The HTTP status of each denial code: the gateway's (`ERROR_STATUS` of `@iamgate/policy/contracts`). */
export const DENIAL_STATUS: { readonly [C in DenialCode]: (typeof ERROR_STATUS)[C] } = ERROR_STATUS;

/** The codes token verification can fail with. */
export type AuthenticationErrorCode = Extract<
  DenialCode,
  'Unauthenticated' | 'InvalidClientTokenId' | 'ExpiredToken' | 'ServiceUnavailable'
>;

/**
 * Token verification failed. Thrown by `TokenVerifier.verify`; the middleware turns it into a 401 (or a 503 for
 * `ServiceUnavailable`).
 *
 * @example
 * try {
 *   await verifier.verify(token);
 * } catch (error) {
 *   if (error instanceof AuthenticationError && error.code === 'ExpiredToken') refresh();
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
    this.status = ERROR_STATUS[code];
  }
}

/** The codes of configuration mistakes, thrown when a verifier, gate or plugin is created. */
export type ConfigErrorCode = 'InvalidOption' | 'InvalidRoute';

/**
 * A configuration mistake (a missing key set, a symmetric algorithm, a malformed route or CIDR). Thrown at
 * creation time, never per request.
 *
 * @example
 * createTokenVerifier({ jwks, issuer, audience, algorithms: ['HS256'] }); // throws code `InvalidOption`
 */
export class MiddlewareConfigError extends Error {
  override name = 'MiddlewareConfigError';
  readonly code: ConfigErrorCode;

  constructor(code: ConfigErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
