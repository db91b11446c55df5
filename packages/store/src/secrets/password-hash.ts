import type { Argon2Params } from './argon2id.js';
import type { ScryptParams } from './scrypt.js';

export { DEFAULT_SCRYPT, type ScryptParams } from './scrypt.js';

/**
 * The `passwordHashing` option of a store. New hashes are Argon2id at `argon2` (default OWASP's m=19 MiB, t=2,
 * p=1; below `MIN_ARGON2` is refused). The scrypt fields are the cost the store used before Argon2id; they are
 * still checked (log N of 14 or more) but no longer used for new hashes, since every scrypt hash carries its own
 * parameters and verifies with them.
 */
export interface PasswordHashing extends ScryptParams {
  /** Argon2id cost of new hashes; hashes made with another cost are re-hashed at their next sign-in. */
  argon2?: Argon2Params;
}
