/**
 * `pnpm --filter @iamgate/gateway bench` (second part): throughput through real HTTP of `authorize` (an IAM user
 * asking about itself: token verification, the cached policies, one evaluation), `authorizeBatch` of 100 requests,
 * and `assumeRole` (trust evaluation, a session row and its audit event in one transaction, a signed JWT), next to
 * a trivial query (`{ __typename }`) on the same server; on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on
 * Postgres. BENCH_SECONDS and BENCH_CONCURRENCY tune it.
 */
import { testDrivers } from '@iamgate/store/testing';
import { concurrency, graphql, load, resultLine, seconds, withBenchGateway } from './harness.js';

process.stdout.write(
  `sts + evaluator HTTP throughput: ${concurrency} connections, ${seconds} s per run, node ${process.version}\n`,
);
for (const driver of testDrivers()) {
  await withBenchGateway(driver, async ({ url, accountId, rootToken, userSession }) => {
    const orders = `arn:iamgate:orders::${accountId}:order`;
    const token = await userSession('app', {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Orders', Effect: 'Allow', Action: 'orders:Get*', Resource: `${orders}/*` },
        { Sid: 'NoSecrets', Effect: 'Deny', Action: 'orders:*', Resource: `${orders}/secret-*` },
      ],
    });
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:iamgate:iam::${accountId}:user/app` },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    await graphql(
      url,
      'mutation($t: String!) { createRole(input: { roleName: "Worker", assumeRolePolicyDocument: $t }) { arn } }',
      { t: trust },
      rootToken,
    );

    const trivial = await load(url, '{ __typename }');
    const authorize = await load(
      url,
      'query($r: String!) { authorize(action: "orders:GetOrder", resource: $r) { decision } }',
      { r: `${orders}/42` },
      token,
    );
    const requests = Array.from({ length: 100 }, (_, i) => ({
      action: 'orders:GetOrder',
      resource: `${orders}/${i % 10 === 0 ? 'secret-' : ''}${i}`,
    }));
    const batch = await load(
      url,
      'query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { decision } }',
      { r: requests },
      token,
    );
    const assume = await load(
      url,
      'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "bench" }) { credentials { sessionToken } } }',
      { a: `arn:iamgate:iam::${accountId}:role/Worker` },
      token,
    );
    process.stdout.write(
      `${[
        resultLine(driver, '{ __typename }', trivial),
        resultLine(driver, 'authorize (self)', authorize),
        resultLine(driver, 'authorizeBatch (100)', batch),
        `${driver.padEnd(8)} ${'  = decisions/s'.padEnd(26)} ${(batch.perSecond * 100).toFixed(0).padStart(7)}`,
        resultLine(driver, 'assumeRole', assume),
      ].join('\n')}\n`,
    );
  });
}
