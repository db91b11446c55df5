import type { VerifiedPrincipal } from '../token/verified-principal.js';

/**
 * The port through which the verifier asks whether a session was revoked (by `revokeSession`, or by
 * `revokeRoleSessions` for every session of a role issued before a time). The SDK implements it from the gateway's
 * revocation feed; `createRevocationList` is an in-memory implementation.
 *
 * A check that throws (or rejects) makes the request fail with `ServiceUnavailable`: without an answer the
 * token cannot be trusted.
 *
 * @example
 * const revocation: RevocationCheck = { isRevoked: (p) => revokedSessions.has(p.sessionId) };
 */
export interface RevocationCheck {
  /** Whether the session of this verified token has been revoked. */
  isRevoked(principal: VerifiedPrincipal): boolean | Promise<boolean>;
}
