import { executeRows } from '../db/execute.js';
import type { HashTurn } from '../secrets/hash-limiter.js';
import { type PasswordHasher, passwordHasher } from '../secrets/password-hasher.js';
import { hashSecret, verifySecret } from '../secrets/secret-hash.js';
import type { AuditInput } from './audit-write.js';
import { read, type StoreContext } from './context.js';
import { recordSession } from './record-session.js';
import type { CreateSessionInput, Session } from './sessions.js';
import { attemptStatement } from './sign-in-attempt.js';
import {
  type AttemptedPrincipal,
  type CandidateRow,
  candidateOf,
  candidateQuery,
  type SignInCredentials,
  type SignInPrincipal,
} from './sign-in-candidate.js';
import {
  checkRule,
  type ReservationRow,
  refundStatement,
  type ThrottleRule,
  throttleStateOf,
} from './sign-in-throttle.js';
import { signInUse } from './sign-in-use.js';
import { sourceThrottleKey } from './throttle-keys.js';

/** A sign-in attempt: the credentials, where it came from, and the lockout rules it is counted against. */
export interface SignInAttempt {
  credentials: SignInCredentials;
  /** The source address (its throttle key: `sourceThrottleKey`, an IPv6 address counting as its /64). */
  sourceIp: string;
  /** Attempts allowed per principal and per source address (see `ThrottleRule`). */
  limits: { principal: ThrottleRule; source: ThrottleRule };
  now: Date;
}

/** What `signIn.succeed` needs from a successful check; opaque to callers. */
export interface SignInCompletion {
  readonly principalKey: string;
  readonly sourceKey: string;
  readonly credentials: SignInCredentials['kind'];
  readonly principal: SignInPrincipal;
  /** The credential's stored hash and its replacement, when it is outdated (see `PasswordHasher.verify`). */
  readonly rehash: { stored: string; rehashed: string } | undefined;
  readonly accessKeyId: string | undefined;
  readonly now: Date;
}

/**
 * The outcome of a checked attempt. `locked`: a lockout refused the attempt, its credentials were not checked.
 * `invalid`: they were checked and are wrong (or name nobody), or the password expired under the policy's
 * `hardExpiry` (only an administrator can reset it). `unchecked`: they could not be checked (the hash
 * queue was full, `error` says why) and the attempt was given back. `valid`: they are right; finish with
 * `signIn.succeed`. `attempts` is the principal's count in the window, this attempt included.
 */
export type SignInCheck =
  | {
      outcome: 'locked';
      scope: 'principal' | 'source';
      attempts: number;
      retryAt: Date;
      attempted: AttemptedPrincipal;
    }
  | { outcome: 'invalid'; attempts: number; attempted: AttemptedPrincipal }
  | { outcome: 'unchecked'; error: unknown; attempted: AttemptedPrincipal }
  | {
      outcome: 'valid';
      attempts: number;
      attempted: AttemptedPrincipal;
      principal: SignInPrincipal;
      completion: SignInCompletion;
    };

interface AttemptRow extends CandidateRow, Record<string, unknown> {
  principal: ReservationRow & { key: string };
  source: ReservationRow | null;
}

/**
 * Sign-in in two statements, whatever the outcome. The first reserves an attempt on the principal and, when that
 * is allowed, on the source address (each an atomic upsert, before any credential is checked: see
 * `SignInThrottleRepository`), and reads what the credentials must match, all in one statement. The secret is then
 * checked (for unknown principals against a dummy hash, so failures take the same time whether or not the
 * principal exists). A success is the second statement: the session with its audit event (`sessions.create`), the
 * principal's counter reset, the address's attempt given back and the credential's use recorded (a re-hashed
 * password stored), all or nothing. A failure's second statement is its audit event, which the caller writes.
 */
export class SignInRepository {
  private readonly passwords: PasswordHasher;

  constructor(private readonly ctx: StoreContext) {
    this.passwords = passwordHasher(ctx.scrypt);
  }

  private turn(): HashTurn {
    return { urgent: this.ctx.tx !== undefined };
  }

  /** Reserves the attempt, then checks the credentials if the lockouts allow. */
  async check(attempt: SignInAttempt): Promise<SignInCheck> {
    const { credentials, limits, now } = attempt;
    checkRule(limits.principal);
    checkRule(limits.source);
    const sourceKey = sourceThrottleKey(attempt.sourceIp);
    const statement = attemptStatement(candidateQuery(credentials), limits, sourceKey, now);
    const [row] = (await read(this.ctx, (db) =>
      this.ctx.tx === undefined
        ? this.ctx.prepared(statement.name, statement.sql)
        : executeRows(db, statement.sql),
    )) as AttemptRow[];
    if (row === undefined) throw new Error('the sign-in statement returned no row');
    const candidate = candidateOf(this.ctx.partition, credentials, row, now);
    const { attempted } = candidate;
    const principalKey = row.principal.key;
    const principal = throttleStateOf(row.principal, limits.principal, now);
    if (!principal.allowed) {
      return {
        outcome: 'locked',
        scope: 'principal',
        attempts: principal.attempts,
        retryAt: retry(principal, now),
        attempted,
      };
    }
    // INVARIANT: the statement reserved on the source whenever the principal was allowed (same rule as here).
    if (row.source === null) throw new Error('the sign-in statement did not reserve on the source address');
    const source = throttleStateOf(row.source, limits.source, now);
    if (!source.allowed) {
      await read(this.ctx, (db) => db.execute(refundStatement([principalKey])));
      return {
        outcome: 'locked',
        scope: 'source',
        attempts: source.attempts,
        retryAt: retry(source, now),
        attempted,
      };
    }
    let verified: { valid: boolean; rehashed?: string };
    try {
      verified = await this.verify(credentials, candidate.hash);
    } catch (error) {
      // Not checked (the hash queue was full): no guess spent.
      await read(this.ctx, (db) => db.execute(refundStatement([principalKey, sourceKey]))).catch(() => {});
      return { outcome: 'unchecked', error, attempted };
    }
    const attempts = principal.attempts;
    const valid = verified.valid && candidate.principal !== undefined && candidate.hash !== undefined;
    if (!valid || candidate.principal === undefined || candidate.principal.hardExpired) {
      return { outcome: 'invalid', attempts, attempted };
    }
    const completion: SignInCompletion = {
      principalKey,
      sourceKey,
      credentials: credentials.kind,
      principal: candidate.principal,
      rehash:
        verified.rehashed === undefined || candidate.hash === undefined
          ? undefined
          : { stored: candidate.hash, rehashed: verified.rehashed },
      accessKeyId: credentials.kind === 'accessKey' ? credentials.accessKeyId : undefined,
      now,
    };
    return { outcome: 'valid', attempts, attempted, principal: candidate.principal, completion };
  }

  /**
   * Finishes a valid sign-in in one statement: records `session` (for `completion.principal`) with `audit`, resets
   * the principal's attempts, gives the address its attempt back and records the credential's use. `NoSuchEntity`
   * (and nothing written) when the principal went away since the check.
   */
  succeed(
    completion: SignInCompletion,
    session: CreateSessionInput,
    audit: AuditInput,
  ): Promise<{ session: Session; secret?: string }> {
    return recordSession(this.ctx, session, { audit }, signInUse(completion));
  }

  private async verify(
    credentials: SignInCredentials,
    hash: string | undefined,
  ): Promise<{ valid: boolean; rehashed?: string }> {
    if (credentials.kind === 'accessKey') {
      // Access key secrets have ~238 bits of entropy and are stored as SHA-256: compared in constant time.
      const valid = verifySecret(credentials.secretAccessKey, hash ?? hashSecret(''));
      return { valid: valid && hash !== undefined };
    }
    if (hash === undefined)
      return { valid: await this.passwords.verifyNothing(credentials.password, this.turn()) };
    return this.passwords.verify(credentials.password, hash, this.turn());
  }
}

function retry(state: { retryAt: Date | null }, now: Date): Date {
  return state.retryAt ?? now;
}
