import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GetStore } from './helpers.js';

export function signInThrottleSuite(store: GetStore) {
  describe('sign-in throttle', () => {
    it('locks a key after the maximum failures within the window, counting concurrent failures', async () => {
      const key = `user:${randomBytes(4).toString('hex')}`;
      const rule = { maxFailures: 5, windowSeconds: 60, lockoutSeconds: 300 };
      const now = new Date('2030-01-01T00:00:00.000Z');
      const states = await Promise.all(
        Array.from({ length: 5 }, () => store().signInThrottle.recordFailure(key, rule, now)),
      );
      expect(states.map((s) => s.failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
      const until = await store().signInThrottle.lockedUntil([key, 'ip:other'], now);
      expect(until?.toISOString()).toBe('2030-01-01T00:05:00.000Z');
      expect(
        await store().signInThrottle.lockedUntil([key], new Date('2030-01-01T00:06:00.000Z')),
      ).toBeNull();
      // After the window a new count starts.
      const later = await store().signInThrottle.recordFailure(
        key,
        rule,
        new Date('2030-01-01T00:10:00.000Z'),
      );
      expect(later.failures).toBe(1);
      await store().signInThrottle.reset(key);
      expect(await store().signInThrottle.lockedUntil([key], now)).toBeNull();
    });
  });
}
