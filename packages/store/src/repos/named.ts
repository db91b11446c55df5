import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { checkPathPrefix } from '../names.js';
import { decodeCursor, type ListFilter, pageSize } from '../pagination.js';

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

/** The parts of a list query: filter, keyset condition, order and limit (one extra row to detect a next page). */
export interface ListQuery {
  where: SQL;
  orderBy: SQL[];
  limit: number;
  /** The page size asked for. */
  size: number;
}

/** Builds a keyset-paginated list query ordered by lower(name), then id. */
export function listQuery(t: NamedColumns, accountId: string, filter: ListFilter = {}): ListQuery {
  const size = pageSize(filter.first);
  const conditions: SQL[] = [eq(t.accountId, accountId)];
  if (filter.pathPrefix !== undefined) {
    conditions.push(sql`starts_with(${t.path}, ${checkPathPrefix(filter.pathPrefix)})`);
  }
  if (filter.nameContains !== undefined && filter.nameContains !== '') {
    // strpos rather than LIKE: no escaping of % and _ in user input needed.
    conditions.push(sql`strpos(lower(${t.name}), lower(${filter.nameContains})) > 0`);
  }
  if (filter.after) {
    const [lowerName, id] = decodeCursor(filter.after, 2);
    conditions.push(sql`(lower(${t.name}), ${t.id}) > (${String(lowerName)}, ${String(id)})`);
  }
  return {
    where: and(...conditions) as SQL,
    orderBy: [asc(sql`lower(${t.name})`), asc(t.id)],
    limit: size + 1,
    size,
  };
}

/** The cursor key of a named row (matches `listQuery`'s order). */
export function nameCursor(row: { name: string; id: string }): string[] {
  return [row.name.toLowerCase(), row.id];
}
