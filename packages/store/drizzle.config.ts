import { defineConfig } from 'drizzle-kit';
import { embeddedDataDir } from './src/options.js';

/**
 * drizzle-kit configuration. `generate` needs no database. `studio` (and any other command that connects) uses
 * Postgres when DATABASE_URL is set, else the embedded PGlite database the gateway uses (`embeddedDataDir`:
 * `<IAMGATE_DATA_DIR>/data`, default `./.iamgate/data` where the command was started).
 */
const databaseUrl = process.env.DATABASE_URL;
const dataDir = embeddedDataDir();

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
  ...(databaseUrl
    ? { dbCredentials: { url: databaseUrl } }
    : { driver: 'pglite' as const, dbCredentials: { url: dataDir } }),
});
