/**
 * `pnpm --filter @iamgate/gateway bench`: throughput of `getUser` through real HTTP (a signed-in IAM user whose
 * inline policy allows it, so every request is authenticated, loads the caller's session and policies, builds the
 * target ARN and is evaluated by `@iamgate/policy`) next to a trivial query (`{ __typename }`) on the same server,
 * on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on Postgres. BENCH_SECONDS and BENCH_CONCURRENCY tune it.
 */
import { testDrivers } from '@iamgate/store/testing';
import { concurrency, load, resultLine, seconds, withBenchGateway } from './harness.js';

process.stdout.write(
  `gateway HTTP throughput: ${concurrency} connections, ${seconds} s per run, node ${process.version}\n`,
);
for (const driver of testDrivers()) {
  await withBenchGateway(driver, async ({ url, userSession }) => {
    const token = await userSession('reader', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
    });
    const trivial = await load(url, '{ __typename }');
    const getUser = await load(url, '{ getUser(userName: "reader") { userName arn createDate } }', {}, token);
    process.stdout.write(
      `${resultLine(driver, '{ __typename }', trivial)}\n${resultLine(driver, 'getUser (IAM user)', getUser)}\n`,
    );
  });
}
