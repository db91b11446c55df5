import type { ChangeEvent, Store } from '@iamgate/store';
import { createPubSub } from 'graphql-yoga';

/** A revision change of an account, as published to subscribers. */
export interface RevisionChange {
  accountId: string;
  revision: number;
}

/**
 * The newest revision this instance knows of each account it has cached something of: the tag every in-memory
 * cache (policies, entities) compares its entries with. Every change to an account's identities, policies or
 * sessions increments its revision in the store, in the change's own transaction, so an entry read at revision r is
 * current while no newer revision is known. Newer revisions become known from the store's change events (at once
 * for changes this process committed, at commit through Postgres `LISTEN` for other processes' changes), from what
 * caches load, and from a poll of the known accounts every `pollMs` in case a notification was lost.
 */
export class AccountRevisions {
  private readonly latest = new Map<string, number>();
  private readonly pubsub = createPubSub<{ revision: [accountId: string, change: RevisionChange] }>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private polling = false;
  private readonly lagListeners = new Set<(behind: number) => void>();

  constructor(
    private readonly store: Pick<Store, 'onChange' | 'revisions'>,
    /** How often the known accounts' revisions are read again, in milliseconds; 0 disables the poll. */
    private readonly pollMs: number,
  ) {}

  /** Starts listening to the store's change events and polling; returns the stop function. */
  start(): () => void {
    const stop = this.store.onChange((event) => this.onChange(event));
    if (this.pollMs > 0) {
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.timer.unref?.();
    }
    return () => {
      stop();
      if (this.timer !== undefined) clearInterval(this.timer);
      this.timer = undefined;
    };
  }

  /** The newest revision known for `accountId`, without asking the store; `undefined` when none is known. */
  known(accountId: string): number | undefined {
    return this.latest.get(accountId);
  }

  /** Whether something read at `revision` of `accountId` is still current (no newer revision is known). */
  isCurrent(accountId: string, revision: number): boolean {
    return revision >= (this.latest.get(accountId) ?? Number.NEGATIVE_INFINITY);
  }

  /** The newest revision known for `accountId`, read from the store (one statement) when none is known yet. */
  async current(accountId: string): Promise<number> {
    const known = this.latest.get(accountId);
    if (known !== undefined) return known;
    const revision = await this.store.revisions.get(accountId);
    this.see(accountId, revision);
    return revision;
  }

  /** Records a revision; a newer one than known makes older entries of that account stale and is published. */
  see(accountId: string, revision: number): void {
    const known = this.latest.get(accountId);
    if (known !== undefined && known >= revision) return;
    this.latest.set(accountId, revision);
    if (known !== undefined) this.pubsub.publish('revision', accountId, { accountId, revision });
  }

  /** Revision changes of `accountId` as they become known, for subscriptions. */
  changes(accountId: string): AsyncIterable<RevisionChange> {
    return this.pubsub.subscribe('revision', accountId);
  }

  /**
   * Calls `listener` with how many revisions an account was behind whenever the poll finds a newer one than
   * notifications and loads had brought (a lost or late notification), for metrics. Returns the unsubscribe.
   */
  onLag(listener: (behind: number) => void): () => void {
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
