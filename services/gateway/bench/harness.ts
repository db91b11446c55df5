/**
 * What the gateway's benchmarks share: a real gateway on an ephemeral 127.0.0.1 port over a test store, a root
 * session, GraphQL calls for setup, and a load generator in a worker thread (`load.mjs`) so the load does not
 * share an event loop with the server. BENCH_SECONDS and BENCH_CONCURRENCY tune every run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { StoreOptions } from '@iamgate/store';
import { createTestStore, type TestDriver } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';

export const seconds = Number(process.env.BENCH_SECONDS ?? 10);
export const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** How one `load` differs from the defaults. */
export interface LoadOptions {
  /** Connections of this run (default BENCH_CONCURRENCY). */
  concurrency?: number;
  /** Variables per connection, used round-robin instead of `variables` (e.g. one principal per connection). */
  variablesPerConnection?: object[];
}

/** Sends `query` from `concurrency` connections for `seconds` (after a 2 s warm-up) and reports throughput. */
export function load(
  url: string,
  query: string,
  variables: object = {},
  token?: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const worker = new Worker(new URL('./load.mjs', import.meta.url), {
    workerData: {
      url,
      body: JSON.stringify({ query, variables }),
      bodies: options.variablesPerConnection?.map((v) => JSON.stringify({ query, variables: v })),
      headers,
      concurrency: options.concurrency ?? concurrency,
      seconds,
      warmupSeconds: 2,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** One GraphQL call for setup; any error aborts the benchmark. */
export async function graphql<T = unknown>(
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

/** A running benchmark gateway: its URL, its account, a root session, and user sign-in. */
export interface BenchGateway {
  url: string;
  accountId: string;
  rootToken: string;
  /** Creates an IAM user with a password and an inline policy, signs it in and returns its session token. */
  userSession: (userName: string, policy: object) => Promise<string>;
}

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const ROOT_PASSWORD = 'Bench-passw0rd-1';
/** The password `userSession` gives its users. */
export const USER_PASSWORD = 'User-passw0rd-1';

/**
 * Runs `body` against a fresh gateway on `driver` (a test store, with `storeOptions` on top), then closes the
 * server, the gateway and the store.
 */
export async function withBenchGateway(
  driver: TestDriver,
  body: (gateway: BenchGateway) => Promise<void>,
  storeOptions: Omit<StoreOptions, 'databaseUrl' | 'memory' | 'dataDir'> = {},
) {
  const { store, cleanup } = await createTestStore({ driver, ...storeOptions });
  const account = await store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), { store });
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const signIn = async (input: object) =>
    (await graphql<{ signIn: { token: string } }>(url, SIGN_IN, { i: input })).signIn.token;
  try {
    const rootToken = await signIn({ root: { email: account.rootEmail, password: ROOT_PASSWORD } });
    const userSession = async (userName: string, policy: object) => {
      await graphql(
        url,
        'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
        { u: userName },
        rootToken,
      );
      await graphql(
        url,
        'mutation($u: String!, $p: String!) { createLoginProfile(userName: $u, password: $p) { userName } }',
        { u: userName, p: USER_PASSWORD },
        rootToken,
      );
      await graphql(
        url,
        'mutation($u: String!, $d: String!) { putUserPolicy(userName: $u, policyName: "bench", policyDocument: $d) { policyName } }',
        { u: userName, d: JSON.stringify(policy) },
        rootToken,
      );
      return signIn({ user: { account: account.id, userName, password: USER_PASSWORD } });
    };
    await body({ url, accountId: account.id, rootToken, userSession });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gateway.close();
    await cleanup();
  }
}

/** One row of a benchmark table. */
export function resultLine(driver: string, name: string, result: LoadResult): string {
  return `${driver.padEnd(8)} ${name.padEnd(26)} ${result.perSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50.toFixed(2).padStart(7)} ms   p99 ${result.p99.toFixed(2).padStart(7)} ms   errors ${result.errors}`;
}
