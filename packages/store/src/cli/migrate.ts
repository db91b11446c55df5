/**
 * `pnpm db:migrate`: applies the committed migrations to the database named by the environment (DATABASE_URL for
 * Postgres, else PGlite in `<IAMGATE_DATA_DIR>/data`, default `./.iamgate/data` where the command was started), then reports the applied count. Opening a store
 * migrates; this script only does it without starting anything else.
 */

import { storeOptionsFromEnv } from '../options.js';
import { openStore } from '../store.js';

const options = storeOptionsFromEnv();
const target = options.databaseUrl ? 'Postgres (DATABASE_URL)' : `PGlite at ${options.dataDir}`;
try {
  const store = await openStore(options);
  await store.close();
  console.log(`migrations applied: ${target} is up to date`);
} catch (error) {
  console.error(`migration failed on ${target}: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause) console.error(error.cause);
  process.exitCode = 1;
}
