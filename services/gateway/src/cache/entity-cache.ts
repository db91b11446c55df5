import type { AccountRevisions } from './account-revisions.js';
import { LruMap } from './lru-map.js';

/**
 * What the cache holds: entities, each named as authorization targets name it (OpenID Connect providers by URL),
 * and pages of the account's lists (named by their filter), which a separate, smaller cache holds (see
 * `Targets.page`).
 */
export type EntityKind =
  | 'user'
  | 'role'
  | 'group'
  | 'policy'
  | 'oidcProvider'
  | 'resourcePolicies'
  | 'userPage'
  | 'rolePage'
  | 'groupPage';

/** Options of an `EntityCache`. */
export interface EntityCacheOptions {
  /** Most entries kept; the least recently used are dropped first. */
  maxEntries: number;
  /**
   * The longest an entry is used, in milliseconds, even while its account's revision has not moved. Some fields
   * change without a revision because they are not policy changes (a user's `passwordLastUsed`, a role's
   * `lastUsedAt`): this bounds how old they can be.
   */
  maxAgeMs: number;
  /** A monotonic clock in milliseconds (`performance.now` by default); not the gateway's clock, which tests freeze. */
  clock?: () => number;
}

interface Entry {
  accountId: string;
  revision: number;
  loadedAt: number;
  /** The entity, frozen; `undefined` when there was none (absence is cached too: creating one moves the revision). */
  value: object | undefined;
}

/**
 * The IAM entities that authorization targets and reads name (users, roles and groups by lowercased name, managed
 * policies by ARN), kept in memory per account and valid while the account's revision has not moved, exactly as
 * the `PolicyCache` keeps policies: every change to an account's identities moves its revision in the same
 * transaction, and `AccountRevisions` learns of it (at once from this process's own commits, at commit through
 * Postgres notifications, within the poll interval at worst).
 *
 * Only reads made outside a transaction go through here (see `Targets.using`): a mutation reads its own uncommitted
 * writes from its transaction, and nothing read in a transaction that may still roll back is kept.
 */
export class EntityCache {
  private readonly entries: LruMap<string, Entry>;
  private readonly clock: () => number;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly revisions: AccountRevisions,
    private readonly options: EntityCacheOptions,
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.entries = new LruMap(options.maxEntries);
  }

  /**
   * The entity `key` of kind `kind` in `accountId`: from memory while current, else `load()`ed and kept (unless
   * `cacheable` says no). The value is shared by every request and frozen.
   */
  async read<T extends object>(
    accountId: string,
    kind: EntityKind,
    key: string,
    load: () => Promise<T | undefined>,
    cacheable: (value: T) => boolean = () => true,
  ): Promise<T | undefined> {
    // INVARIANT: the account is part of the key and checked again: an entry read for one account never answers
    // another, whatever name or ARN is asked for.
    const cacheKey = `${kind}:${accountId}:${key}`;
    const entry = this.entries.get(cacheKey);
    if (entry !== undefined && entry.accountId === accountId && this.isCurrent(entry)) {
      this.hits += 1;
      return entry.value as T | undefined;
    }
    this.misses += 1;
    // INVARIANT: the revision is the one known before the read starts, so that an entry is never tagged newer than
    // what it holds; a change that commits during the read only makes the entry stale sooner.
    const revision = await this.revisions.current(accountId);
    const loadedAt = this.clock();
    const value = await load();
    if (value !== undefined && !cacheable(value)) {
      this.entries.delete(cacheKey);
      return value;
    }
    if (this.revisions.isCurrent(accountId, revision)) {
      this.entries.set(cacheKey, { accountId, revision, loadedAt, value: value && freeze(value) });
    }
    return value;
  }

  /** Cache hits and misses since start, for tests and the benchmark. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size };
  }

  private isCurrent(entry: Entry): boolean {
    return (
      this.revisions.isCurrent(entry.accountId, entry.revision) &&
      this.clock() - entry.loadedAt < this.options.maxAgeMs
    );
  }
}

/**
 * Freezes an entity or a page of entities through and through (its lists, tags, edges and nodes), so that no
 * request can change what the next one reads. Only plain objects and arrays are walked; dates are left as they are.
 */
function freeze<T extends object>(value: T): T {
  for (const field of Object.values(value)) {
    if (typeof field === 'object' && field !== null && !Object.isFrozen(field) && isPlain(field))
      freeze(field);
  }
  return Object.freeze(value);
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
