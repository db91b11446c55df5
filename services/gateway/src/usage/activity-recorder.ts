import type { DecisionKind } from '@iamgate/policy';
import type { ActivityEntry, Repositories } from '@iamgate/store';
import type { Logger } from '../logging/logger.js';
import { BatchedWrites } from './batched-writes.js';

const DAY_MS = 86_400_000;

/** Distinct (principal, action, resource, decision) per day held between writes; past this a write starts early. */
const FLUSH_AT = 10_000;

/** How long the activity record is kept: AWS's last-accessed information covers 400 days. */
export const ACTIVITY_RETENTION_DAYS = 400;

/**
 * Distinct keys one instance adds per account and day before resources are generalized to their type's pattern
 * (`order/42` → `order/*`, what policy generation makes of five or more anyway), and after which new keys are
 * dropped: a caller deciding about endless distinct resources or actions cannot grow the table without bound.
 */
export const DISTINCT_PER_ACCOUNT_DAY = 20_000;

/** How often, at most, a write also deletes rows past the retention, and how many at once. */
const PURGE_EVERY_MS = 3_600_000;
const PURGE_BATCH = 5_000;

/** One request to note. */
export interface ActivityNote {
  accountId: string;
  principalArn: string;
  action: string;
  resource: string;
  decision: DecisionKind;
  at: Date;
  sourceIp: string | null;
}

/**
 * The activity record's writer: requests the audit log does not hold one by one (the API's allowed reads, apps'
 * `authorize` decisions) are counted in memory per account, UTC day, principal, action, resource and decision, and
 * added to the store in one statement every `intervalMs` and when the gateway closes. Noting costs a string and a map
 * update, never a statement; writes also keep the record to its retention, a bounded delete at most hourly.
 */
export class ActivityRecorder {
  private readonly batch: BatchedWrites<ActivityEntry>;
  private dayStart = 0;
  private day = '';
  private purgedAt = 0;
  /** Distinct keys added today per account (reset when the day changes). */
  private distinct = new Map<string, number>();
  private dropped = 0;

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
      maxPending: 4 * FLUSH_AT,
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
    const { accountId, principalArn, action } = request;
    let resource = request.resource;
    let key = `${accountId}\n${day}\n${principalArn}\n${action}\n${resource}\n${decision}`;
    let known = this.batch.get(key);
    if (known === undefined) {
      const added = this.distinct.get(accountId) ?? 0;
      if (added >= this.budget) {
        resource = resourceType(resource);
        key = `${accountId}\n${day}\n${principalArn}\n${action}\n${resource}\n${decision}`;
        known = this.batch.get(key);
        if (known === undefined && added >= 2 * this.budget) {
          this.dropped += 1;
          return;
        }
      }
      if (known === undefined) this.distinct.set(accountId, added + 1);
    }
    if (known !== undefined) {
      known.count += 1;
      if (request.at >= known.lastAt) {
        known.lastAt = request.at;
        known.lastSourceIp = request.sourceIp;
      }
      return;
    }
    this.batch.set(key, {
      accountId,
      day,
      principalArn,
      action,
      resource,
      decision,
      count: 1,
      lastAt: request.at,
      lastSourceIp: request.sourceIp,
    });
  }

  /** Writes what is pending now (tests, shutdown). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  /** Stops the timer and writes what is pending. */
  close(): Promise<void> {
    return this.batch.close();
  }

  /** The UTC day of `at`, computed once per day rather than per request. */
  private dayOf(at: Date): string {
    const ms = at.getTime();
    if (ms < this.dayStart || ms >= this.dayStart + DAY_MS) {
      const start = ms - (ms % DAY_MS);
      // Each account's budget is per day: a new (later) day starts it again.
      if (start > this.dayStart) this.distinct = new Map();
      this.dayStart = start;
      this.day = new Date(this.dayStart).toISOString().slice(0, 10);
    }
    return this.day;
  }

  private async write(entries: ActivityEntry[]): Promise<void> {
    if (this.dropped > 0) {
      this.logger.warn('access activity past its daily budget dropped', {
        dropped: this.dropped,
        budget: 2 * this.budget,
      });
      this.dropped = 0;
    }
    await this.store.activity.record(entries);
    const now = this.now().getTime();
    if (now - this.purgedAt < PURGE_EVERY_MS) return;
    this.purgedAt = now;
    const oldest = new Date(now - ACTIVITY_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
    await this.store.activity.purgeBefore(oldest, PURGE_BATCH);
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
