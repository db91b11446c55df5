import { eq, sql } from 'drizzle-orm';
import { withDeadline } from '../db/deadline.js';
import { driverErrorInfo, isRetryable } from '../db/driver-error.js';
import { mapError } from '../db/map-error.js';
import type { PreparedRunner } from '../db/prepared.js';
import type { StoreObservers } from '../db/store-observer.js';
import type { TransactionScope } from '../db/transaction-scope.js';
import type { Database, DriverName, Executor, Transaction } from '../db/types.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { CHANGE_CHANNEL, type ChangeEvent } from '../notify/change-event.js';
import { recordMovedRevision, takeMovedRevisions } from '../notify/moved-revisions.js';
import { type Quotas, resolveQuotas } from '../quotas.js';
import { accounts } from '../schema/accounts.js';
import type { ScryptParams } from '../secrets/password-hash.js';
import { insertAuditEvent, type WriteOptions } from './audit-write.js';

/** What every repository needs: the database, and the open transaction when bound to one. */
export interface StoreContext {
  readonly db: Database;
  /** Set when the repositories belong to a `store.transaction(...)`. */
  readonly tx: Transaction | undefined;
  readonly driver: DriverName;
  readonly partition: string;
  readonly scrypt: ScryptParams;
  /** Runs hot reads as prepared statements; only used outside transactions. */
  readonly prepared: PreparedRunner;
  /** The key that encrypts signing keys; undefined when none is configured (Postgres without IAMGATE_SECRET_KEY). */
  readonly secretKey: Buffer | undefined;
  /** Which code runs inside a transaction (see `TransactionScope`). */
  readonly scope: TransactionScope;
  /**
   * How long a transaction may stay open on PGlite before it is rolled back with `ServiceUnavailable` (Postgres
   * bounds it on the server with `idle_in_transaction_session_timeout` and `statement_timeout`).
   */
  readonly transactionTimeoutMs: number;
  /** Who watches the database work (metrics); calls the work directly while nobody does. */
  readonly observers: StoreObservers;
  /** Tells this process's change listeners about changes a transaction committed (see `runTransaction`). */
  readonly announce: (events: readonly ChangeEvent[]) => void;
}

const MAX_ATTEMPTS = 5;

/** Options of `write`. */
export interface WriteRun extends WriteOptions {
  /** The user input the operation is about, for error messages. */
  subject?: string;
  /** Account the audit event belongs to when `audit.accountId` is not given. */
  accountId?: string;
}

/**
 * Runs `fn` in a transaction: the caller's when the repositories are bound to one, else a new one, retried on
 * serialization failures and deadlocks. Writes the audit event, when given, in the same transaction. Every error
 * leaves as a `StoreError`.
 */
export async function write<T>(
  ctx: StoreContext,
  fn: (tx: Transaction) => Promise<T>,
  run: WriteRun = {},
): Promise<T> {
  const body = async (tx: Transaction) => {
    const result = await fn(tx);
    if (run.audit) await insertAuditEvent(tx, run.audit, run.accountId);
    return result;
  };
  if (ctx.tx) {
    try {
      return await body(ctx.tx);
    } catch (error) {
      throw mapError(error, run.subject);
    }
  }
  ctx.scope.assertOutside('a repository write');
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(ctx, body);
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isRetryable(driverErrorInfo(error))) continue;
      throw mapError(error, run.subject);
    }
  }
}

/**
 * One database transaction whose body runs inside the transaction scope; on PGlite the body is also raced against
 * the transaction deadline, so that a body waiting on something that never comes rolls back and frees the only
 * connection instead of freezing the database. Once it has committed, the account revisions it moved are announced
 * to this process's listeners before it returns, so that the writer's own caches are current when it answers
 * (read-your-writes); other processes hear of them through Postgres's notification.
 */
export async function runTransaction<T>(
  ctx: StoreContext,
  body: (tx: Transaction) => Promise<T>,
): Promise<T> {
  let opened: Transaction | undefined;
  const result = await ctx.observers.run('transaction', () =>
    ctx.db.transaction((tx) => {
      opened = tx;
      const work = ctx.scope.inside(() => body(tx));
      return ctx.driver === 'pglite' ? withDeadline(work, ctx.transactionTimeoutMs, 'a transaction') : work;
    }),
  );
  if (opened !== undefined) ctx.announce(takeMovedRevisions(opened));
  return result;
}

/** Runs a read on the bound transaction or the database; errors leave as `StoreError`. */
export async function read<T>(
  ctx: StoreContext,
  fn: (db: Executor) => Promise<T>,
  subject?: string,
): Promise<T> {
  if (ctx.tx === undefined) ctx.scope.assertOutside('a repository read');
  try {
    return await (ctx.tx ? fn(ctx.tx) : ctx.observers.run('statement', () => fn(ctx.db)));
  } catch (error) {
    throw mapError(error, subject);
  }
}

/** The locked account of a write: its new revision and its quotas. */
export interface LockedAccount {
  revision: number;
  quotas: Quotas;
}

/**
 * The first statement of every change to an account's identities or policies: increments the revision, which
 * row-locks the account until commit (so all writers of one account queue here, in one lock order, and quota
 * counts taken afterwards cannot race), and queues the change notification, which Postgres delivers at commit.
 * The new revision is also recorded on the transaction, which announces it in process once it commits.
 */
export async function lockAccount(tx: Transaction, accountId: string): Promise<LockedAccount> {
  const payload = sql`json_build_object('type', 'account', 'accountId', ${accounts.id}, 'revision', ${accounts.revision})::text`;
  const [row] = await tx
    .update(accounts)
    .set({ revision: sql`${accounts.revision} + 1` })
    .where(eq(accounts.id, accountId))
    .returning({
      revision: accounts.revision,
      quotas: accounts.quotas,
      notified: sql<string>`pg_notify(${CHANGE_CHANNEL}, ${payload})::text`,
    });
  if (!row) throw noSuchEntity('account', accountId);
  recordMovedRevision(tx, accountId, row.revision);
  return { revision: row.revision, quotas: resolveQuotas(row.quotas) };
}

/** Throws `InvalidConfiguration` when no secret key is available. */
export function requireSecretKey(ctx: StoreContext): Buffer {
  if (!ctx.secretKey) {
    throw new StoreError(
      'InvalidConfiguration',
      'signing keys need a secret key: set IAMGATE_SECRET_KEY (32 bytes, hex or base64) and pass it as `secretKey`',
    );
  }
  return ctx.secretKey;
}
