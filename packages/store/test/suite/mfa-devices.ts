import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

/** Virtual MFA devices: seeds sealed at rest, one owner at a time, and each accepted time step used once. */
export function mfaDevicesSuite(store: GetStore) {
  describe('MFA devices', () => {
    it('accepts a time step once however many callers race for it, and never an earlier one', async () => {
      const account = await newAccount(store());
      const device = await store().mfaDevices.create(account.id, { name: 'phone' });
      await store().mfaDevices.enable(account.id, device.serialNumber, 'root', 100, new Date());
      const now = new Date();
      const results = await Promise.all(
        Array.from({ length: 6 }, () => store().mfaDevices.acceptStep(device.id, 101, now)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store().mfaDevices.acceptStep(device.id, 100, now)).toBe(false);
      expect(await store().mfaDevices.acceptStep(device.id, 102, now)).toBe(true);
    });

    it('seals the seed to its row and names the device by its ARN', async () => {
      const account = await newAccount(store());
      const device = await store().mfaDevices.create(account.id, { name: 'key', path: '/team/' });
      expect(device.serialNumber).toBe(`arn:iamgate:iam::${account.id}:mfa/team/key`);
      expect(device.base32Seed).toMatch(/^[A-Z2-7]{32}$/);
      const secret = await store().mfaDevices.secret(account.id, device.serialNumber);
      expect(secret.base32Seed).toBe(device.base32Seed);
      // Not enabled: nobody's device, and no step accepted.
      expect(await store().mfaDevices.acceptStep(device.id, 1, new Date())).toBe(false);
      expect(await store().mfaDevices.secretsFor(account.id, null)).toEqual([]);
    });

    it("never finds another account's device, by serial or in lists", async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const device = await store().mfaDevices.create(a.id, { name: 'only-a' });
      await expectCode(store().mfaDevices.secret(b.id, device.serialNumber), 'NoSuchEntity');
      await expectCode(
        store().mfaDevices.enable(b.id, device.serialNumber, 'root', 1, new Date()),
        'NoSuchEntity',
      );
      await expectCode(store().mfaDevices.delete(b.id, device.serialNumber), 'NoSuchEntity');
      expect((await store().mfaDevices.listVirtual(b.id)).edges).toEqual([]);
    });

    it('keeps at most 8 devices enabled for one principal', async () => {
      const account = await newAccount(store());
      const now = new Date();
      for (let i = 0; i < 8; i++) {
        const device = await store().mfaDevices.create(account.id, { name: `d${i}` });
        await store().mfaDevices.enable(account.id, device.serialNumber, 'root', 1, now);
      }
      const ninth = await store().mfaDevices.create(account.id, { name: 'd8' });
      await expectCode(
        store().mfaDevices.enable(account.id, ninth.serialNumber, 'root', 1, now),
        'LimitExceeded',
      );
      expect(await store().mfaDevices.listFor(account.id, 'root')).toHaveLength(8);
    });
  });
}
