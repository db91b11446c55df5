import type { Account, Store } from '@iamgate/store';
import type { TestDriver } from '@iamgate/store/testing';
import type { Gateway } from '../gateway.js';
import { runningClock, type TestClock, testClock } from './test-clock.js';

/** Options of `startInProcessGateway`. */
export interface InProcessGatewayOptions {
  /** The database: an embedded PGlite (the default), or a fresh Postgres database (`IAMGATE_TEST_DATABASE_URL`). */
  driver?: TestDriver;
  /** Configuration variables, as the gateway reads them from the environment (`IAMGATE_LOG_LEVEL` is `silent`). */
  env?: Record<string, string>;
  /** The first account's root user. */
  rootEmail?: string;
  rootPassword?: string;
  /**
   * The gateway's clock: frozen at the start until advanced (the default), or `'real'`, running with the system's
   * (for a browser or a CLI that judge time themselves), which `advance` still moves ahead.
   */
  clock?: 'frozen' | 'real';
}

/** A gateway running in the test's process on a database of its own, with one account. */
export interface InProcessGateway {
  gateway: Gateway;
  store: Store;
  /** The first account (the operator's). */
  account: Account;
  /** The root password of every account `createAccount` makes, and of the first. */
  rootPassword: string;
  /** The gateway's clock; move it with `advance`. */
  clock: TestClock;
  /** The delays failed sign-ins asked for, recorded instead of slept. */
  sleeps: number[];
  /** Creates another account directly in the store (creating accounts is the operator's operation). */
  createAccount: (rootEmail: string) => Promise<Account>;
  /** Closes the gateway and drops its database. */
  close: () => Promise<void>;
}

/** The default root password: it satisfies the default password policy. */
export const IN_PROCESS_ROOT_PASSWORD = 'Root-passw0rd-in-process';

/**
 * Starts a real gateway in process, for an app's or a package's tests: its own database from the store's test helper
 * (a migrated PGlite template, or a fresh Postgres database), one account, a frozen clock unless asked otherwise, and
 * failed sign-ins' delays recorded instead of slept. Requests go to `gateway.fetch`, its HTTP entry point, without a
 * socket: give it to the SDK's `createClient({ fetch })`.
 *
 * @example
 * const g = await startInProcessGateway();
 * const client = createClient({ url: 'http://gateway.test/graphql', fetch: g.gateway.fetch, credentials });
 * // ...
 * await g.close();
 */
export async function startInProcessGateway(
  options: InProcessGatewayOptions = {},
): Promise<InProcessGateway> {
  const rootPassword = options.rootPassword ?? IN_PROCESS_ROOT_PASSWORD;
  // Loaded when a gateway is started, not when this entry is imported: a unit test that only wants `testClock`
  // should not pay for loading the gateway and its database.
  const [{ createTestStore }, { loadConfig }, { createGateway }] = await Promise.all([
    import('@iamgate/store/testing'),
    import('../config/load-config.js'),
    import('../gateway.js'),
  ]);
  const { store, cleanup } = await createTestStore({ driver: options.driver ?? 'pglite' });
  try {
    const createAccount = (rootEmail: string) => store.accounts.create({ rootEmail, rootPassword });
    const account = await createAccount(options.rootEmail ?? 'root@example.com');
    const clock = options.clock === 'real' ? runningClock() : testClock();
    const sleeps: number[] = [];
    const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent', ...options.env }), {
      store,
      operatorAccountId: account.id,
      now: clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    return {
      gateway,
      store,
      account,
      rootPassword,
      clock,
      sleeps,
      createAccount,
      close: async () => {
        await gateway.close();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
