import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/**
 * Runs a raw statement and returns its rows. postgres.js returns the rows as an array, PGlite as `{ rows }`; this
 * hides the difference. Only for statements the query builder cannot express (unions, several subqueries).
 */
export async function executeRows<T extends Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Which of the named subqueries return at least one row, in one statement. Used to refuse deletes with
 * `DeleteConflict` and to say what is in the way, the way AWS does.
 */
export async function nonEmpty(db: Executor, checks: Record<string, SQL>): Promise<string[]> {
  const names = Object.keys(checks);
  if (names.length === 0) return [];
  const columns = sql.join(
    names.map((name, i) => sql`exists(${checks[name] as SQL}) as ${sql.identifier(`c${i}`)}`),
    sql`, `,
  );
  const [row] = await executeRows<Record<string, boolean>>(db, sql`select ${columns}`);
  return names.filter((_, i) => row?.[`c${i}`] === true);
}
