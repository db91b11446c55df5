import { invalidInput } from './errors.js';

/** Relay-style page arguments: up to `first` items after the opaque `after` cursor. */
export interface PageArgs {
  /** Page size, 1..1000 (default 100, like AWS's `MaxItems`). */
  first?: number;
  /** The `endCursor` of the previous page. */
  after?: string | null;
}

/** Filters shared by the named-entity lists (AWS's `PathPrefix`, plus a case-insensitive name search). */
export interface ListFilter extends PageArgs {
  /** Only entities whose path starts with this (`/division_abc/`). */
  pathPrefix?: string;
  /** Only entities whose name contains this, ignoring case. */
  nameContains?: string;
}

/** One item of a connection, with the cursor that resumes after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection (`https://relay.dev/graphql/connections.htm`), forward pagination only. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** The checked page size. */
export function pageSize(first: number | undefined): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw invalidInput(`page size \`${String(first)}\` must be an integer from 1 to 1000`, {
      field: 'first',
    });
  }
  return n;
}

/** Encodes a sort key as an opaque cursor. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with `arity` parts; anything else is `InvalidInput`. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput(`cursor \`${cursor}\` is not valid`, { field: 'after' });
}

/**
 * Builds a connection from `rows` fetched with `limit + 1` (the extra row only tells whether there is a next page).
 */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => (string | number)[],
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: map(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
