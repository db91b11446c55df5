import type { Logger } from 'drizzle-orm/logger';
import type { ScryptParams } from './secrets/password-hash.js';

/** How to open a store. With `databaseUrl` it is Postgres; otherwise embedded PGlite (on disk or in memory). */
export interface StoreOptions {
  /** `postgres://user@host:5432/db`: use a PostgreSQL server through postgres.js. */
  databaseUrl?: string;
  /** PGlite data directory (default `./.iamgate/data`). Ignored with `databaseUrl` or `memory`. */
  dataDir?: string;
  /** PGlite in memory: nothing survives `close()`. For tests and experiments. */
  memory?: boolean;
  /** ARN partition (default `iamgate`): `arn:<partition>:iam::<account>:user/...`. */
  partition?: string;
  /**
   * 32-byte key (hex, base64, or bytes) that encrypts signing keys at rest; usually IAMGATE_SECRET_KEY. Without
   * it: a per-process key for in-memory PGlite, a generated `<dataDir>/iamgate-secret.key` for PGlite on disk,
   * and signing keys unavailable on Postgres.
   */
  secretKey?: string | Uint8Array;
  /** Postgres connection pool size (default 10). */
  poolSize?: number;
  /** Apply pending migrations at open (default true). */
  migrate?: boolean;
  /** scrypt cost for new password hashes (default N=2^17, r=8, p=1; logN below 14 is refused). */
  passwordHashing?: ScryptParams;
  /** A Drizzle logger that also receives every statement (the query counter always does). */
  logger?: Logger;
}

/**
 * Store options from environment variables: DATABASE_URL, IAMGATE_DATA_DIR, IAMGATE_SECRET_KEY,
 * IAMGATE_PARTITION. Used by the CLI, `db:migrate` and the gateway.
 */
export function storeOptionsFromEnv(env: Record<string, string | undefined> = process.env): StoreOptions {
  const options: StoreOptions = {};
  if (env.DATABASE_URL) options.databaseUrl = env.DATABASE_URL;
  if (env.IAMGATE_DATA_DIR) options.dataDir = env.IAMGATE_DATA_DIR;
  if (env.IAMGATE_SECRET_KEY) options.secretKey = env.IAMGATE_SECRET_KEY;
  if (env.IAMGATE_PARTITION) options.partition = env.IAMGATE_PARTITION;
  return options;
}
