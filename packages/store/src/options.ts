import { join, resolve } from 'node:path';
import type { Logger } from 'drizzle-orm/logger';
import type { PasswordHashing } from './secrets/password-hash.js';

/** How to open a store. With `databaseUrl` it is Postgres; otherwise embedded PGlite (on disk or in memory). */
export interface StoreOptions {
  /** `postgres://user@host:5432/db`: use a PostgreSQL server through postgres.js. */
  databaseUrl?: string;
  /** PGlite data directory (default `./.iamgate/data`). Ignored with `databaseUrl` or `memory`. */
  dataDir?: string;
  /** PGlite in memory: nothing survives `close()`. For tests and experiments. */
  memory?: boolean;
  /**
   * With `memory`: start from this PGlite data directory (a `dumpDataDir()` tarball, e.g. an empty migrated
   * database that tests copy) instead of an empty one; pending migrations still run.
   */
  memoryTemplate?: Blob;
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
  /**
   * Password hashing: `argon2` is the Argon2id cost of new hashes (default OWASP's m=19 MiB, t=2, p=1; below
   * m=7 MiB or t=1 is refused). `logN`/`r`/`p`, the scrypt cost hashes were made with before Argon2id, are still
   * checked (logN below 14 is refused) but no longer used: old scrypt hashes carry their own parameters.
   */
  passwordHashing?: PasswordHashing;
  /** A Drizzle logger that also receives every statement (the query counter always does). */
  logger?: Logger;
  /**
   * Refuse the store's own (auto-commit) operations inside one of its transactions, where they would freeze
   * PGlite (see `TransactionScope`). Costs a little on every promise; on in tests, off by default.
   */
  guardTransactions?: boolean;
  /**
   * Longest a PGlite transaction may stay open before it is rolled back with `ServiceUnavailable` (default
   * 10,000 ms). On Postgres the server bounds transactions instead (`statementTimeoutMs`).
   */
  transactionTimeoutMs?: number;
  /**
   * Postgres only: `statement_timeout` and `idle_in_transaction_session_timeout` of every connection, and the
   * connect timeout (default 10,000 ms). A statement or an idle transaction past it fails with
   * `ServiceUnavailable`. 0 turns the server-side timeouts off.
   */
  statementTimeoutMs?: number;
}

/**
 * The embedded database's folder, as the gateway lays it out: `<IAMGATE_DATA_DIR>/data`, where IAMGATE_DATA_DIR
 * (default `.iamgate`) is relative to the directory the command was started from (pnpm's INIT_CWD), so that
 * `pnpm db:migrate` at the repository root reaches the database `pnpm start` created there.
 */
export function embeddedDataDir(env: Record<string, string | undefined> = process.env): string {
  return join(resolve(env.INIT_CWD ?? process.cwd(), env.IAMGATE_DATA_DIR ?? '.iamgate'), 'data');
}

/**
 * Store options from environment variables: DATABASE_URL, else PGlite in `embeddedDataDir`; IAMGATE_SECRET_KEY,
 * IAMGATE_PARTITION. Used by `db:migrate`.
 */
export function storeOptionsFromEnv(env: Record<string, string | undefined> = process.env): StoreOptions {
  const options: StoreOptions = {};
  if (env.DATABASE_URL) options.databaseUrl = env.DATABASE_URL;
  else options.dataDir = embeddedDataDir(env);
  if (env.IAMGATE_SECRET_KEY) options.secretKey = env.IAMGATE_SECRET_KEY;
  if (env.IAMGATE_PARTITION) options.partition = env.IAMGATE_PARTITION;
  return options;
}
