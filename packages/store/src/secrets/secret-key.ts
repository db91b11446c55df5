import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../errors.js';

/** Name of the file that keeps the generated development key next to a PGlite database. */
export const DEV_KEY_FILE = 'iamgate-secret.key';

/**
 * Parses a 32-byte key given as 64 hex characters or as base64/base64url (44/43 characters).
 * Anything else is an `InvalidConfiguration` error (the key itself is never echoed).
 */
export function parseSecretKey(value: string | Uint8Array): Buffer {
  if (typeof value !== 'string') {
    if (value.length !== 32) throw badKey();
    return Buffer.from(value);
  }
  const text = value.trim();
  const buf = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (buf.length !== 32) throw badKey();
  return buf;
}

function badKey(): StoreError {
  return new StoreError(
    'InvalidConfiguration',
    'the secret key must be 32 bytes, written as 64 hex characters or base64 (IAMGATE_SECRET_KEY)',
  );
}

/**
 * Where the key that encrypts signing keys comes from, in order:
 * 1. the `secretKey` option (the caller usually passes `process.env.IAMGATE_SECRET_KEY`);
 * 2. PGlite in memory: a random key for this process (the data dies with it anyway);
 * 3. PGlite on disk: `<dataDir>/iamgate-secret.key`, generated on first use with mode 0600. This is the
 *    zero-set-up development default; anyone who can read the data directory can read the key, so production
 *    deployments set IAMGATE_SECRET_KEY;
 * 4. Postgres: none. Several gateways share the database, so a per-process key would make their signing keys
 *    unreadable to each other; using signing keys then fails with `InvalidConfiguration`.
 */
export async function resolveSecretKey(input: {
  secretKey?: string | Uint8Array | undefined;
  driver: 'pglite' | 'postgres';
  dataDir?: string | undefined;
}): Promise<Buffer | undefined> {
  if (input.secretKey !== undefined) return parseSecretKey(input.secretKey);
  if (input.driver === 'postgres') return undefined;
  if (input.dataDir === undefined) return randomBytes(32);
  const file = join(input.dataDir, DEV_KEY_FILE);
  try {
    return parseSecretKey(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(32);
  await mkdir(input.dataDir, { recursive: true });
  // `wx` fails if another process created the file in between; then read theirs.
  try {
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return parseSecretKey(await readFile(file, 'utf8'));
  }
}
