import { createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GetStore } from './helpers.js';

export function signingKeysSuite(store: GetStore) {
  describe('signing keys', () => {
    it('creates one active key even when asked concurrently, and publishes it', async () => {
      const keys = await Promise.all(Array.from({ length: 5 }, () => store().signingKeys.ensureActive()));
      expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
      const key = keys[0];
      if (!key) throw new Error('no key');
      expect(key.algorithm).toBe('EdDSA');
      expect(key.publicJwk).toMatchObject({
        kty: 'OKP',
        crv: 'Ed25519',
        kid: key.kid,
        alg: 'EdDSA',
        use: 'sig',
      });
      // The decrypted private key signs what the published public key verifies.
      const data = Buffer.from('payload');
      const signature = sign(null, data, key.privateKey);
      expect(verify(null, data, createPublicKey({ key: key.publicJwk, format: 'jwk' }), signature)).toBe(
        true,
      );
      expect((await store().signingKeys.verificationKeys()).map((k) => k.kid)).toContain(key.kid);
    });

    it('rotates: the retired key stays published for its TTL, then disappears', async () => {
      const before = await store().signingKeys.ensureActive();
      const next = await store().signingKeys.rotate({ algorithm: 'ES256', retiredKeyTtlSeconds: 3600 });
      expect(next.kid).not.toBe(before.kid);
      expect(next.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
      expect((await store().signingKeys.active())?.kid).toBe(next.kid);
      const now = new Date();
      const published = (await store().signingKeys.verificationKeys(now)).map((k) => k.kid);
      expect(published).toEqual(expect.arrayContaining([before.kid, next.kid]));
      const later = new Date(now.getTime() + 2 * 3_600_000);
      expect((await store().signingKeys.verificationKeys(later)).map((k) => k.kid)).not.toContain(before.kid);
      expect(await store().signingKeys.purge(later)).toBeGreaterThanOrEqual(1);
      const statuses = await store().signingKeys.list();
      expect(statuses.filter((k) => k.status === 'active').map((k) => k.kid)).toEqual([next.kid]);
    });
  });
}
