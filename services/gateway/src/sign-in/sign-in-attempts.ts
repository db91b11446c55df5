import type { Store, ThrottleRule } from '@iamgate/store';
import type { SignInProtection } from '../config/gateway-config.js';
import type { LockoutScope } from '../metrics/gateway-metrics.js';
import type { ThrottleKeys } from './throttle-keys.js';

/** Whether an attempt may check its credentials. */
export type Reservation =
  | { allowed: true /** The principal's attempts in the window, this one included. */; attempts: number }
  | { allowed: false /** When the locked key may try again. */; retryAt: Date };

/**
 * The attempt counters of sign-in, per principal and per source address. An attempt is reserved on both before
 * its credentials are checked, each in one atomic statement, so that concurrent requests, batched operations and
 * aliased fields can never get more checks than the limits allow between them: a refused reservation means the
 * password is not checked at all. A success resets the principal's count and gives the address its attempt back;
 * an attempt that could not be checked gives both back.
 */
export class SignInAttempts {
  constructor(
    private readonly store: Store,
    private readonly protection: SignInProtection,
    /** Told when an attempt starts a lockout (the first one past the limit), for metrics. */
    private readonly onLockout: (scope: LockoutScope) => void = () => {},
  ) {}

  private rule(maxAttempts: number): ThrottleRule {
    const { windowSeconds } = this.protection;
    return { maxAttempts, windowSeconds, lockoutSeconds: windowSeconds };
  }

  /** Reserves an attempt on the principal, then on the source (giving the principal's back if that is locked). */
  async reserve(keys: ThrottleKeys, now: Date): Promise<Reservation> {
    const throttle = this.store.signInThrottle;
    const principal = await throttle.reserve(
      keys.principal,
      this.rule(this.protection.maxFailuresPerPrincipal),
      now,
    );
    if (!principal.allowed) {
      if (principal.attempts === this.protection.maxFailuresPerPrincipal + 1) this.onLockout('principal');
      return { allowed: false, retryAt: principal.retryAt ?? now };
    }
    const source = await throttle
      .reserve(keys.source, this.rule(this.protection.maxFailuresPerSource), now)
      .catch(async (error: unknown) => {
        await throttle.refund(keys.principal);
        throw error;
      });
    if (!source.allowed) {
      if (source.attempts === this.protection.maxFailuresPerSource + 1) this.onLockout('source');
      await throttle.refund(keys.principal);
      return { allowed: false, retryAt: source.retryAt ?? now };
    }
    return { allowed: true, attempts: principal.attempts };
  }

  /** The credentials were right: the principal starts afresh, and the address gets its attempt back. */
  async succeeded(keys: ThrottleKeys): Promise<void> {
    await Promise.all([
      this.store.signInThrottle.reset(keys.principal),
      this.store.signInThrottle.refund(keys.source),
    ]);
  }

  /** The credentials could not be checked (too many password checks queued, a database failure): no guess spent. */
  async unchecked(keys: ThrottleKeys): Promise<void> {
    await Promise.all([
      this.store.signInThrottle.refund(keys.principal),
      this.store.signInThrottle.refund(keys.source),
    ]);
  }
}
