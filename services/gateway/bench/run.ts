/**
 * `pnpm --filter @iamgate/gateway bench`: throughput of `getUser` through real HTTP (a signed-in IAM user whose
 * inline policy allows it, so every request is authenticated, loads the caller's session and policies, builds the
 * target ARN and is evaluated by `@iamgate/policy`) next to a trivial query (`{ __typename }`) on the same server,
 * on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on Postgres. BENCH_SECONDS and BENCH_CONCURRENCY tune it.
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

function load(url: string, query: string, token?: string): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const worker = new Worker(new URL('./load.mjs', import.meta.url), {
    workerData: { url, body: JSON.stringify({ query }), headers, concurrency, seconds, warmupSeconds: 2 },
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
    const root = (
      await graphql<{ signIn: { token: string } }>(url, signIn, {
        i: { root: { email: account.rootEmail, password: 'Bench-passw0rd-1' } },
      })
    ).signIn.token;
    await graphql(url, 'mutation { createUser(input: { userName: "reader" }) { arn } }', {}, root);
    await graphql(
      url,
      'mutation { createLoginProfile(userName: "reader", password: "Reader-passw0rd-1") { userName } }',
      {},
      root,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
    });
    await graphql(
      url,
      'mutation($d: String!) { putUserPolicy(userName: "reader", policyName: "read", policyDocument: $d) { policyName } }',
      { d: policy },
      root,
    );
    const token = (
      await graphql<{ signIn: { token: string } }>(url, signIn, {
        i: { user: { account: account.id, userName: 'reader', password: 'Reader-passw0rd-1' } },
      })
    ).signIn.token;
    const trivial = await load(url, '{ __typename }');
    const getUser = await load(url, '{ getUser(userName: "reader") { userName arn createDate } }', token);
    const line = (name: string, r: LoadResult) =>
      `${driver.padEnd(8)} ${name.padEnd(20)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   errors ${r.errors}`;
    process.stdout.write(`${line('{ __typename }', trivial)}\n${line('getUser (IAM user)', getUser)}\n`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gateway.close();
    await cleanup();
  }
}

process.stdout.write(
  `gateway HTTP throughput: ${concurrency} connections, ${seconds} s per run, node ${process.version}\n`,
);
for (const driver of testDrivers()) await bench(driver);
