import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
import { read, type StoreContext } from './context.js';

/** Requests of one principal, action, resource and decision on one UTC day, as a gateway batched them. */
export interface ActivityEntry {
  accountId: string;
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  principalArn: string;
  action: string;
  resource: string;
  decision: 'Allow' | 'Deny';
  /** Who named the action and resource: the gateway (`api`), or the caller of `authorize`. */
  source: ActivitySource;
  /** How many requests. */
  count: number;
  /** The last one's time and source address. */
  lastAt: Date;
  lastSourceIp: string | null;
}

/** Who named an activity row's action and resource. */
export type ActivitySource = 'api' | 'authorize';

/** Separates a key's fields: NUL is refused in every text the API takes, so two tuples never join the same. */
const SEP = '\u0000';

/** The longest values kept (the columns' and the evaluator's limits). */
const MAX_ARN = 2048;
const MAX_ACTION = 256;
const MAX_IP = 64;
const MAX_COUNT = 2_147_483_647;

function keyOf(
  e: Pick<ActivityEntry, 'principalArn' | 'action' | 'resource' | 'decision' | 'source'>,
): string {
  return createHash('sha256')
    .update([e.principalArn, e.action, e.resource, e.decision, e.source].join(SEP))
    .digest('hex');
}

/** Entries of the same row merged, so that one statement touches each row once. */
function merged(entries: readonly ActivityEntry[]) {
  const rows = new Map<string, ActivityEntry & { key: string }>();
  for (const entry of entries) {
    const e = {
      ...entry,
      principalArn: entry.principalArn.slice(0, MAX_ARN),
      action: entry.action.slice(0, MAX_ACTION),
      resource: entry.resource.slice(0, MAX_ARN),
      lastSourceIp: entry.lastSourceIp?.slice(0, MAX_IP) ?? null,
    };
    const key = keyOf(e);
    const id = `${e.accountId}${SEP}${e.day}${SEP}${key}`;
    const known = rows.get(id);
    if (known === undefined) {
      rows.set(id, { ...e, key });
      continue;
    }
    known.count = Math.min(MAX_COUNT, known.count + e.count);
    if (e.lastAt > known.lastAt) {
      known.lastAt = e.lastAt;
      known.lastSourceIp = e.lastSourceIp;
    }
  }
  // In key order: two instances adding overlapping batches lock rows in the same order, so they never deadlock.
  return [...rows.values()].sort((a, b) =>
    a.accountId !== b.accountId
      ? a.accountId < b.accountId
        ? -1
        : 1
      : a.day !== b.day
        ? a.day < b.day
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  );
}

/**
 * The activity record (`access_activity`): what the audit log does not hold one by one. `record` adds a batch in
 * one statement (counts add up, the last time only moves forward, so instances flushing out of order lose nothing);
 * `purgeBefore` keeps it to its retention. Access analysis reads it with the audit log (`AccessAnalysisRepository`).
 */
export class AccessActivityRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Adds the entries; those of accounts that no longer exist are dropped. */
  async record(entries: readonly ActivityEntry[]): Promise<void> {
    const rows = merged(entries).map((e) => ({
      account: e.accountId,
      day: e.day,
      key: e.key,
      principal: e.principalArn,
      action: e.action,
      resource: e.resource,
      decision: e.decision,
      source: e.source,
      count: e.count,
      at: e.lastAt.toISOString(),
      ip: e.lastSourceIp,
    }));
    if (rows.length === 0) return;
    await read(this.ctx, (db) =>
      db.execute(sql`
        insert into access_activity as a
          (account_id, day, key, principal_arn, action, resource, decision, source, count, last_at, last_source_ip)
        select u.account, u.day::date, u.key, u.principal, u.action, u.resource, u.decision, u.source, u.count, u.at,
          u.ip
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as u(account text, day text, key text, principal text, action text, resource text, decision text,
               source text, count int, at timestamptz, ip text)
        where exists (select 1 from accounts where accounts.id = u.account)
        order by u.account, u.day, u.key
        on conflict (account_id, day, key) do update set
          count = least(a.count::bigint + excluded.count, ${MAX_COUNT})::int,
          last_source_ip = case when excluded.last_at >= a.last_at then excluded.last_source_ip
                                else a.last_source_ip end,
          last_at = greatest(a.last_at, excluded.last_at)`),
    );
  }

  /**
   * Deletes rows of days before `day` (`YYYY-MM-DD`), `batch` at a time, until none is left or `maxBatches` ran;
   * returns how many. Short statements, so writers are never held behind one long delete.
   */
  async purgeBefore(day: string, batch: number, maxBatches = 1): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await read(this.ctx, async (db) => {
        const rows = await executeRows<{ n: number }>(
          db,
          sql`with gone as (
                delete from access_activity where ctid in (
                  select ctid from access_activity where day < ${day}::date limit ${batch})
                returning 1)
              select count(*)::int as n from gone`,
        );
        return Number(rows[0]?.n ?? 0);
      });
      deleted += n;
      if (n < batch) break;
    }
    return deleted;
  }
}
