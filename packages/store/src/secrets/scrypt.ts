import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt password hashes, the format iamgate wrote before Argon2id (see `password-hasher.ts`). New hashes are
 * Argon2id; these functions stay so that existing hashes keep verifying until their owners' next sign-in upgrades
 * them. The parameters are written into every hash, so each verifies with the cost it was made with.
 *
 * Format: `scrypt$<log2 N>$<r>$<p>$<salt base64url>$<key base64url>`.
 */

/** scrypt cost parameters. */
export interface ScryptParams {
  /** log2 of N (CPU/memory cost). At least 14. */
  logN: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1 (128 MiB, about 1 s on a 2-core machine). */
export const DEFAULT_SCRYPT: ScryptParams = { logN: 17, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128 * N * r bytes; give it twice that so the default 32 MiB cap does not reject strong settings.
  const maxmem = 256 * N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N, r: params.r, p: params.p, maxmem },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Whether `stored` is a scrypt hash (whatever its parameters). */
export function isScryptHash(stored: string): boolean {
  return stored.startsWith('scrypt$');
}

/**
 * Hashes a password with scrypt and a fresh 16-byte salt. Only tests and tools make these now (to stand for hashes
 * written by earlier versions); the store hashes new passwords with Argon2id.
 */
export async function hashScrypt(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.logN,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Verifies a password against a scrypt hash in constant time; a malformed hash verifies nothing. */
export async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const params = { logN: Number(parts[1]), r: Number(parts[2]), p: Number(parts[3]) };
  if (![params.logN, params.r, params.p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  const actual = await derive(password, salt, params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
