import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { StoreError } from '../errors.js';
import { MIGRATIONS_FOLDER } from '../migrations-folder.js';
import { CHANGE_CHANNEL } from '../notify/change-event.js';
import type { ChannelSubscriber } from '../notify/change-notifier.js';
import type { StoreOptions } from '../options.js';
import * as schema from '../schema/index.js';
import { type PreparedRunner, pglitePrepared, postgresPrepared } from './prepared.js';
import type { QueryCounter } from './query-counter.js';
import type { Database, DriverName } from './types.js';

/** An open database connection, whichever driver. */
export interface OpenDatabase {
  db: Database;
  driver: DriverName;
  /** PGlite's data directory (undefined in memory and on Postgres). */
  dataDir: string | undefined;
  subscribe: ChannelSubscriber;
  /** Runs hot reads as prepared statements (outside any transaction). */
  prepared: PreparedRunner;
  close(): Promise<void>;
}

/** Default PGlite directory, relative to the working directory. */
export const DEFAULT_DATA_DIR = './.iamgate/data';

// Any constant works; it only has to be the same in every process migrating the same database.
const MIGRATION_LOCK = 7_345_112_901;

/** Opens postgres.js or PGlite per the options, applying migrations unless `migrate: false`. */
export async function openDatabase(options: StoreOptions, logger: QueryCounter): Promise<OpenDatabase> {
  const runMigrations = options.migrate ?? true;
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    if (runMigrations) await migrateServer(url);
    const client = postgres(url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, logger }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      dataDir: undefined,
      subscribe: async (onPayload) => {
        const { unlisten } = await client.listen(CHANGE_CHANNEL, onPayload);
        return unlisten;
      },
      prepared: postgresPrepared(client, logger),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.memory ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  let client: PGlite;
  try {
    // PGlite creates its own directory but not missing parents (`./.iamgate` on a first run).
    if (dataDir) await mkdir(dirname(dataDir), { recursive: true });
    client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (cause) {
    throw new StoreError('ServiceFailure', 'cannot open the embedded database', {
      cause,
      details: { dataDir },
    });
  }
  const db = drizzlePglite({ client, schema, logger }) as unknown as Database;
  if (runMigrations) await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    driver: 'pglite',
    dataDir,
    subscribe: async (onPayload) => client.listen(CHANGE_CHANNEL, onPayload),
    prepared: pglitePrepared(client, logger),
    close: () => client.close(),
  };
}

/**
 * Applies migrations on a server under an advisory lock, on a dedicated connection, so gateways starting together
 * do not run the same migration twice.
 */
async function migrateServer(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } catch (cause) {
    throw new StoreError('ServiceFailure', 'cannot apply database migrations', { cause });
  } finally {
    await client.end({ timeout: 5 });
  }
}
