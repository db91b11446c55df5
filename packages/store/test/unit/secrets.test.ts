import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../../src/secrets/envelope.js';
import { hashScrypt, verifyScrypt } from '../../src/secrets/scrypt.js';
import { hashSecret, verifySecret } from '../../src/secrets/secret-hash.js';
import { parseSecretKey } from '../../src/secrets/secret-key.js';

describe('secrets', () => {
  it('still verifies salted scrypt hashes of earlier versions, parameters recorded in the hash', async () => {
    const params = { logN: 14, r: 8, p: 1 };
    const a = await hashScrypt('Correct-horse-1', params);
    const b = await hashScrypt('Correct-horse-1', params);
    expect(a).toMatch(/^scrypt\$14\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyScrypt('Correct-horse-1', a)).toBe(true);
    expect(await verifyScrypt('correct-horse-1', a)).toBe(false);
    expect(await verifyScrypt('Correct-horse-1', 'scrypt$bad')).toBe(false);
  });

  it('hashes machine secrets with SHA-256 and compares them in constant time', () => {
    const hash = hashSecret('s3cret');
    expect(hash).toHaveLength(43);
    expect(verifySecret('s3cret', hash)).toBe(true);
    expect(verifySecret('s3cres', hash)).toBe(false);
    expect(verifySecret('s3cret', 'short')).toBe(false);
  });

  it('encrypts with AES-256-GCM bound to its row, and detects a wrong key or tampering', () => {
    const key = randomBytes(32);
    const sealed = seal(key, 'private key', 'kid-1');
    expect(open(key, sealed, 'kid-1')).toBe('private key');
    expect(() => open(randomBytes(32), sealed, 'kid-1')).toThrow(
      expect.objectContaining({ code: 'InvalidConfiguration' }),
    );
    expect(() => open(key, sealed, 'kid-2')).toThrow(
      expect.objectContaining({ code: 'InvalidConfiguration' }),
    );
    const tampered = `${sealed.slice(0, -2)}AA`;
    expect(() => open(key, tampered, 'kid-1')).toThrow(
      expect.objectContaining({ code: 'InvalidConfiguration' }),
    );
  });

  it('reads 32-byte keys as hex or base64 and refuses anything else', () => {
    const raw = randomBytes(32);
    expect(parseSecretKey(raw.toString('hex'))).toEqual(raw);
    expect(parseSecretKey(raw.toString('base64'))).toEqual(raw);
    expect(parseSecretKey(raw.toString('base64url'))).toEqual(raw);
    expect(parseSecretKey(new Uint8Array(raw))).toEqual(raw);
    for (const bad of ['', 'abc', randomBytes(16).toString('hex'), randomBytes(33).toString('base64')]) {
      expect(() => parseSecretKey(bad)).toThrow(expect.objectContaining({ code: 'InvalidConfiguration' }));
    }
  });
});
