import { createGateway, type Gateway, loadConfig } from '@iamgate/gateway';
import { type ClientOptions, createClient, fromPassword, type IamgateClient } from '@iamgate/sdk';
import type { Account, Store } from '@iamgate/store';
import { createTestStore, type TestDriver } from '@iamgate/store/testing';

/** The root password of test accounts; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-sdk-tests';

/** A clock tests move by hand, for session expiry without waiting. */
export interface TestClock {
  now: () => Date;
  advance: (seconds: number) => void;
}

/** A clock frozen at `start` until advanced. */
export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (seconds) => {
      current += seconds * 1000;
    },
  };
}

/**
 * A real gateway in process on a fresh database, for one test file of the scenarios that cross packages (the SDK's
 * local evaluator in the middleware): its clock is the test's, and clients reach it without a socket.
 */
export interface TestGateway {
  gateway: Gateway;
  store: Store;
  account: Account;
  /** The gateway's clock; the SDK's clients get their own unless a test shares this one. */
  clock: TestClock;
  /** The endpoint clients are given; requests go to `gateway.fetch`, never to a socket. */
  url: string;
  /** Failed sign-ins' delays, recorded instead of slept. */
  sleeps: number[];
  /** A client of this gateway through `gateway.fetch`, on the gateway's clock unless `options` says otherwise. */
  client: (credentials?: ClientOptions['credentials'], options?: Partial<ClientOptions>) => IamgateClient;
  /** A client of the account's root user. */
  root: IamgateClient;
  /** Creates another account directly in the store (account creation is not an API operation). */
  createAccount: (rootEmail: string) => Promise<Account>;
  cleanup: () => Promise<void>;
}

/** Starts a gateway on PGlite or on a fresh Postgres database (the store's test helper), with a frozen clock. */
export async function startTestGateway(
  driver: TestDriver,
  env: Record<string, string> = {},
): Promise<TestGateway> {
  const { store, cleanup } = await createTestStore({ driver });
  const clock = testClock();
  const sleeps: number[] = [];
  const createAccount = (rootEmail: string) =>
    store.accounts.create({ rootEmail, rootPassword: ROOT_PASSWORD });
  const account = await createAccount('root@example.com');
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent', ...env }), {
    store,
    now: clock.now,
    operatorAccountId: account.id,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const url = 'http://gateway.test/graphql';
  const client: TestGateway['client'] = (credentials, options = {}) =>
    createClient({
      url,
      fetch: gateway.fetch,
      now: clock.now,
      ...(credentials === undefined ? {} : { credentials }),
      ...options,
    });
  return {
    gateway,
    store,
    client,
    root: client(fromPassword({ email: account.rootEmail, password: ROOT_PASSWORD })),
    account,
    clock,
    url,
    sleeps,
    createAccount,
    cleanup: async () => {
      await gateway.close();
      await cleanup();
    },
  };
}
