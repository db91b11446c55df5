import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Hashes for machine-generated secrets (access key secrets, workload credentials, session secrets).
 *
 * Why a plain SHA-256 and not scrypt: these secrets are 40 random base62 characters (~238 bits), so there is no
 * dictionary to try and no benefit from salting or stretching; a fast hash keeps every authenticated request cheap.
 * Passwords, chosen by people, use `password-hash.ts` instead.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Compares `secret` with a stored `hashSecret` value in constant time. */
export function verifySecret(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'utf8');
  const expected = Buffer.from(storedHash, 'utf8');
  // Both are base64url SHA-256 digests (43 chars); a length mismatch means a corrupt row, not a timing leak.
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
