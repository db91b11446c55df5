import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A row as a JSON object keyed by the table's column names (`account_id`, not `accountId`), for statements that
 * take a whole row as one `jsonb` parameter and turn it back into the table's row type with
 * `jsonb_populate_record(null::<table>, ...)`. Postgres then converts each value with its column's own type: text,
 * numbers and booleans as they are, `Date`s from their ISO text, `jsonb` columns from the nested value. Properties
 * that are `undefined` are left out (the column gets NULL); properties that are not columns are an error.
 *
 * @example
 * columnJson(sessions, { accountId: '123456789012', issuedAt: now }); // { account_id: '1234...', issued_at: now }
 */
export function columnJson<T extends PgTable>(
  table: T,
  values: Partial<T['$inferInsert']>,
): Record<string, unknown> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (column === undefined) throw new Error(`\`${key}\` is not a column of the table`);
    if (value !== undefined) row[column.name] = value;
  }
  return row;
}
