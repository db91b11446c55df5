import type { VerifiedPrincipal } from '../token/verified-principal.js';
import type { RevocationCheck } from './revocation-check.js';

/** An in-memory revocation state: single sessions, and every session of a principal or role issued before a time. */
export interface RevocationList extends RevocationCheck {
  /** Revokes one session (`revokeSession(sessionId)` at the gateway). */
  revokeSession(sessionId: string): void;
  /**
   * Revokes every session of `arn` issued at or before `before` (default now). `arn` is a user or root ARN, or a
   * role ARN, which covers every session of that role (`revokeRoleSessions(roleArn)` at the gateway).
   */
  revokeIssuedBefore(arn: string, before?: Date): void;
  isRevoked(principal: VerifiedPrincipal): boolean;
}

const ROLE_ARN = /^arn:([^:]+):iam::([^:]+):role\/(?:[^/]*\/)*([^/]+)$/;
const SESSION_ARN = /^arn:([^:]+):sts::([^:]+):assumed-role\/([^/]+)\/[^/]+$/;

// Role names are unique within an account, so partition, account and name identify a role whatever its path.
function roleKey(partition: string, account: string, name: string): string {
  return `role:${partition}:${account}:${name}`;
}

function keyOfArn(arn: string): string {
  const role = ROLE_ARN.exec(arn);
  return role ? roleKey(role[1] as string, role[2] as string, role[3] as string) : arn;
}

function keysOfPrincipal(principal: VerifiedPrincipal): string[] {
  const session = SESSION_ARN.exec(principal.arn);
  if (session)
    return [principal.arn, roleKey(session[1] as string, session[2] as string, session[3] as string)];
  return principal.roleArn === undefined ? [principal.arn] : [principal.arn, keyOfArn(principal.roleArn)];
}

/**
 * Creates an in-memory `RevocationCheck` that the app (or the SDK's revocation feed) writes to.
 *
 * A token issued in the same second as a revocation counts as revoked: `iat` has one-second resolution and failing
 * closed is the safe side.
 *
 * @example
 * const revocation = createRevocationList();
 * const verifier = createTokenVerifier({ jwksUrl, issuer, audience, revocation });
 * revocation.revokeIssuedBefore('arn:iamgate:iam::123456789012:role/Deployer'); // every current Deployer session
 */
export function createRevocationList(): RevocationList {
  const sessions = new Set<string>();
  // Key (ARN, or role key) -> revocation time in seconds since the epoch.
  const cutoffs = new Map<string, number>();
  return {
    revokeSession(sessionId) {
      sessions.add(sessionId);
    },
    revokeIssuedBefore(arn, before = new Date()) {
      const key = keyOfArn(arn);
      const at = Math.floor(before.getTime() / 1000);
      cutoffs.set(key, Math.max(at, cutoffs.get(key) ?? at));
    },
    isRevoked(principal) {
      if (sessions.has(principal.sessionId)) return true;
      if (cutoffs.size === 0) return false;
      for (const key of keysOfPrincipal(principal)) {
        const cutoff = cutoffs.get(key);
        if (cutoff !== undefined && principal.issuedAt <= cutoff) return true;
      }
      return false;
    },
  };
}
