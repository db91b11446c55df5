import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types.js';
import { noSuchEntity } from '../errors.js';
import { checkPathPrefix } from '../names.js';
import { decodeCursor, type ListFilter, type PageArgs, pageSize } from '../pagination.js';

/** The columns every named entity (user, group, role, policy, workload) has. */
export interface NamedColumns {
  id: AnyPgColumn;
  accountId: AnyPgColumn;
  name: AnyPgColumn;
  path: AnyPgColumn;
}

/** `account = ? and lower(name) = lower(?)`: the case-insensitive lookup the unique index serves. */
export function byName(t: NamedColumns, accountId: string, name: string): SQL {
  return and(eq(t.accountId, accountId), sql`lower(${t.name}) = lower(${name})`) as SQL;
}

/**
 * The id of the entity `name` of the account (case-insensitive), or `NoSuchEntity` naming `kind`. With `lock`, the
 * row stays locked until commit (`select ... for update`).
 */
export async function idByName(
  db: Executor,
  t: NamedColumns & PgTable,
  kind: string,
  accountId: string,
  name: string,
  lock = false,
): Promise<string> {
  const q = db
    .select({ id: t.id })
    .from(t)
    .where(byName(t, accountId, name));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw noSuchEntity(kind, name);
  return row.id as string;
}

/** The parts of a list query: filter, keyset condition, order and limit (one extra row to detect a next page). */
export interface ListQuery {
  where: SQL;
  orderBy: SQL[];
  limit: number;
  /** The page size asked for. */
  size: number;
}

/** The keyset part of a list ordered by lower(name), then id: the `after` condition, order, limit and size. */
export interface NameKeyset {
  /** Rows after the cursor; undefined on the first page. */
  after: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  size: number;
}

/**
 * Keyset paging by lower(name), then id, over any rows with a name and an id column (entities, memberships,
 * attachments, inline policies). `parseId` restores the id's type from the cursor (ids are text, except
 * inline policies' serial ids).
 */
export function nameKeyset(
  t: { name: AnyPgColumn; id: AnyPgColumn },
  page: PageArgs,
  parseId: (value: string | number) => string | number = String,
): NameKeyset {
  const size = pageSize(page.first);
  let after: SQL | undefined;
  if (page.after) {
    const [lowerName, id] = decodeCursor(page.after, 2);
    after = sql`(lower(${t.name}), ${t.id}) > (${String(lowerName)}, ${parseId(id as string | number)})`;
  }
  return { after, orderBy: [asc(sql`lower(${t.name})`), asc(t.id)], limit: size + 1, size };
}

/** Builds a keyset-paginated list query ordered by lower(name), then id. */
export function listQuery(t: NamedColumns, accountId: string, filter: ListFilter = {}): ListQuery {
  pageSize(filter.first); // checked first, so a bad size is reported before a bad path prefix
  const conditions: SQL[] = [eq(t.accountId, accountId)];
  if (filter.pathPrefix !== undefined) {
    conditions.push(sql`starts_with(${t.path}, ${checkPathPrefix(filter.pathPrefix)})`);
  }
  if (filter.nameContains !== undefined && filter.nameContains !== '') {
    // strpos rather than LIKE: no escaping of % and _ in user input needed.
    conditions.push(sql`strpos(lower(${t.name}), lower(${filter.nameContains})) > 0`);
  }
  const keyset = nameKeyset(t, filter);
  if (keyset.after) conditions.push(keyset.after);
  return {
    where: and(...conditions) as SQL,
    orderBy: keyset.orderBy,
    limit: keyset.limit,
    size: keyset.size,
  };
}

/** The cursor key of a named row (matches `listQuery`'s order). */
export function nameCursor(row: { name: string; id: string }): string[] {
  return [row.name.toLowerCase(), row.id];
}
