import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GetStore } from './helpers.js';

export function signInThrottleSuite(store: GetStore) {
  describe('sign-in throttle', () => {
    const rule = { maxAttempts: 5, windowSeconds: 60, lockoutSeconds: 300 };
    const now = new Date('2030-01-01T00:00:00.000Z');
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    const newKey = () => `user:${randomBytes(4).toString('hex')}`;

    it('allows at most the maximum of concurrent reservations, then locks the key', async () => {
      const key = newKey();
      const states = await Promise.all(
        Array.from({ length: 12 }, () => store().signInThrottle.reserve(key, rule, now)),
      );
      expect(states.map((s) => s.attempts).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect(states.filter((s) => s.allowed)).toHaveLength(5);
      expect(states.filter((s) => !s.allowed).every((s) => s.retryAt?.getTime() === at(300).getTime())).toBe(
        true,
      );
      // The lockout outlasts the window; once it is over a new window starts.
      expect((await store().signInThrottle.reserve(key, rule, at(120))).allowed).toBe(false);
      expect(await store().signInThrottle.reserve(key, rule, at(301))).toMatchObject({
        allowed: true,
        attempts: 1,
      });
    });

    it('gives back refunded attempts and forgets a key on reset', async () => {
      const key = newKey();
      for (let i = 0; i < 5; i++) await store().signInThrottle.reserve(key, rule, now);
      await store().signInThrottle.refund(key);
      expect(await store().signInThrottle.reserve(key, rule, now)).toMatchObject({
        allowed: true,
        attempts: 5,
      });
      expect((await store().signInThrottle.reserve(key, rule, now)).allowed).toBe(false);
      await store().signInThrottle.reset(key);
      expect(await store().signInThrottle.reserve(key, rule, now)).toMatchObject({
        allowed: true,
        attempts: 1,
      });
      await store().signInThrottle.refund('user:never-seen');
    });

    it('keeps a lockout when attempts in flight are refunded under the limit', async () => {
      const key = newKey();
      for (let i = 0; i < 6; i++) await store().signInThrottle.reserve(key, rule, now);
      for (let i = 0; i < 3; i++) await store().signInThrottle.refund(key);
      expect(await store().signInThrottle.reserve(key, rule, at(1))).toMatchObject({
        allowed: false,
        retryAt: at(300),
      });
    });

    it('starts a new count after the window', async () => {
      const key = newKey();
      for (let i = 0; i < 3; i++) await store().signInThrottle.reserve(key, rule, now);
      expect(await store().signInThrottle.reserve(key, rule, at(61))).toMatchObject({
        allowed: true,
        attempts: 1,
      });
    });
  });
}
