import type { ChangeEvent, EffectivePolicies, PrincipalRef, Store } from '@iamgate/store';
import { createPubSub } from 'graphql-yoga';

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

/** A revision change of an account, as published to subscribers. */
export interface RevisionChange {
  accountId: string;
  revision: number;
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
 * their account's revision has not moved. Every change to an account's identities, policies or sessions increments
 * its revision in the store; the store notifies every process at commit (Postgres `LISTEN`), and a poll of the
 * cached accounts' revisions every `pollMs` bounds staleness when a notification is lost. An entry read at an
 * older revision than the newest known one is reloaded on its next use, so a decision never uses policies older
 * than the last change this instance has heard of.
 */
export class PolicyCache {
  private readonly entries = new Map<string, Entry>();
  /** The newest revision known per account (from loads, notifications and polls). */
  private readonly latest = new Map<string, number>();
  private readonly pubsub = createPubSub<{ revision: [accountId: string, change: RevisionChange] }>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private polling = false;
  private hits = 0;
  private misses = 0;
  private readonly lagListeners = new Set<(behind: number) => void>();

  constructor(
    private readonly store: Store,
    private readonly options: PolicyCacheOptions,
  ) {}

  /** Starts listening to the store's change notifications and polling; returns the stop function. */
  start(): () => void {
    const stop = this.store.onChange((event) => this.onChange(event));
    if (this.options.pollMs > 0) {
      this.timer = setInterval(() => void this.poll(), this.options.pollMs);
      this.timer.unref?.();
    }
    return () => {
      stop();
      if (this.timer !== undefined) clearInterval(this.timer);
      this.timer = undefined;
    };
  }

  /** The effective policies of `ref`, from memory when still current, else from the store (one statement). */
  async get(ref: PrincipalRef): Promise<EffectivePolicies> {
    const key = principalKey(ref);
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.effective.revision >= (this.latest.get(entry.accountId) ?? 0)) {
      this.hits += 1;
      return entry.effective;
    }
    this.misses += 1;
    const effective = await this.store.effectivePolicies(ref);
    this.see(effective.accountId, effective.revision);
    this.entries.delete(key);
    this.entries.set(key, { accountId: effective.accountId, effective });
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return effective;
  }

  /** The newest revision this instance knows for `accountId` (reads it from the store when unknown). */
  async revision(accountId: string): Promise<number> {
    const known = this.latest.get(accountId);
    if (known !== undefined) return known;
    const revision = await this.store.revisions.get(accountId);
    this.see(accountId, revision);
    return revision;
  }

  /** Revision changes of `accountId` as they become known, for subscriptions. */
  changes(accountId: string): AsyncIterable<RevisionChange> {
    return this.pubsub.subscribe('revision', accountId);
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
    this.lagListeners.add(listener);
    return () => {
      this.lagListeners.delete(listener);
    };
  }

  private reportLag(behind: number): void {
    for (const listener of this.lagListeners) {
      try {
        listener(behind);
      } catch {
        // A metrics listener's fault must not stop the poll.
      }
    }
  }

  private onChange(event: ChangeEvent): void {
    if (event.type === 'account') this.see(event.accountId, event.revision);
  }

  /** Records a revision; a newer one makes older entries of that account stale and is published. */
  private see(accountId: string, revision: number): void {
    const known = this.latest.get(accountId);
    if (known !== undefined && known >= revision) return;
    this.latest.set(accountId, revision);
    if (known !== undefined) this.pubsub.publish('revision', accountId, { accountId, revision });
  }

  private async poll(): Promise<void> {
    if (this.polling || this.latest.size === 0) return;
    this.polling = true;
    try {
      const revisions = await this.store.revisions.getMany([...this.latest.keys()]);
      for (const [accountId, revision] of revisions) {
        const known = this.latest.get(accountId) ?? revision;
        this.see(accountId, revision);
        if (revision > known) this.reportLag(revision - known);
      }
    } catch {
      // The store is closing or unreachable; requests will report it, and the next poll retries.
    } finally {
      this.polling = false;
    }
  }
}
