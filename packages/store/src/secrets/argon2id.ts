import { hash, parseOptions, verify } from '@node-rs/argon2';
import { StoreError } from '../errors.js';

/**
 * Argon2id password hashes (RFC 9106), in the PHC string format
 * `$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>`, so each hash carries the cost it was made with.
 * Argon2id is OWASP's first choice for password storage: memory-hard like scrypt, but at OWASP's parameters it
 * costs 19 MiB and about 15 ms where scrypt at OWASP's cost took 128 MiB and about a second, so a sign-in storm
 * neither exhausts memory nor holds libuv's thread pool for seconds.
 */

/** Argon2id cost parameters. */
export interface Argon2Params {
  /** Memory per hash in KiB (`m`). */
  memoryKiB: number;
  /** Passes over the memory (`t`). */
  timeCost: number;
  /** Lanes (`p`); each lane computes on a thread of its own, with `memoryKiB / parallelism` of the memory. */
  parallelism: number;
}

/** OWASP Password Storage Cheat Sheet: Argon2id with m=19 MiB, t=2, p=1. */
export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 19_456, timeCost: 2, parallelism: 1 };

/**
 * The cheapest cost accepted, production and tests alike: OWASP's smallest memory setting (7 MiB, which it pairs
 * with t=5) and one pass. Tests use exactly this to stay fast; anything lower is refused as a misconfiguration.
 */
export const MIN_ARGON2: Argon2Params = { memoryKiB: 7_168, timeCost: 1, parallelism: 1 };

/** The Argon2id variant and version 0x13 in `@node-rs/argon2`'s enums (const enums, not importable as values). */
const ARGON2ID = 2;
const VERSION_0X13 = 1;

/** `InvalidConfiguration` unless `params` are whole numbers at least `MIN_ARGON2` (and at most 16 lanes). */
export function checkArgon2Params(params: Argon2Params): Argon2Params {
  const { memoryKiB, timeCost, parallelism } = params;
  const whole = [memoryKiB, timeCost, parallelism].every(Number.isInteger);
  if (
    !whole ||
    memoryKiB < MIN_ARGON2.memoryKiB ||
    timeCost < MIN_ARGON2.timeCost ||
    parallelism < 1 ||
    parallelism > 16
  ) {
    throw new StoreError(
      'InvalidConfiguration',
      `argon2 cost must be at least m=${MIN_ARGON2.memoryKiB} KiB, t=${MIN_ARGON2.timeCost}, with 1 to 16 lanes`,
      { details: { field: 'passwordHashing.argon2' } },
    );
  }
  return params;
}

function options(params: Argon2Params) {
  return {
    algorithm: ARGON2ID,
    version: VERSION_0X13,
    memoryCost: params.memoryKiB,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
  };
}

/** Whether `stored` is an Argon2id PHC string (whatever its parameters). */
export function isArgon2idHash(stored: string): boolean {
  return stored.startsWith('$argon2id$');
}

/** Hashes a password with Argon2id and a fresh 16-byte salt. */
export function hashArgon2id(password: string, params: Argon2Params): Promise<string> {
  return hash(password.normalize('NFKC'), options(params));
}

/** Verifies a password against an Argon2id hash (constant time); a malformed hash verifies nothing. */
export async function verifyArgon2id(password: string, stored: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** Whether `stored` was made with exactly `params` (otherwise it is re-hashed at the next successful sign-in). */
export function hasArgon2Params(stored: string, params: Argon2Params): boolean {
  try {
    const made = parseOptions(stored);
    return (
      made.algorithm === ARGON2ID &&
      made.version === VERSION_0X13 &&
      made.memoryCost === params.memoryKiB &&
      made.timeCost === params.timeCost &&
      made.parallelism === params.parallelism
    );
  } catch {
    return false;
  }
}
