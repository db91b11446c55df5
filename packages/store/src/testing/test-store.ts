import { randomBytes } from 'node:crypto';
import type { StoreOptions } from '../options.js';
import { MIN_ARGON2 } from '../secrets/argon2id.js';
import { openStore, type Store } from '../store.js';
import { pgliteTemplate } from './pglite-template.js';
import { createTestDatabase, TEST_DATABASE_ENV } from './test-database.js';

/** Which database a test store runs on. */
export type TestDriver = 'pglite' | 'postgres';

/** A store for tests and how to dispose of it. */
export interface TestStore {
  store: Store;
  /** The options it was opened with (to reopen the same database, e.g. in a restart test). */
  options: StoreOptions;
  /** Closes the store and drops its database (Postgres). */
  cleanup(): Promise<void>;
}

/**
 * The drivers available to tests: PGlite always, Postgres when `IAMGATE_TEST_DATABASE_URL` is set. Use with
 * `describe.each(testDrivers())`.
 */
export function testDrivers(): TestDriver[] {
  return process.env[TEST_DATABASE_ENV] ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Opens a store for a test file: in-memory PGlite, or a fresh Postgres database created for it (dropped by
 * `cleanup`), with the transaction guard on (see `StoreOptions.guardTransactions`). Passwords are hashed with scrypt's cheapest accepted cost (N=2^14) so suites stay fast; pass
 * `passwordHashing` to override. A random secret key is set so signing keys work on both drivers.
 */
export async function createTestStore(
  options: { driver?: TestDriver } & Omit<StoreOptions, 'databaseUrl' | 'memory' | 'dataDir'> = {},
): Promise<TestStore> {
  const { driver = 'pglite', ...rest } = options;
  const base: StoreOptions = {
    // The cheapest password hashing the store accepts, in production as here: Argon2id m=7 MiB, t=1.
    passwordHashing: { logN: 14, r: 8, p: 1, argon2: MIN_ARGON2 },
    // A store call inside a transaction that is not the transaction's own fails the test instead of hanging it.
    guardTransactions: true,
    secretKey: randomBytes(32).toString('base64'),
    ...rest,
  };
  if (driver === 'pglite') {
    // From a migrated template: a few hundred milliseconds instead of seconds of initdb and migrations.
    const opened: StoreOptions = { ...base, memory: true, memoryTemplate: await pgliteTemplate() };
    const store = await openStore(opened);
    return { store, options: opened, cleanup: () => store.close() };
  }
  const database = await createTestDatabase();
  try {
    const opened: StoreOptions = { ...base, databaseUrl: database.url };
    const store = await openStore(opened);
    return {
      store,
      options: opened,
      async cleanup() {
        await store.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
