import { isStoreError } from '../errors.js';
import { driverErrorInfo } from './driver-error.js';

/** What the store is doing with the database: one auto-commit statement, or a whole transaction. */
export type DatabaseWork = 'statement' | 'transaction';

/**
 * How a transaction ended: committed, rolled back (its body or the commit failed), or ended by a deadline (PGlite's
 * transaction deadline, Postgres' `statement_timeout` or `idle_in_transaction_session_timeout`).
 */
export type TransactionOutcome = 'commit' | 'rollback' | 'timeout';

/**
 * Watches the store's database work, for metrics: how much is in flight (waiting for or holding a connection) and
 * how long transactions last and how they end. Every method is optional; the store calls them synchronously and
 * ignores anything they throw, so an observer cannot change what the store does.
 *
 * @example
 * const stop = store.observe({
 *   onStart: (work) => inFlight.inc({ work }),
 *   onEnd: (work) => inFlight.dec({ work }),
 *   onTransaction: (ms, outcome) => transactions.observe({ outcome }, ms / 1000),
 * });
 */
export interface StoreObserver {
  /** Work began: from now until `onEnd` it waits for or holds a connection (a transaction holds one throughout). */
  onStart?(work: DatabaseWork): void;
  /** Work that `onStart` announced ended, whether it succeeded or not. */
  onEnd?(work: DatabaseWork): void;
  /** A transaction (one attempt of it, when retried) ended after `ms` milliseconds, begin to commit or rollback. */
  onTransaction?(ms: number, outcome: TransactionOutcome): void;
}

/** SQLSTATEs of a Postgres statement or idle transaction cut off by its timeout. */
const TIMEOUT_CODES = new Set(['57014', '25P03']);

/** Whether `error` ended a transaction by a deadline rather than by a failure of its own. */
function isTimeout(error: unknown): boolean {
  let driverError = error;
  if (isStoreError(error)) {
    if (error.code !== 'ServiceUnavailable') return false;
    if (error.details.deadlineMs !== undefined) return true;
    driverError = error.cause;
  }
  const code = driverErrorInfo(driverError).code;
  return code !== undefined && TIMEOUT_CODES.has(code);
}

/**
 * The observers of one store. With none (the default) `run` calls the work directly: observing costs nothing
 * until someone observes.
 */
export class StoreObservers {
  private readonly observers = new Set<StoreObserver>();

  /** Adds an observer; returns how to remove it. */
  add(observer: StoreObserver): () => void {
    this.observers.add(observer);
    return () => {
      this.observers.delete(observer);
    };
  }

  /** Runs `fn` as `work`, telling every observer when it starts and ends (and how a transaction ended). */
  run<T>(work: DatabaseWork, fn: () => Promise<T>): Promise<T> {
    if (this.observers.size === 0) return fn();
    return this.observed(work, fn);
  }

  private async observed<T>(work: DatabaseWork, fn: () => Promise<T>): Promise<T> {
    const observers = [...this.observers];
    for (const o of observers) guarded(() => o.onStart?.(work));
    const started = performance.now();
    let outcome: TransactionOutcome = 'commit';
    try {
      return await fn();
    } catch (error) {
      outcome = isTimeout(error) ? 'timeout' : 'rollback';
      throw error;
    } finally {
      const ms = performance.now() - started;
      for (const o of observers) {
        guarded(() => o.onEnd?.(work));
        if (work === 'transaction') guarded(() => o.onTransaction?.(ms, outcome));
      }
    }
  }
}

/** Runs an observer callback; what it throws is dropped (INVARIANT: observing never changes the store's result). */
function guarded(fn: () => void): void {
  try {
    fn();
  } catch {
    // An observer's fault is its own; the store's work goes on as if unobserved.
  }
}
