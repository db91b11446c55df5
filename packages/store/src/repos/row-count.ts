import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types.js';
import { limitExceeded } from '../errors.js';

/** The number of rows of `table` matching `where`. */
export async function countRows(db: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(table).where(where);
  return n;
}

/** A quota on the rows of one collection (users of an account, keys of a user...). */
export interface RowQuota {
  /** The quota's name, as in `Quotas` (`usersPerAccount`). */
  name: string;
  limit: number;
  /** What is over the limit, for the message (`too many users`). */
  what: string;
}

/**
 * Throws `LimitExceeded` when the rows of `table` matching `where` already reach the quota. Call it after the
 * locks that serialize writers of the collection (the account row, and the parent row where there is one), so
 * concurrent inserts cannot overshoot between the count and the insert.
 */
export async function requireBelowQuota(
  db: Executor,
  table: PgTable,
  where: SQL | undefined,
  quota: RowQuota,
): Promise<void> {
  const n = await countRows(db, table, where);
  if (n >= quota.limit) throw limitExceeded(quota.name, quota.limit, quota.what);
}
