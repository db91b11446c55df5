import { sql } from 'drizzle-orm';
import { DEFAULT_PARTITION } from './arn.js';
import { withDeadline } from './db/deadline.js';
import { driverErrorInfo, isRetryable } from './db/driver-error.js';
import { mapError } from './db/map-error.js';
import { openDatabase } from './db/open-database.js';
import { QueryCounter } from './db/query-counter.js';
import { rememberDatabase } from './db/store-database.js';
import { type StoreObserver, StoreObservers } from './db/store-observer.js';
import { TransactionScope } from './db/transaction-scope.js';
import type { DriverName } from './db/types.js';
import { invalidInput, StoreError } from './errors.js';
import type { ChangeEvent, ChangeListener } from './notify/change-event.js';
import { ChangeNotifier } from './notify/change-notifier.js';
import type { StoreOptions } from './options.js';
import { runTransaction, type StoreContext } from './repos/context.js';
import { createRepositories, type Repositories } from './repositories.js';
import { DEFAULT_SCRYPT } from './secrets/password-hash.js';
import { parseSecretKey, resolveSecretKey } from './secrets/secret-key.js';

/** How long a PGlite transaction may stay open by default (see `StoreOptions.transactionTimeoutMs`). */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

/** Repositories bound to one transaction (see `Store.transaction`). */
export type StoreTransaction = Repositories;

/** The IAM store: repositories over Postgres or PGlite, change notifications, and lifecycle. */
export interface Store extends Repositories {
  /** `postgres` (postgres.js) or `pglite` (embedded). */
  readonly driver: DriverName;
  /** PGlite's data directory, when on disk. */
  readonly dataDir: string | undefined;
  /**
   * Runs `fn` in one transaction: every repository call on `tx` commits or rolls back together. This is how the
   * gateway records a change and its audit event atomically. Retried as a whole on serialization failures.
   */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after each committed change with `{ type: 'account', accountId, revision }` (or
   * `{ type: 'signingKeys' }`); on Postgres also for changes made by other processes. A change made through this
   * store is told before the write (or `transaction`) that made it returns; each account's revisions arrive in
   * increasing order, once each. Returns the unsubscribe.
   */
  onChange(listener: ChangeListener): () => void;
  /**
   * Calls `observer` about the store's database work from now on (work in flight, transaction durations and
   * outcomes), for metrics; the store's results are the same observed or not. Returns the unsubscribe.
   */
  observe(observer: StoreObserver): () => void;
  /** Statements sent to the database since open (a test hook to prove constant query counts). */
  queryCount(): number;
  /**
   * Whether the database answers a trivial statement within `timeoutMs`: `ServiceUnavailable` otherwise. For
   * readiness checks; a PGlite database held by a stuck transaction does not answer either.
   */
  ping(timeoutMs: number): Promise<void>;
  /** Stops listening and closes the connections. */
  close(): Promise<void>;
}

/**
 * Opens the store: Postgres through postgres.js when `databaseUrl` is set, else embedded PGlite (on disk in
 * `dataDir`, default `./.iamgate/data`, or in memory). Applies pending migrations and starts listening for change
 * notifications before returning.
 *
 * @example
 * const store = await openStore({ memory: true });
 * const account = await store.accounts.create({ rootEmail: 'root@example.com', rootPassword: 'Corr3ct-horse' });
 * const alice = await store.users.create(account.id, { name: 'alice' });
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const partition = options.partition ?? DEFAULT_PARTITION;
  if (!/^[a-z0-9-]{1,32}$/.test(partition))
    throw invalidInput(`partition \`${partition}\` must be 1 to 32 of [a-z0-9-]`);
  const scrypt = options.passwordHashing ?? DEFAULT_SCRYPT;
  if (scrypt.logN < 14 || scrypt.r < 1 || scrypt.p < 1) {
    throw new StoreError('InvalidConfiguration', 'scrypt cost below N=2^14 is not accepted');
  }
  // Check the key before opening anything, so a bad IAMGATE_SECRET_KEY fails fast.
  if (options.secretKey !== undefined) parseSecretKey(options.secretKey);
  const counter = new QueryCounter(options.logger);
  const database = await openDatabase(options, counter);
  const scope = new TransactionScope(options.guardTransactions ?? false);
  const observers = new StoreObservers();
  // Listeners run outside any transaction, even when a committing PGlite query delivers the notification.
  const notifier = new ChangeNotifier((deliver) => scope.outside(deliver));
  try {
    const secretKey = await resolveSecretKey({
      secretKey: options.secretKey,
      driver: database.driver,
      dataDir: database.dataDir,
    });
    await notifier.start(database.subscribe);
    const base = {
      db: database.db,
      driver: database.driver,
      partition,
      scrypt,
      secretKey,
      prepared: database.prepared,
      scope,
      transactionTimeoutMs: options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
      observers,
      announce: (events: readonly ChangeEvent[]) => notifier.announce(events),
    };
    const ctx: StoreContext = { ...base, tx: undefined };
    const repositories = createRepositories(ctx);
    const store: Store = {
      ...repositories,
      driver: database.driver,
      partition,
      dataDir: database.dataDir,
      async transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
        scope.assertOutside('`store.transaction`');
        for (let attempt = 1; ; attempt++) {
          // Boxed, so that even a thrown `undefined` is recognised as the callback's own.
          let thrown: { error: unknown } | undefined;
          try {
            return await runTransaction(ctx, async (tx) => {
              try {
                return await fn(createRepositories({ ...base, tx }));
              } catch (error) {
                thrown = { error };
                throw error;
              }
            });
          } catch (error) {
            if (attempt < 5 && isRetryable(driverErrorInfo(error))) continue;
            // The callback's own errors (an `IamError`, a `StoreError` with its code...) pass through unchanged,
            // whatever `code` property they carry; only failures of begin, commit or rollback become StoreErrors.
            if (thrown !== undefined && thrown.error === error) throw error;
            throw mapError(error);
          }
        }
      },
      onChange: (listener) => notifier.add(listener),
      observe: (observer) => observers.add(observer),
      queryCount: () => counter.count,
      ping: (timeoutMs) =>
        withDeadline(
          database.db.execute(sql`select 1`).then(
            () => undefined,
            (error) => Promise.reject(mapError(error)),
          ),
          timeoutMs,
          'the database',
        ),
      async close() {
        await notifier.close();
        await database.close();
      },
    };
    rememberDatabase(store, database.db);
    return store;
  } catch (error) {
    await notifier.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
