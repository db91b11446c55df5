import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { StoreError } from '../errors.js';

/**
 * AES-256-GCM encryption of small secrets at rest (signing-key private keys). The output is
 * `v1.<iv>.<tag>.<ciphertext>` in base64url; `aad` binds a ciphertext to its row (the key id) so rows cannot be
 * swapped.
 */
export function seal(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ['v1', iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.');
}

/** Decrypts a `seal` value; a wrong key or tampered data is an `InvalidConfiguration` error. */
export function open(key: Buffer, sealed: string, aad: string): string {
  const [version, iv, tag, ct] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ct === undefined) {
    throw new StoreError('InvalidConfiguration', 'encrypted value has an unknown format');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  } catch (cause) {
    throw new StoreError(
      'InvalidConfiguration',
      'cannot decrypt a signing key: the secret key differs from the one it was encrypted with',
      { cause },
    );
  }
}
