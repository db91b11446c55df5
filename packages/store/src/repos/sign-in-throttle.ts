import { and, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { invalidInput } from '../errors.js';
import { signInThrottle } from '../schema/sign-in-throttle.js';
import { read, type StoreContext } from './context.js';

/** The lockout rule: `maxFailures` failures within `windowSeconds` lock the key for `lockoutSeconds`. */
export interface ThrottleRule {
  maxFailures: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

/** The state of a key after a failure. */
export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Failed sign-in counters shared by every gateway instance (keys such as `user:<account>/<name>` or
 * `ip:<address>`). One atomic upsert per failure, so concurrent failures are all counted.
 */
export class SignInThrottleRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Counts a failure for `key` and locks it when the rule's threshold is reached. */
  async recordFailure(key: string, rule: ThrottleRule, now: Date = new Date()): Promise<ThrottleState> {
    if (rule.maxFailures < 1 || rule.windowSeconds < 1 || rule.lockoutSeconds < 0) {
      throw invalidInput('throttle rule values must be positive', { field: 'rule' });
    }
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
    const lockUntil = new Date(now.getTime() + rule.lockoutSeconds * 1000);
    // Inside the window: count up; past it: start a new window at 1.
    const failures = sql`case when ${signInThrottle.windowStartedAt} > ${windowStart.toISOString()}::timestamptz then ${signInThrottle.failures} + 1 else 1 end`;
    return read(this.ctx, async (db) => {
      const [row] = await db
        .insert(signInThrottle)
        .values({
          key,
          failures: 1,
          windowStartedAt: now,
          lockedUntil: rule.maxFailures <= 1 ? lockUntil : null,
        })
        .onConflictDoUpdate({
          target: signInThrottle.key,
          set: {
            failures,
            windowStartedAt: sql`case when ${signInThrottle.windowStartedAt} > ${windowStart.toISOString()}::timestamptz then ${signInThrottle.windowStartedAt} else ${now.toISOString()}::timestamptz end`,
            lockedUntil: sql`case when (${failures}) >= ${rule.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${signInThrottle.lockedUntil} end`,
          },
        })
        .returning({ failures: signInThrottle.failures, lockedUntil: signInThrottle.lockedUntil });
      return { failures: row?.failures ?? 1, lockedUntil: row?.lockedUntil ?? null };
    });
  }

  /** The latest lock among `keys` still in force at `now`, or `null` when none is locked. */
  async lockedUntil(keys: string[], now: Date = new Date()): Promise<Date | null> {
    if (keys.length === 0) return null;
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ until: max(signInThrottle.lockedUntil) })
        .from(signInThrottle)
        .where(and(inArray(signInThrottle.key, keys), gt(signInThrottle.lockedUntil, now)));
      return row?.until ?? null;
    });
  }

  /** Forgets the failures of `key` (after a successful sign-in). */
  async reset(key: string): Promise<void> {
    await read(this.ctx, (db) => db.delete(signInThrottle).where(eq(signInThrottle.key, key)));
  }
}
