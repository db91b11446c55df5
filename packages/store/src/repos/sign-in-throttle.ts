import { eq, type SQL, sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
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

/** What the reservation upsert returns (`returning`), as the driver hands it back. */
export interface ReservationRow {
  key?: string;
  attempts: number;
  window_started_at: Date | string;
  locked_until: Date | string | null;
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Refuses rules that would count nothing or lock for a negative time. */
export function checkRule(rule: ThrottleRule): void {
  if (rule.maxAttempts < 1 || rule.windowSeconds < 1 || rule.lockoutSeconds < 0) {
    throw invalidInput('throttle rule values must be positive', { field: 'rule' });
  }
}

/** A rule and the time of the attempt as SQL expressions, so that a statement can take them from its input. */
export interface ReservationTerms {
  /** The key to count on. */
  key: SQL;
  /** When the attempt happens (`timestamptz`). */
  now: SQL;
  /** Where the current window must have started for the count to go on (`now` minus the window). */
  windowStart: SQL;
  maxAttempts: SQL;
  /** When a lockout starting now ends (`now` plus the lockout). */
  lockedUntil: SQL;
}

/** The terms of `rule` at `now`, as parameters. */
export function reservationTerms(key: SQL, rule: ThrottleRule, now: Date): ReservationTerms {
  return {
    key,
    now: at(now),
    windowStart: at(new Date(now.getTime() - rule.windowSeconds * 1000)),
    maxAttempts: sql`${rule.maxAttempts}::int`,
    lockedUntil: at(new Date(now.getTime() + rule.lockoutSeconds * 1000)),
  };
}

/**
 * The statement that reserves an attempt (its terms are SQL expressions, so that a caller can compute the key in the
 * same statement, e.g. from the account an alias names, or take everything from one input parameter): one atomic
 * upsert that counts the attempt in the current window, or starts a new window at 1, and starts a lockout at the
 * first attempt past the maximum. With `when`, it is an `insert ... select ... where when`, which reserves nothing
 * when `when` is false (the source address is only counted when the principal was allowed). Returns `key`,
 * `attempts`, `window_started_at` and `locked_until`.
 */
export function reservationUpsert(terms: ReservationTerms, when?: SQL): SQL {
  const t = signInThrottle;
  const { now } = terms;
  // While locked, or inside the window, count on; otherwise start a new window at 1. (SET sees the old row.)
  const counting = sql`(${t.lockedUntil} > ${now} or ${t.windowStartedAt} > ${terms.windowStart})`;
  const attempts = sql`case when ${counting} then ${t.failures} + 1 else 1 end`;
  return sql`insert into ${t} (${sql.identifier(t.key.name)}, ${sql.identifier(t.failures.name)}, ${sql.identifier(t.windowStartedAt.name)}, ${sql.identifier(t.lockedUntil.name)})
    select ${terms.key}, 1, ${now}, null::timestamptz ${when === undefined ? sql`` : sql`where ${when}`}
    on conflict (${sql.identifier(t.key.name)}) do update set
      ${sql.identifier(t.failures.name)} = ${attempts},
      ${sql.identifier(t.windowStartedAt.name)} = case when ${counting} then ${t.windowStartedAt} else ${now} end,
      ${sql.identifier(t.lockedUntil.name)} = case when ${t.lockedUntil} > ${now} then ${t.lockedUntil} when (${attempts}) > ${terms.maxAttempts} then ${terms.lockedUntil} else null end
    returning ${t.key} as key, ${t.failures} as attempts, ${t.windowStartedAt} as window_started_at, ${t.lockedUntil} as locked_until`;
}

/** Whether a reserved attempt may check its credentials, from the row the reservation returned. */
export function throttleStateOf(row: ReservationRow, rule: ThrottleRule, now: Date): ThrottleState {
  const counted = Number(row.attempts);
  const lockedUntil = row.locked_until === null ? null : new Date(row.locked_until);
  // A lockout holds even when refunds (attempts that were never checked) brought the count back under the limit.
  const locked = lockedUntil !== null && lockedUntil > now;
  if (counted <= rule.maxAttempts && !locked) return { allowed: true, attempts: counted, retryAt: null };
  const windowEnd = new Date(new Date(row.window_started_at).getTime() + rule.windowSeconds * 1000);
  return { allowed: false, attempts: counted, retryAt: lockedUntil ?? windowEnd };
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
    checkRule(rule);
    return read(this.ctx, async (db) => {
      const [row] = await executeRows<ReservationRow & Record<string, unknown>>(
        db,
        reservationUpsert(reservationTerms(sql`${key}::text`, rule, now)),
      );
      return throttleStateOf(row ?? { attempts: 1, window_started_at: now, locked_until: null }, rule, now);
    });
  }

  /** Gives back an attempt whose credentials were not checked (the hash queue was full, the database failed). */
  async refund(key: string): Promise<void> {
    await read(this.ctx, (db) => db.execute(refundStatement([key])));
  }

  /** Forgets the attempts of `key` (after a successful sign-in of the principal), lockout included. */
  async reset(key: string): Promise<void> {
    await read(this.ctx, (db) => db.delete(signInThrottle).where(eq(signInThrottle.key, key)));
  }
}

/** Gives one attempt back to each of `keys`, in one statement. */
export function refundStatement(keys: readonly string[]): SQL {
  const t = signInThrottle;
  return sql`update ${t} set ${sql.identifier(t.failures.name)} = greatest(${t.failures} - 1, 0) where ${t.key} in (${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}
