import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreError } from '../errors.js';

/**
 * Knows whether the code running now is inside one of the store's own transactions, and refuses the store's
 * auto-commit operations there.
 *
 * Why: PGlite has one connection. A transaction holds it until it ends, so a query sent on the store itself (not on
 * the transaction) from inside the transaction waits for the transaction, which waits for the query: the whole
 * database freezes for good. On Postgres the same mistake takes a second pooled connection per request and
 * exhausts the pool under load. Code is written so that the transaction's repositories are the only ones in reach
 * (see the gateway's request context); this guard turns any remaining mistake into an immediate
 * `ServiceFailure` naming it, instead of a hang.
 *
 * Tracking needs `AsyncLocalStorage`, whose promise hooks cost about 60 ns per promise on Node 20, so the guard is
 * an option: on in tests (`createTestStore`), off by default in production, where the transaction deadline
 * (`withDeadline`) bounds what such a mistake can cost.
 */
export class TransactionScope {
  private readonly storage: AsyncLocalStorage<true> | undefined;

  constructor(enabled: boolean) {
    this.storage = enabled ? new AsyncLocalStorage<true>() : undefined;
  }

  /** Runs `fn` as the body of a transaction. */
  inside<T>(fn: () => Promise<T>): Promise<T> {
    return this.storage === undefined ? fn() : this.storage.run(true, fn);
  }

  /** Runs `fn` outside any transaction, e.g. a listener notified from within a committing query. */
  outside<T>(fn: () => T): T {
    return this.storage === undefined ? fn() : this.storage.exit(fn);
  }

  /** Throws when called from inside a transaction body: `what` is about to use the store itself. */
  assertOutside(what: string): void {
    if (this.storage?.getStore() === true) {
      throw new StoreError(
        'ServiceFailure',
        `${what} used the store itself inside an open transaction: use the transaction's repositories`,
        { details: { guard: 'transaction-scope' } },
      );
    }
  }
}
