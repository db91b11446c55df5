import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from '../schema/index.js';

/** The schema object the store's Drizzle instances are built with. */
export type Schema = typeof schema;

/** A Drizzle database over either driver (postgres.js or PGlite). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A Drizzle transaction over either driver. */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Something queries run on: the database (auto-commit) or an open transaction. */
export type Executor = Database | Transaction;

/** Which driver a store runs on. */
export type DriverName = 'pglite' | 'postgres';
