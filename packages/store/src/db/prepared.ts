import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import type { QueryCounter } from './query-counter.js';

/**
 * Runs a hot read statement as a server-side prepared statement, so Postgres plans it once per connection rather
 * than on every call (planning the effective-policy union costs 3x its execution). `name` identifies the
 * statement text; every call with one name must render the same text.
 */
export type PreparedRunner = (name: string, query: SQL) => Promise<Record<string, unknown>[]>;

const dialect = new PgDialect();

/** postgres.js prepares (and caches per connection) statements sent with `prepare: true`. */
export function postgresPrepared(client: Sql, counter: QueryCounter): PreparedRunner {
  return async (_name, query) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    counter.logQuery(text, params);
    return [...(await client.unsafe(text, params as never[], { prepare: true }))];
  };
}

/**
 * PGlite has no protocol-level statement cache, so the statement is created once with SQL `PREPARE` and run with
 * `EXECUTE`. `EXECUTE` takes no bind parameters, so values are written as SQL string literals: only simple text
 * parameters are accepted, quoted with doubled single quotes (`standard_conforming_strings` is on).
 */
export function pglitePrepared(client: PGlite, counter: QueryCounter): PreparedRunner {
  const prepared = new Map<string, Promise<unknown>>();
  return async (name, query) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad prepared statement name ${name}`);
    const { sql: text, params } = dialect.sqlToQuery(query);
    let ready = prepared.get(name);
    if (!ready) {
      ready = client.query(`prepare ${name} as ${text}`);
      prepared.set(name, ready);
      ready.catch(() => prepared.delete(name));
    }
    await ready;
    const literals = params.map((p) => {
      if (typeof p !== 'string') throw new Error('prepared statements take text parameters only');
      return `'${p.replaceAll("'", "''")}'`;
    });
    counter.logQuery(text, params);
    const result = await client.query<Record<string, unknown>>(`execute ${name}(${literals.join(', ')})`);
    return result.rows;
  };
}
