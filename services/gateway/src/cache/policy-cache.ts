import type { EffectivePolicies, PrincipalRef, Store } from '@iamgate/store';
import { AccountRevisions, type RevisionChange } from './account-revisions.js';

export type { RevisionChange } from './account-revisions.js';

/** Options of a `PolicyCache`. */
export interface PolicyCacheOptions {
  /**
   * How often the revisions of cached accounts are read again, in milliseconds: the bound on staleness when a
   * change notification is lost (a dropped LISTEN connection). Notifications usually arrive first. 0 disables it.
   */
  pollMs: number;
  /** Most principals kept; the least recently loaded are dropped first. */
  maxEntries: number;
}

interface Entry {
  accountId: string;
  effective: EffectivePolicies;
}

/**
 * The cache key of a principal reference. The account is part of it: an entry loaded for one account must never
 * answer a reference made in another, whatever id the caller names.
 */
export function principalKey(ref: PrincipalRef): string {
  switch (ref.kind) {
    case 'root':
      return `root:${ref.accountId}`;
    case 'user':
      return `user:${ref.accountId}:${ref.userId}`;
    case 'role':
      return `role:${ref.accountId}:${ref.roleId}`;
    case 'session':
      return `session:${ref.accountId}:${ref.sessionId}`;
  }
}

/**
 * The effective policies of principals (sessions, users, roles, root), kept in memory per principal and valid while
 * their account's revision has not moved (see `AccountRevisions`, which this cache owns and shares with the entity
 * cache). An entry read at an older revision than the newest known one is reloaded on its next use, so a decision
 * never uses policies older than the last change this instance has heard of. The revision an entry is tagged with
 * comes from the same statement as its policies.
 */
export class PolicyCache {
  private readonly entries = new Map<string, Entry>();
  /** The account revisions every entry is checked against; the entity cache follows the same ones. */
  readonly revisions: AccountRevisions;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly store: Store,
    private readonly options: PolicyCacheOptions,
  ) {
    this.revisions = new AccountRevisions(store, options.pollMs);
  }

  /** Starts listening to the store's change notifications and polling; returns the stop function. */
  start(): () => void {
    return this.revisions.start();
  }

  /** The effective policies of `ref`, from memory when still current, else from the store (one statement). */
  async get(ref: PrincipalRef): Promise<EffectivePolicies> {
    const key = principalKey(ref);
    const entry = this.entries.get(key);
    if (entry !== undefined && this.revisions.isCurrent(entry.accountId, entry.effective.revision)) {
      this.hits += 1;
      return entry.effective;
    }
    this.misses += 1;
    const effective = await this.store.effectivePolicies(ref);
    this.revisions.see(effective.accountId, effective.revision);
    this.entries.delete(key);
    this.entries.set(key, { accountId: effective.accountId, effective });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return effective;
  }

  /**
   * The effective policies of many users and roles of one account (access analysis), by `principalKey`: current
   * entries from memory, all the others in one statement (`effectivePoliciesBatch`). What was read is kept only while
   * the cache has room, so that asking about a whole account never pushes out the entries of callers. Principals
   * that no longer exist are absent.
   */
  async getMany(
    accountId: string,
    refs: readonly Extract<PrincipalRef, { kind: 'user' | 'role' }>[],
  ): Promise<Map<string, EffectivePolicies>> {
    const found = new Map<string, EffectivePolicies>();
    const userIds: string[] = [];
    const roleIds: string[] = [];
    for (const ref of refs) {
      const key = principalKey(ref);
      const entry = this.entries.get(key);
      if (entry !== undefined && this.revisions.isCurrent(entry.accountId, entry.effective.revision)) {
        this.hits += 1;
        found.set(key, entry.effective);
      } else if (ref.kind === 'user') userIds.push(ref.userId);
      else roleIds.push(ref.roleId);
    }
    if (userIds.length + roleIds.length === 0) return found;
    this.misses += userIds.length + roleIds.length;
    const batch = await this.store.effectivePoliciesBatch(accountId, { userIds, roleIds });
    this.revisions.see(accountId, batch.revision);
    const keep = (key: string, effective: EffectivePolicies) => {
      found.set(key, effective);
      if (this.entries.has(key) || this.entries.size < this.options.maxEntries) {
        this.entries.delete(key);
        this.entries.set(key, { accountId, effective });
      }
    };
    for (const [userId, effective] of batch.users)
      keep(principalKey({ kind: 'user', accountId, userId }), effective);
    for (const [roleId, effective] of batch.roles)
      keep(principalKey({ kind: 'role', accountId, roleId }), effective);
    return found;
  }

  /** The newest revision this instance knows for `accountId` (reads it from the store when unknown). */
  revision(accountId: string): Promise<number> {
    return this.revisions.current(accountId);
  }

  /** Revision changes of `accountId` as they become known, for subscriptions. */
  changes(accountId: string): AsyncIterable<RevisionChange> {
    return this.revisions.changes(accountId);
  }

  /** Cache hits and misses since start, for the benchmark and logs. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size };
  }

  /**
   * Calls `listener` with how many revisions an account was behind whenever the revision poll finds a newer one than
   * notifications and loads had brought (a lost or late notification), for metrics. Returns the unsubscribe.
   */
  onRevisionLag(listener: (behind: number) => void): () => void {
    return this.revisions.onLag(listener);
  }
}
