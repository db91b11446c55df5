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
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import { listenSupervised } from './postgres-listener.js';
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

/** Default `statement_timeout`, idle-in-transaction and connect timeout on Postgres (`StoreOptions`). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * postgres.js options that keep a pool alive through connection loss: server-side timeouts so no statement or
 * abandoned transaction holds a connection for long, a connect timeout, and a reconnect backoff capped at one
 * second (postgres.js's own grows to 20 s, during which every query waits).
 */
function serverOptions(options: StoreOptions): postgres.Options<Record<string, postgres.PostgresType>> {
  const timeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  return {
    onnotice: () => {},
    connect_timeout: Math.max(1, Math.ceil((timeout || DEFAULT_STATEMENT_TIMEOUT_MS) / 1000)),
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connection: {
      application_name: 'iamgate',
      ...(timeout > 0 ? { statement_timeout: timeout, idle_in_transaction_session_timeout: timeout } : {}),
    },
  };
}

/** Opens postgres.js or PGlite per the options, applying migrations unless `migrate: false`. */
export async function openDatabase(options: StoreOptions, logger: QueryCounter): Promise<OpenDatabase> {
  const runMigrations = options.migrate ?? true;
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    if (runMigrations) await migrateServer(url);
    const client = postgres(url, { ...serverOptions(options), max: options.poolSize ?? 10 });
    const db = drizzlePostgres({ client, schema, logger }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      dataDir: undefined,
      subscribe: (onPayload) =>
        listenSupervised({ url, channel: CHANGE_CHANNEL, base: serverOptions(options), onPayload }),
      prepared: postgresPrepared(client, logger),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.memory ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  let client: PGlite;
  let lock: DataDirLock | undefined;
  try {
    // PGlite creates its own directory but not missing parents (`./.iamgate` on a first run).
    if (dataDir) await mkdir(dirname(dataDir), { recursive: true });
    lock = dataDir ? await lockDataDir(dataDir) : undefined;
    const template = options.memoryTemplate;
    client = dataDir
      ? await PGlite.create(dataDir)
      : await PGlite.create(template === undefined ? {} : { loadDataDir: template });
  } catch (cause) {
    await lock?.release();
    if (cause instanceof StoreError) throw cause;
    throw new StoreError('ServiceFailure', 'cannot open the embedded database', {
      cause,
      details: { dataDir },
    });
  }
  const db = drizzlePglite({ client, schema, logger }) as unknown as Database;
  try {
    if (runMigrations) await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (cause) {
    await client.close().catch(() => {});
    await lock?.release();
    throw new StoreError('ServiceFailure', 'cannot apply database migrations', { cause });
  }
  return {
    db,
    driver: 'pglite',
    dataDir,
    subscribe: async (onPayload) => client.listen(CHANGE_CHANNEL, onPayload),
    prepared: pglitePrepared(client, logger),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

/**
 * Applies migrations on a server under an advisory lock, on a dedicated connection, so gateways starting together
 * do not run the same migration twice.
 */
async function migrateServer(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
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
