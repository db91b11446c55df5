import type { DecisionKind } from '@iamgate/policy';
import type { ActivityEntry, ActivitySource, Repositories } from '@iamgate/store';
import type { Logger } from '../logging/logger.js';
import { BatchedWrites } from './batched-writes.js';

const DAY_MS = 86_400_000;

/** Distinct keys held between writes before a write starts early, and at most (per account, a quarter of it). */
const FLUSH_AT = 5_000;
const MAX_PENDING = 20_000;
const MAX_PENDING_PER_ACCOUNT = MAX_PENDING / 4;

/** How long the activity record is kept: AWS's last-accessed information covers 400 days. */
export const ACTIVITY_RETENTION_DAYS = 400;

/**
 * Distinct keys one instance adds per account and day before resources are generalized to their type's pattern
 * (`order/42` → `order/*`, what policy generation makes of five or more anyway), and after which new keys are
 * dropped until the next day; one principal spends at most a quarter of it. A caller deciding about endless distinct
 * resources or actions can neither grow the table without bound nor hide the rest of its account's activity.
 */
export const DISTINCT_PER_ACCOUNT_DAY = 20_000;

/** How often, at most, a write also deletes rows past the retention, and how much at most then. */
const PURGE_EVERY_MS = 3_600_000;
const PURGE_BATCH = 5_000;
const PURGE_BATCHES = 20;

/** Separates a key's fields: NUL is refused in every text the API takes, so two tuples never join the same. */
const SEP = '\u0000';

/** One request to note. */
export interface ActivityNote {
  accountId: string;
  principalArn: string;
  action: string;
  resource: string;
  decision: DecisionKind;
  /** Who named the action and resource: the gateway (an operation's target), or the caller of `authorize`. */
  source: ActivitySource;
  at: Date;
  sourceIp: string | null;
}

/** What one account, and each of its principals, added on one day. */
interface DayBudget {
  /** Hashes of the keys added (a collision only spares a key the budget, never merges rows). */
  seen: Set<number>;
  byPrincipal: Map<string, number>;
  warned: boolean;
}

/** FNV-1a over a string's UTF-16 units: a cheap 32-bit hash for the budgets' sets. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The activity record's writer: requests the audit log does not hold one by one (the API's allowed reads and a
 * call's further permissions, apps' own `authorize` decisions) are counted in memory per account, UTC day,
 * principal, action, resource, decision and source, and added to the store in one statement every `intervalMs` and
 * when the gateway closes. Noting costs a string and a map update, never a statement; writes also keep the record to
 * its retention, bounded deletes at most hourly.
 */
export class ActivityRecorder {
  private readonly batch: BatchedWrites<ActivityEntry>;
  private dayStart = 0;
  private day = '';
  private purgedAt = 0;
  private budgets = new Map<string, DayBudget>();
  private pendingByAccount = new Map<string, number>();
  /** The pending entries by principal, action and resource (see `find`); emptied with each batch. */
  private byPrincipal = new Map<string, Map<string, Map<string, ActivityEntry[]>>>();
  private sequence = 0;

  constructor(
    private readonly store: Pick<Repositories, 'activity'>,
    intervalMs: number,
    private readonly logger: Logger,
    private readonly now: () => Date,
    /** Distinct keys per account and day before generalizing (`DISTINCT_PER_ACCOUNT_DAY`; smaller in tests). */
    private readonly budget = DISTINCT_PER_ACCOUNT_DAY,
  ) {
    this.batch = new BatchedWrites({
      name: 'access activity',
      intervalMs,
      flushAt: FLUSH_AT,
      maxPending: MAX_PENDING,
      write: (entries) => this.write(entries),
      logger,
    });
  }

  start(): void {
    this.batch.start();
  }

  note(request: ActivityNote): void {
    const day = this.dayOf(request.at);
    const decision = request.decision === 'Allow' ? 'Allow' : 'Deny';
    let resource = request.resource;
    let known = this.find(request, resource, day, decision);
    if (known === undefined) {
      const admitted = this.admit(request, resource, day, decision);
      if (admitted === 'drop') return;
      if (admitted === 'generalize') {
        resource = resourceType(resource);
        known = this.find(request, resource, day, decision);
        if (known === undefined && this.admit(request, resource, day, decision) === 'drop') return;
      }
    }
    if (known !== undefined) {
      known.count += 1;
      if (request.at >= known.lastAt) {
        known.lastAt = request.at;
        known.lastSourceIp = request.sourceIp;
      }
      return;
    }
    const { accountId } = request;
    const pending = this.pendingByAccount.get(accountId) ?? 0;
    if (pending >= MAX_PENDING_PER_ACCOUNT) return;
    this.pendingByAccount.set(accountId, pending + 1);
    const entry: ActivityEntry = {
      accountId,
      day,
      principalArn: request.principalArn,
      action: request.action,
      resource,
      decision,
      source: request.source,
      count: 1,
      lastAt: request.at,
      lastSourceIp: request.sourceIp,
    };
    this.index(request.principalArn, request.action, resource).push(entry);
    this.batch.set(String(this.sequence++), entry);
  }

  /** Writes what is pending now (tests, shutdown). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  /** Stops the timer and writes what is pending. */
  close(): Promise<void> {
    return this.batch.close();
  }

  /**
   * The pending entry of a request, found through maps of the strings themselves: no key is joined on the request
   * path (joining and hashing a 150-character key cost a tenth of a decision).
   */
  private find(
    request: ActivityNote,
    resource: string,
    day: string,
    decision: string,
  ): ActivityEntry | undefined {
    const bucket = this.byPrincipal.get(request.principalArn)?.get(request.action)?.get(resource);
    if (bucket === undefined) return undefined;
    for (const e of bucket) {
      if (
        e.accountId === request.accountId &&
        e.day === day &&
        e.decision === decision &&
        e.source === request.source
      )
        return e;
    }
    return undefined;
  }

  /** The bucket of pending entries of a principal, action and resource (made when missing). */
  private index(principalArn: string, action: string, resource: string): ActivityEntry[] {
    let actions = this.byPrincipal.get(principalArn);
    if (actions === undefined) {
      actions = new Map();
      this.byPrincipal.set(principalArn, actions);
    }
    let resources = actions.get(action);
    if (resources === undefined) {
      resources = new Map();
      actions.set(action, resources);
    }
    let bucket = resources.get(resource);
    if (bucket === undefined) {
      bucket = [];
      resources.set(resource, bucket);
    }
    return bucket;
  }

  /**
   * Whether a key not pending may be added as it is: yes when this day already saw it (an earlier batch) or the
   * account and the principal are within their budgets; past the budget its resource is generalized, past twice the
   * budget (or a quarter of it for one principal) it is dropped, said once per account and day in the log.
   */
  private admit(
    request: ActivityNote,
    resource: string,
    day: string,
    decision: string,
  ): 'add' | 'generalize' | 'drop' {
    const key = [request.principalArn, request.action, resource, decision, request.source].join(SEP);
    const budgetKey = `${day}${SEP}${request.accountId}`;
    let budget = this.budgets.get(budgetKey);
    if (budget === undefined) {
      budget = { seen: new Set(), byPrincipal: new Map(), warned: false };
      this.budgets.set(budgetKey, budget);
    }
    const h = hash(key);
    if (budget.seen.has(h)) return 'add';
    const own = budget.byPrincipal.get(request.principalArn) ?? 0;
    const full = budget.seen.size >= 2 * this.budget || own >= this.budget / 2;
    if (full) {
      if (!budget.warned) {
        budget.warned = true;
        this.logger.warn('access activity past its daily budget: new keys dropped until the next day', {
          accountId: request.accountId,
          day,
          principalArn: request.principalArn,
        });
      }
      return 'drop';
    }
    const generalize = budget.seen.size >= this.budget || own >= this.budget / 4;
    if (generalize && resource !== resourceType(resource)) return 'generalize';
    budget.seen.add(h);
    budget.byPrincipal.set(request.principalArn, own + 1);
    return 'add';
  }

  /** The UTC day of `at`, computed once per day rather than per request; budgets of older days are forgotten. */
  private dayOf(at: Date): string {
    const ms = at.getTime();
    if (ms < this.dayStart || ms >= this.dayStart + DAY_MS) {
      this.dayStart = ms - (ms % DAY_MS);
      this.day = new Date(this.dayStart).toISOString().slice(0, 10);
      const yesterday = new Date(this.dayStart - DAY_MS).toISOString().slice(0, 10);
      for (const key of this.budgets.keys()) if (key.slice(0, 10) < yesterday) this.budgets.delete(key);
    }
    return this.day;
  }

  private async write(entries: ActivityEntry[]): Promise<void> {
    // Called as the batch is taken, before anything else is noted: later notes start new entries.
    this.pendingByAccount = new Map();
    this.byPrincipal = new Map();
    await this.store.activity.record(entries);
    const now = this.now().getTime();
    if (now - this.purgedAt < PURGE_EVERY_MS) return;
    this.purgedAt = now;
    const oldest = new Date(now - ACTIVITY_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
    await this.store.activity.purgeBefore(oldest, PURGE_BATCH, PURGE_BATCHES);
  }
}

/**
 * A resource generalized to its type's pattern: `arn:P:S:R:A:order/42` → `arn:P:S:R:A:order/*`, `...:log:x` →
 * `...:log:*`, an ARN without a type → `arn:P:S:R:A:*`, anything else → `*`.
 */
export function resourceType(resource: string): string {
  let colons = 0;
  let at = 0;
  for (; at < resource.length && colons < 5; at++) if (resource.charCodeAt(at) === 58) colons += 1;
  if (colons < 5 || !resource.startsWith('arn:')) return '*';
  for (let i = at; i < resource.length; i++) {
    const c = resource.charCodeAt(i);
    if (c === 47 || c === 58) return `${resource.slice(0, i + 1)}*`;
  }
  return `${resource.slice(0, at)}*`;
}
