import { type SQL, sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
import { databaseOf } from '../db/store-database.js';
import type { Store } from '../store.js';

/** A parameter of `rawSql`. */
export type RawSqlParam = string | number | boolean | null;

/** `text` with `$1`, `$2`... bound to `params`, as one Drizzle statement. */
function bind(text: string, params: readonly RawSqlParam[]): SQL {
  const parts: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const index = Number(match[1]) - 1;
    if (index < 0 || index >= params.length) throw new Error(`\`${match[0]}\` has no parameter`);
    parts.push(sql.raw(text.slice(last, match.index)), sql`${params[index]}`);
    last = match.index + match[0].length;
  }
  parts.push(sql.raw(text.slice(last)));
  return sql.join(parts);
}

/**
 * Runs one statement on the database under `store`, as a DBA would, bypassing the repositories: for tests that must
 * put the database in a state no operation makes, such as an access key created 100 days ago. Tests only; nothing
 * in the packages calls it.
 *
 * @example
 * await rawSql(store, `update access_keys set created_at = $1 where id = $2`, [hundredDaysAgo.toISOString(), keyId]);
 */
export function rawSql<T extends Record<string, unknown> = Record<string, unknown>>(
  store: Store,
  text: string,
  params: readonly RawSqlParam[] = [],
): Promise<T[]> {
  return executeRows<T>(databaseOf(store), bind(text, params));
}
