import type { Account, Store } from '@iamgate/store';
import { createTestStore, type TestDriver } from '@iamgate/store/testing';
import { loadConfig } from '../../src/config/load-config.js';
import { createGateway, type Gateway, type GatewayIntervals } from '../../src/gateway.js';
import type { Logger } from '../../src/logging/logger.js';
import { type TestClock, testClock } from '../../src/testing/test-clock.js';
import { type GqlOptions, type GqlResponse, gql, ok } from './graphql-client.js';

/** The root password of test accounts; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-tests';

/** A gateway on a fresh store with one account, for one test file. */
export interface TestGateway {
  gateway: Gateway;
  store: Store;
  clock: TestClock;
  account: Account;
  /** Milliseconds failed sign-ins asked to wait (recorded, not slept). */
  sleeps: number[];
  /** Sends a GraphQL operation through `gateway.fetch`. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ) => Promise<GqlResponse<T>>;
  /** Signs in as the account's root user and returns the token. */
  rootToken: () => Promise<string>;
  /** Signs in as an IAM user of `account` and returns the token. */
  userToken: (userName: string, password: string, account?: string) => Promise<string>;
  /**
   * Another gateway over the same store with more configuration, like a second instance configured differently
   * (without the cost of a second database). Closed by `cleanup`.
   */
  variant: (env: Record<string, string>, logger?: Logger) => Promise<Pick<TestGateway, 'gateway' | 'gql'>>;
  /** Creates another account directly in the store (account creation is not an API operation). */
  createAccount: (rootEmail: string) => Promise<Account>;
  /** Closes the store under the running gateway: a real failure for tests of unexpected errors. */
  breakStore: () => Promise<void>;
  cleanup: () => Promise<void>;
}

/**
 * Starts a gateway for tests on PGlite or on a fresh Postgres database (the store's test helper), with a frozen
 * clock and recorded (not slept) sign-in delays.
 */
export async function startTestGateway(
  driver: TestDriver,
  env: Record<string, string> = {},
  options: { intervals?: Partial<GatewayIntervals> } = {},
): Promise<TestGateway> {
  const { store, cleanup } = await createTestStore({ driver });
  const clock = testClock();
  const sleeps: number[] = [];
  const account = await store.accounts.create({ rootEmail: 'root@example.com', rootPassword: ROOT_PASSWORD });
  const gateways: Gateway[] = [];
  let broken = false;
  const open = async (more: Record<string, string>, logger?: Logger) => {
    const config = loadConfig({ IAMGATE_LOG_LEVEL: 'silent', ...env, ...more });
    const opened = await createGateway(config, {
      store,
      now: clock.now,
      operatorAccountId: account.id,
      ...(logger === undefined ? {} : { logger }),
      // Usage (policies' last use, the activity record) is written only when the gateway closes, unless a test asks for a timer: a flush in the
      // middle of a test that counts statements would be counted.
      intervals: { usageFlushMs: 0, ...options.intervals },
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    gateways.push(opened);
    const call = <T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      options?: GqlOptions,
    ) => gql<T>(opened, query, variables, options);
    return { gateway: opened, gql: call };
  };
  const { gateway, gql: call } = await open({});
  const signIn = async (input: Record<string, unknown>) => {
    const response = await call<{ signIn: { token: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input },
    );
    return ok(response).signIn.token;
  };
  return {
    gateway,
    store,
    clock,
    account,
    sleeps,
    gql: call,
    rootToken: () => signIn({ root: { email: account.rootEmail, password: ROOT_PASSWORD } }),
    userToken: (userName, password, acct = account.id) =>
      signIn({ user: { account: acct, userName, password } }),
    variant: open,
    createAccount: (rootEmail) => store.accounts.create({ rootEmail, rootPassword: ROOT_PASSWORD }),
    breakStore: async () => {
      broken = true;
      await store.close();
    },
    cleanup: async () => {
      for (const opened of gateways) await opened.close();
      // PGlite refuses a second close; Postgres closes again harmlessly and still drops the test database.
      if (!broken || driver === 'postgres') await cleanup();
    },
  };
}

/** The password IAM users get in tests; satisfies the default password policy. */
export const USER_PASSWORD = 'User-passw0rd-for-tests';

/**
 * Creates a user with a password and an inline policy through the API (as `token`), and returns its token.
 * `document` null creates a user without any policy.
 */
export async function userWithPolicy(
  t: TestGateway,
  token: string,
  userName: string,
  document: string | null,
  /** The account `token` belongs to, when not the test's own. */
  accountId: string = t.account.id,
): Promise<string> {
  ok(
    await t.gql(
      'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
      { u: userName },
      { token },
    ),
  );
  ok(
    await t.gql(
      'mutation($u: String!, $p: String!) { createLoginProfile(userName: $u, password: $p) { userName } }',
      { u: userName, p: USER_PASSWORD },
      { token },
    ),
  );
  if (document !== null) {
    ok(
      await t.gql(
        'mutation($u: String!, $d: String!) { putUserPolicy(userName: $u, policyName: "p", policyDocument: $d) { policyName } }',
        { u: userName, d: document },
        { token },
      ),
    );
  }
  return t.userToken(userName, USER_PASSWORD, accountId);
}
