import type { StoredResourcePolicy } from '@iamgate/policy';
import type {
  Connection,
  EffectivePolicies,
  EffectivePolicy,
  PrincipalRef,
  Repositories,
  Session,
  Tag,
} from '@iamgate/store';
import type { PolicyCache } from '../cache/policy-cache.js';
import type { AccountResourcePolicies } from './snapshot-resource-policies.js';

/** One policy of a snapshot, with the id decisions name it by. */
export interface SnapshotPolicy {
  id: string;
  document: string;
}

/** The effective policies of one principal, as a local evaluator needs them. */
export interface PrincipalPolicies {
  principalArn: string;
  principalType: 'root' | 'user' | 'role' | 'session';
  /** The session id, for a session's own entry (a role session with session policies). */
  sessionId: string | null;
  tags: Tag[];
  groups: string[];
  identity: SnapshotPolicy[];
  permissionsBoundary: SnapshotPolicy | null;
  session: SnapshotPolicy[];
  /** Guardrail levels from the organization's root down to the account; each must allow. */
  guardrails: { policies: SnapshotPolicy[] }[];
  /** The organization of the account (`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`), or null. */
  organization: { id: string; path: string } | null;
  revision: number;
}

/** A session that was revoked and whose token has not expired yet: middleware must refuse it. */
export interface RevokedSession {
  sessionId: string;
  principalArn: string;
  revokedAt: Date;
  expiresAt: Date;
}

/** Everything a local evaluator needs for an account (or one principal), at one revision. */
export interface PolicySnapshot {
  accountId: string;
  /** The oldest revision among the entries: refetch when the account's revision moves past it. */
  revision: number;
  generatedAt: Date;
  principals: PrincipalPolicies[];
  revokedSessions: RevokedSession[];
  /**
   * The account's stored resource policies (their documents in force), which decisions use for a resource without
   * a resource policy of its own; empty in the snapshot of one session, which is read beside the account's.
   */
  resourcePolicies: StoredResourcePolicy[];
}

/** Sessions last at most 36 hours (`GetSessionToken`); older ones have expired and need not be read. */
const LONGEST_SESSION_MS = 129_600_000;
const PAGE = 1000;

function policy(p: EffectivePolicy): SnapshotPolicy {
  return { id: p.id, document: p.document };
}

/** A principal's entry from its effective policies. */
export function principalEntry(
  effective: EffectivePolicies,
  type: PrincipalPolicies['principalType'],
): PrincipalPolicies {
  return {
    principalArn: effective.principalArn,
    principalType: type,
    sessionId: type === 'session' ? (effective.sessionInfo?.id ?? null) : null,
    tags: effective.principalTags,
    groups: effective.groups.map((g) => g.arn),
    identity: effective.identity.map(policy),
    permissionsBoundary: effective.permissionsBoundary ? policy(effective.permissionsBoundary) : null,
    session: effective.session.map(policy),
    guardrails: effective.guardrails.map((level) => ({ policies: level.map(policy) })),
    organization:
      effective.organization === null
        ? null
        : { id: effective.organization.id, path: effective.organization.path },
    revision: effective.revision,
  };
}

/** Every item of a keyset-paginated list. */
async function all<T>(
  page: (after: string | undefined) => Promise<Connection<T>>,
  until?: (item: T) => boolean,
) {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const connection = await page(after);
    for (const edge of connection.edges) {
      if (until?.(edge.node)) return items;
      items.push(edge.node);
    }
    if (!connection.pageInfo.hasNextPage || connection.pageInfo.endCursor == null) return items;
    after = connection.pageInfo.endCursor;
  }
}

/** The sessions of the account whose tokens may still be presented (newest first), read once for both uses. */
export async function liveSessions(store: Repositories, accountId: string, now: Date): Promise<Session[]> {
  const oldest = now.getTime() - LONGEST_SESSION_MS;
  const sessions = await all(
    (after) => store.sessions.list(accountId, { first: PAGE, ...(after === undefined ? {} : { after }) }),
    (s) => s.issuedAt.getTime() < oldest,
  );
  return sessions.filter((s) => s.expiresAt.getTime() > now.getTime());
}

/** Revoked sessions among `sessions`. */
export function revokedAmong(sessions: readonly Session[]): RevokedSession[] {
  return sessions
    .filter((s) => s.revokedAt !== null)
    .map((s) => ({
      sessionId: s.id,
      principalArn: s.principalArn,
      revokedAt: s.revokedAt as Date,
      expiresAt: s.expiresAt,
    }));
}

/**
 * The snapshot of every principal of an account: root, each user and role, and each live role session that has
 * session policies (a session without them has its role's permissions), plus the revoked sessions still unexpired
 * and the stored resource policies (read by the caller, see `accountResourcePolicies`).
 * Policies come through the gateway's cache, so repeated snapshots at one revision read nothing twice.
 */
export async function accountSnapshot(
  store: Repositories,
  policies: PolicyCache,
  accountId: string,
  now: Date,
  resourcePolicies: AccountResourcePolicies,
): Promise<PolicySnapshot> {
  const page = (after: string | undefined) => ({ first: PAGE, ...(after === undefined ? {} : { after }) });
  const [users, roles, sessions] = await Promise.all([
    all((after) => store.users.list(accountId, page(after))),
    all((after) => store.roles.list(accountId, page(after))),
    liveSessions(store, accountId, now),
  ]);
  const refs: [PrincipalRef, PrincipalPolicies['principalType']][] = [
    [{ kind: 'root', accountId }, 'root'],
    ...users.map((u): [PrincipalRef, 'user'] => [{ kind: 'user', accountId, userId: u.id }, 'user']),
    ...roles.map((r): [PrincipalRef, 'role'] => [{ kind: 'role', accountId, roleId: r.id }, 'role']),
    ...sessions
      .filter((s) => s.revokedAt === null && (s.sessionPolicy !== null || s.sessionPolicyArns.length > 0))
      .map((s): [PrincipalRef, 'session'] => [{ kind: 'session', accountId, sessionId: s.id }, 'session']),
  ];
  const principals = await Promise.all(
    refs.map(async ([ref, type]) => principalEntry(await policies.get(ref), type)),
  );
  return {
    accountId,
    revision: Math.min(resourcePolicies.revision, ...principals.map((p) => p.revision)),
    generatedAt: now,
    principals,
    revokedSessions: revokedAmong(sessions),
    resourcePolicies: resourcePolicies.policies,
  };
}
