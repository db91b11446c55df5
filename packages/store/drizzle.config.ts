import { resolve } from 'node:path';
import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit configuration. `generate` needs no database. `studio` (and any other command that connects) uses
 * Postgres when DATABASE_URL is set, else the embedded PGlite database in IAMGATE_DATA_DIR (default
 * `./.iamgate/data`, relative to the directory the command runs in).
 */
const databaseUrl = process.env.DATABASE_URL;
const dataDir = resolve(process.env.IAMGATE_DATA_DIR ?? './.iamgate/data');

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
