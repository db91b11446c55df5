import {
  organizationContext,
  type PolicyInput,
  parsePrincipal,
  StoredResourcePolicies,
} from '@iamgate/policy';
import type { PolicySnapshotQuery } from '../generated/graphql.js';
import { isOfAnotherAccount } from './decide-as-caller.js';
import type { EvaluatorPrincipal, PolicySet } from './ports.js';

/** A snapshot as the gateway's `policySnapshot` returns it. */
export type PolicySnapshot = PolicySnapshotQuery['policySnapshot'];

// Role names are unique in an account, so partition, account and name find a role whatever its path: a role's ARN
// and its sessions' ARNs have the same key.
function roleKey(arn: string, kind: 'Role' | 'AssumedRole'): string | undefined {
  const p = parsePrincipal(arn);
  return p.kind === kind ? `${p.partition}:${p.account}:${p.roleName}` : undefined;
}

/** One principal of a snapshot. */
export type SnapshotEntry = PolicySnapshot['principals'][number];

/** The engine's policies of a snapshot entry, with the revision they were read at. */
export function policySetOf(entry: SnapshotEntry): PolicySet {
  const asInput = (p: { id: string; document: string }): PolicyInput => ({ id: p.id, document: p.document });
  const policies: PolicySet['policies'] = {
    identity: entry.identity.map(asInput),
    ...(entry.permissionsBoundary === null
      ? {}
      : { permissionsBoundary: asInput(entry.permissionsBoundary) }),
    ...(entry.session.length === 0 ? {} : { session: entry.session.map(asInput) }),
    // Guardrails cap every principal of a member account: each level must allow, as on the gateway.
    ...(entry.guardrails.length === 0
      ? {}
      : { guardrails: entry.guardrails.map((level) => level.policies.map(asInput)) }),
  };
  const org = entry.organization;
  return {
    policies,
    revision: entry.revision,
    // The principal keys a token does not carry: the request context gets them as the gateway's does.
    ...(org === null || org === undefined
      ? {}
      : { principalContext: organizationContext({ id: org.id, path: org.path }) }),
  };
}

/**
 * A snapshot indexed for lookups on every request: one `PolicySet` object per principal, built once, so that the
 * policy engine's compiled-policy cache (keyed by object identity, text and id) hits on every decision. The
 * account's stored resource policies are parsed once too, and every set carries them.
 */
export class SnapshotIndex {
  readonly revision: number;
  /** The account the snapshot is of: its principals, and the owner of its stored resource policies. */
  readonly accountId: string;
  /** The account's stored resource policies, for requests without a resource policy of their own. */
  readonly stored: StoredResourcePolicies;
  /** What a principal the snapshot does not name gets in a whole-account snapshot: no policies of its own. */
  private readonly nobody: PolicySet;
  /**
   * What a principal of another account gets: no policies, and none of the account's stored ones either, since its
   * own side is unknown here (see `LocalEvaluator.authorize`, which asks the gateway for such callers).
   */
  private readonly stranger: PolicySet;
  private readonly byArn = new Map<string, PolicySet>();
  private readonly bySession = new Map<string, PolicySet>();
  private readonly byRole = new Map<string, PolicySet>();
  /** Revoked session ids, with when their tokens expire anyway (ms since the epoch). */
  private readonly revoked = new Map<string, number>();

  /**
   * @param snapshot the gateway's snapshot
   * @param wholeAccount whether it covers every principal of the account (then a principal it does not name has no
   *   policies) or one principal (then others are unknown)
   */
  constructor(
    snapshot: PolicySnapshot,
    private readonly wholeAccount: boolean,
  ) {
    this.revision = snapshot.revision;
    this.accountId = snapshot.accountId;
    // Snapshots of gateways older than stored resource policies have none.
    this.stored = new StoredResourcePolicies(snapshot.resourcePolicies ?? []);
    this.nobody = { policies: {}, revision: this.revision, resourcePolicies: this.stored };
    this.stranger = { policies: {}, revision: this.revision };
    for (const entry of snapshot.principals) {
      const set = { ...policySetOf(entry), resourcePolicies: this.stored };
      if (entry.sessionId !== null) {
        this.bySession.set(entry.sessionId, set);
        continue;
      }
      this.byArn.set(entry.principalArn, set);
      const role = roleKey(entry.principalArn, 'Role');
      if (role !== undefined) this.byRole.set(role, set);
    }
    for (const session of snapshot.revokedSessions) {
      this.revoked.set(session.sessionId, Date.parse(session.expiresAt));
    }
  }

  /** The snapshot's own entry of session `sessionId` (a session with session policies), if it has one. */
  sessionEntry(sessionId: string): PolicySet | undefined {
    return this.bySession.get(sessionId);
  }

  /**
   * The policies of `principal`: a role session's own entry (it has session policies), else its ARN's entry, else
   * its role's (from `roleArn`, or by the role name in the session ARN). A principal the snapshot does not name has
   * no policies in a whole-account snapshot (`{}` denies) and is unknown (`undefined`) in a one-principal snapshot.
   */
  policiesFor(principal: EvaluatorPrincipal): PolicySet | undefined {
    if (principal.sessionId !== undefined) {
      const own = this.bySession.get(principal.sessionId);
      if (own !== undefined) return own;
    }
    const direct = this.byArn.get(principal.arn);
    if (direct !== undefined) return direct;
    if (principal.roleArn !== undefined) {
      const role = this.byArn.get(principal.roleArn);
      if (role !== undefined) return role;
    }
    const sessionRole = roleKey(principal.arn, 'AssumedRole');
    if (sessionRole !== undefined) {
      const role = this.byRole.get(sessionRole);
      if (role !== undefined) return role;
    }
    if (!this.wholeAccount) return undefined;
    return isOfAnotherAccount(principal.arn, this.accountId) ? this.stranger : this.nobody;
  }

  /** Whether the session `sessionId` was revoked (and its token has not expired, after which it no longer matters). */
  isRevoked(sessionId: string, now: Date): boolean {
    const expiresAt = this.revoked.get(sessionId);
    return expiresAt !== undefined && expiresAt > now.getTime();
  }
}
