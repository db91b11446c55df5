import type { Gateway } from '@iamgate/gateway';
import { startInProcessGateway, type TestClock, type TestDriver } from '@iamgate/gateway/testing';
import type { Account, Store } from '@iamgate/store';
import { type ClientOptions, createClient, fromPassword, type IamgateClient } from '../../src/index.js';

/** The root password of test accounts; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-sdk-tests';

/** A real gateway in process on a fresh database, for one test file. */
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

/** Starts a gateway on PGlite or on a fresh Postgres database (`@iamgate/gateway/testing`), with a frozen clock. */
export async function startTestGateway(
  driver: TestDriver,
  env: Record<string, string> = {},
): Promise<TestGateway> {
  const g = await startInProcessGateway({ driver, env, rootPassword: ROOT_PASSWORD });
  const { clock } = g;
  const url = 'http://gateway.test/graphql';
  const client: TestGateway['client'] = (credentials, options = {}) =>
    createClient({
      url,
      fetch: g.gateway.fetch,
      now: clock.now,
      ...(credentials === undefined ? {} : { credentials }),
      ...options,
    });
  return {
    ...g,
    clock,
    url,
    client,
    root: client(fromPassword({ email: g.account.rootEmail, password: ROOT_PASSWORD })),
    cleanup: g.close,
  };
}
