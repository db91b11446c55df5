import { parsePrincipal } from '@iamgate/policy';
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

// Role names are unique within an account, so partition, account and name identify a role whatever its path: a role
// ARN (with or without its path) and the sessions of the role have the same key.
function roleKey(arn: string, kind: 'Role' | 'AssumedRole'): string | undefined {
  const p = parsePrincipal(arn);
  return p.kind === kind ? `role:${p.partition}:${p.account}:${p.roleName}` : undefined;
}

function keyOfArn(arn: string): string {
  return roleKey(arn, 'Role') ?? arn;
}

function keysOfPrincipal(principal: VerifiedPrincipal): string[] {
  const role =
    roleKey(principal.arn, 'AssumedRole') ??
    (principal.roleArn === undefined ? undefined : keyOfArn(principal.roleArn));
  return role === undefined ? [principal.arn] : [principal.arn, role];
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
