/**
 * `pnpm --filter @iamgate/gateway bench` (second part): throughput through real HTTP of `authorize` (an IAM user
 * asking about itself: token verification, the cached policies, one evaluation), `authorizeBatch` of 100 requests,
 * and `assumeRole` (trust evaluation, a session row and its audit event in one transaction, a signed JWT), next to
 * a trivial query (`{ __typename }`) on the same server; on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on
 * Postgres. BENCH_SECONDS and BENCH_CONCURRENCY tune it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function load(url: string, query: string, variables: object, token?: string): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const worker = new Worker(new URL('./load.mjs', import.meta.url), {
    workerData: {
      url,
      body: JSON.stringify({ query, variables }),
      headers,
      concurrency,
      seconds,
      warmupSeconds: 2,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function graphql<T = unknown>(
  url: string,
  query: string,
  variables: object,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function bench(driver: TestDriver): Promise<void> {
  const { store, cleanup } = await createTestStore({ driver });
  const account = await store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: 'Bench-passw0rd-1',
  });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), { store });
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const signIn = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
    type Signed = { signIn: { token: string } };
    const root = (
      await graphql<Signed>(url, signIn, {
        i: { root: { email: account.rootEmail, password: 'Bench-passw0rd-1' } },
      })
    ).signIn.token;
    await graphql(url, 'mutation { createUser(input: { userName: "app" }) { arn } }', {}, root);
    await graphql(
      url,
      'mutation { createLoginProfile(userName: "app", password: "App-passw0rd-1") { userName } }',
      {},
      root,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Orders',
          Effect: 'Allow',
          Action: 'orders:Get*',
          Resource: `arn:iamgate:orders::${account.id}:order/*`,
        },
        {
          Sid: 'NoSecrets',
          Effect: 'Deny',
          Action: 'orders:*',
          Resource: `arn:iamgate:orders::${account.id}:order/secret-*`,
        },
      ],
    });
    await graphql(
      url,
      'mutation($d: String!) { putUserPolicy(userName: "app", policyName: "orders", policyDocument: $d) { policyName } }',
      { d: policy },
      root,
    );
    const userArn = `arn:iamgate:iam::${account.id}:user/app`;
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: userArn }, Action: 'sts:AssumeRole' }],
    });
    await graphql(
      url,
      'mutation($t: String!) { createRole(input: { roleName: "Worker", assumeRolePolicyDocument: $t }) { arn } }',
      { t: trust },
      root,
    );
    const token = (
      await graphql<Signed>(url, signIn, {
        i: { user: { account: account.id, userName: 'app', password: 'App-passw0rd-1' } },
      })
    ).signIn.token;
    const trivial = await load(url, '{ __typename }', {});
    const authorize = await load(
      url,
      'query($r: String!) { authorize(action: "orders:GetOrder", resource: $r) { decision } }',
      { r: `arn:iamgate:orders::${account.id}:order/42` },
      token,
    );
    const requests = Array.from({ length: 100 }, (_, i) => ({
      action: 'orders:GetOrder',
      resource: `arn:iamgate:orders::${account.id}:order/${i % 10 === 0 ? 'secret-' : ''}${i}`,
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
      { a: `arn:iamgate:iam::${account.id}:role/Worker` },
      token,
    );
    const line = (name: string, r: LoadResult) =>
      `${driver.padEnd(8)} ${name.padEnd(26)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   errors ${r.errors}`;
    process.stdout.write(
      `${[
        line('{ __typename }', trivial),
        line('authorize (self)', authorize),
        line('authorizeBatch (100)', batch),
        `${driver.padEnd(8)} ${'  = decisions/s'.padEnd(26)} ${(batch.perSecond * 100).toFixed(0).padStart(7)}`,
        line('assumeRole', assume),
      ].join('\n')}\n`,
    );
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gateway.close();
    await cleanup();
  }
}

process.stdout.write(
  `sts + evaluator HTTP throughput: ${concurrency} connections, ${seconds} s per run, node ${process.version}\n`,
);
for (const driver of testDrivers()) await bench(driver);
