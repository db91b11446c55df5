/**
 * `pnpm --filter @iamgate/gateway bench` (fourth part): password sign-in through real HTTP at production hashing
 * cost, on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on Postgres. Password hashes are memory-hard and run
 * on libuv's thread pool, which token signing and file I/O share, so besides sign-in throughput at concurrency 1
 * and 16 (one user per connection) it measures what a sign-in storm does to everyone else: `getUser` latency from
 * 4 connections alone, then while 16 connections sign in non-stop. BENCH_SECONDS tunes it.
 */
import { testDrivers } from '@iamgate/store/testing';
import { load, resultLine, seconds, USER_PASSWORD, withBenchGateway } from './harness.js';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const GET_USER = '{ getUser(userName: "u0") { userName arn createDate } }';
const USERS = 16;
/** The store's production password hashing (its default), instead of the test stores' cheapest accepted cost. */
const PRODUCTION_HASHING = { passwordHashing: { logN: 17, r: 8, p: 1 } };

process.stdout.write(
  `password sign-in through HTTP at production cost: ${seconds} s per run, node ${process.version}\n`,
);
for (const driver of testDrivers()) {
  await withBenchGateway(
    driver,
    async ({ url, accountId, userSession }) => {
      const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
      };
      let token = '';
      for (let i = 0; i < USERS; i++) token = await userSession(`u${i}`, policy);
      const signIns = Array.from({ length: USERS }, (_, i) => ({
        i: { user: { account: accountId, userName: `u${i}`, password: USER_PASSWORD } },
      }));
      const one = await load(url, SIGN_IN, signIns[0], undefined, { concurrency: 1 });
      const sixteen = await load(url, SIGN_IN, {}, undefined, { variablesPerConnection: signIns });
      const quiet = await load(url, GET_USER, {}, token, { concurrency: 4 });
      const [storm, busy] = await Promise.all([
        load(url, SIGN_IN, {}, undefined, { variablesPerConnection: signIns }),
        load(url, GET_USER, {}, token, { concurrency: 4 }),
      ]);
      const rows = [
        resultLine(driver, 'signIn (1 connection)', one),
        resultLine(driver, 'signIn (16 connections)', sixteen),
        resultLine(driver, 'getUser (4), quiet', quiet),
        resultLine(driver, 'getUser (4), signIn storm', busy),
        resultLine(driver, 'the storm (16)', storm),
      ];
      process.stdout.write(`${rows.join('\n')}\n`);
    },
    PRODUCTION_HASHING,
  );
}
