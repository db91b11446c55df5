import { eq, sql } from 'drizzle-orm';
import { invalidInput } from '../errors.js';
import { signInThrottle } from '../schema/sign-in-throttle.js';
import { read, type StoreContext } from './context.js';

/**
 * The lockout rule: at most `maxAttempts` unsuccessful attempts within `windowSeconds`; the one after is refused
 * and locks the key for `lockoutSeconds`.
 */
export interface ThrottleRule {
  maxAttempts: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

/** The outcome of reserving an attempt. */
export interface ThrottleState {
  /** Whether the credentials may be checked. When `false` they must not be. */
  allowed: boolean;
  /** The attempts counted in the window, this one included (failures, and attempts still being checked). */
  attempts: number;
  /** When a refused key may try again; `null` while allowed. */
  retryAt: Date | null;
}

/**
 * Sign-in attempt counters shared by every gateway instance (keys such as `user:<account id>/<name>` or
 * `ip:<address>`). An attempt is reserved in one atomic statement *before* the credentials are checked, so that
 * however many arrive at once (concurrent requests, a batch, aliased fields) no more than the rule allows are ever
 * checked: the check is what an attacker wants, and counting only after it lets every attempt already in flight
 * through. A success resets the principal's counter; an attempt that could not be checked is refunded.
 */
export class SignInThrottleRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Counts an attempt for `key`: allowed while the window holds at most `maxAttempts`, and no lockout is on. */
  async reserve(key: string, rule: ThrottleRule, now: Date = new Date()): Promise<ThrottleState> {
    if (rule.maxAttempts < 1 || rule.windowSeconds < 1 || rule.lockoutSeconds < 0) {
      throw invalidInput('throttle rule values must be positive', { field: 'rule' });
    }
    const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
    const t = signInThrottle;
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
    // While locked, or inside the window, count on; otherwise start a new window at 1. (SET sees the old row.)
    const counting = sql`(${t.lockedUntil} > ${at(now)} or ${t.windowStartedAt} > ${at(windowStart)})`;
    const attempts = sql`case when ${counting} then ${t.failures} + 1 else 1 end`;
    return read(this.ctx, async (db) => {
      const [row] = await db
        .insert(t)
        .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            failures: attempts,
            windowStartedAt: sql`case when ${counting} then ${t.windowStartedAt} else ${at(now)} end`,
            // The first refused attempt starts the lockout; a lockout in force stays as it is.
            lockedUntil: sql`case when ${t.lockedUntil} > ${at(now)} then ${t.lockedUntil} when (${attempts}) > ${rule.maxAttempts} then ${at(new Date(now.getTime() + rule.lockoutSeconds * 1000))} else null end`,
          },
        })
        .returning({
          attempts: t.failures,
          windowStartedAt: t.windowStartedAt,
          lockedUntil: t.lockedUntil,
        });
      const counted = row?.attempts ?? 1;
      // A lockout holds even when refunds (attempts that were never checked) brought the count back under the limit.
      const locked = row?.lockedUntil != null && row.lockedUntil > now;
      if (counted <= rule.maxAttempts && !locked) return { allowed: true, attempts: counted, retryAt: null };
      const windowEnd = new Date((row?.windowStartedAt ?? now).getTime() + rule.windowSeconds * 1000);
      return { allowed: false, attempts: counted, retryAt: row?.lockedUntil ?? windowEnd };
    });
  }

  /** Gives back an attempt whose credentials were not checked (the hash queue was full, the database failed). */
  async refund(key: string): Promise<void> {
    await read(this.ctx, (db) =>
      db
        .update(signInThrottle)
        .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
        .where(eq(signInThrottle.key, key)),
    );
  }

  /** Forgets the attempts of `key` (after a successful sign-in of the principal), lockout included. */
  async reset(key: string): Promise<void> {
    await read(this.ctx, (db) => db.delete(signInThrottle).where(eq(signInThrottle.key, key)));
  }
}
