import type { DecisionKind } from '@iamgate/policy';
import type { ActivityEntry, Repositories } from '@iamgate/store';
import type { Logger } from '../logging/logger.js';
import { BatchedWrites } from './batched-writes.js';

const DAY_MS = 86_400_000;

/** Distinct (principal, action, resource, decision) per day held between writes; past this a write starts early. */
const FLUSH_AT = 10_000;

/** How long the activity record is kept: AWS's last-accessed information covers 400 days. */
export const ACTIVITY_RETENTION_DAYS = 400;

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

  constructor(
    private readonly store: Pick<Repositories, 'activity'>,
    intervalMs: number,
    logger: Logger,
    private readonly now: () => Date,
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
    const key = `${request.accountId}\n${day}\n${request.principalArn}\n${request.action}\n${request.resource}\n${decision}`;
    const known = this.batch.get(key);
    if (known !== undefined) {
      known.count += 1;
      if (request.at >= known.lastAt) {
        known.lastAt = request.at;
        known.lastSourceIp = request.sourceIp;
      }
      return;
    }
    this.batch.set(key, {
      accountId: request.accountId,
      day,
      principalArn: request.principalArn,
      action: request.action,
      resource: request.resource,
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
      this.dayStart = ms - (ms % DAY_MS);
      this.day = new Date(this.dayStart).toISOString().slice(0, 10);
    }
    return this.day;
  }

  private async write(entries: ActivityEntry[]): Promise<void> {
    await this.store.activity.record(entries);
    const now = this.now().getTime();
    if (now - this.purgedAt < PURGE_EVERY_MS) return;
    this.purgedAt = now;
    const oldest = new Date(now - ACTIVITY_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
    await this.store.activity.purgeBefore(oldest, PURGE_BATCH);
  }
}
