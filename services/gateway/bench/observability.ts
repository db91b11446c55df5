/**
 * `pnpm --filter @iamgate/gateway bench`: what metrics and tracing cost. The same two requests against gateways
 * on one store that differ only in IAMGATE_METRICS and IAMGATE_TRACING: a trivial authenticated query
 * (`getCallerIdentity`: token, session, policies, one decision) and `authorize` (one more evaluation, an app's
 * question), each from a signed-in IAM user, through real HTTP. Tracing exports to an exporter that drops the spans
 * (no collector here), so the OTLP serialisation and upload are not in the numbers, while span creation, the
 * context manager and the span processor are (the SDK is registered for the tracing runs only, and unregistered
 * after them, so that its `AsyncLocalStorage` context manager does not slow the other runs down). The modes run in
 * turn, BENCH_ROUNDS times (default 3), and the median of each is reported, so that a neighbour's load on a shared
 * machine weighs on every mode alike. BENCH_SECONDS and BENCH_CONCURRENCY tune each run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestStore, testDrivers } from '@iamgate/store/testing';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { startTracing } from '../src/tracing/start-tracing.js';
import { concurrency, graphql, type LoadResult, load, seconds } from './harness.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const MODES = [
  { name: 'off', env: {} },
  { name: 'metrics', env: { IAMGATE_METRICS: 'true' } },
  { name: 'tracing', env: { IAMGATE_TRACING: 'true' } },
  { name: 'metrics+tracing', env: { IAMGATE_METRICS: 'true', IAMGATE_TRACING: 'true' } },
] as const;

const QUERIES = [
  { name: 'getCallerIdentity', query: '{ getCallerIdentity { arn } }' },
  {
    name: 'authorize',
    query: '{ authorize(action: "orders:GetOrder", resource: "arn:iamgate:orders:::order/1") { decision } }',
  },
] as const;

/** Drops every span: what an exporter costs is not what is measured here. */
const discard: SpanExporter = {
  // 0 is `ExportResultCode.SUCCESS` (of @opentelemetry/core, not a dependency of the gateway).
  export: (_spans, done) => done({ code: 0 }),
  shutdown: async () => {},
};

const ROOT_PASSWORD = 'Bench-passw0rd-1';
const USER_PASSWORD = 'User-passw0rd-1';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }],
};

/** Starts a gateway with `env` on `store`, listening on an ephemeral loopback port. */
async function serve(store: Parameters<typeof createGateway>[1]['store'], env: Record<string, string>) {
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn', ...env }), { store });
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.close();
    },
  };
}

/** The run with the median throughput. */
function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.perSecond - b.perSecond);
  return sorted[Math.floor(sorted.length / 2)] as LoadResult;
}

function row(driver: string, mode: string, query: string, result: LoadResult, base: LoadResult) {
  const cost = `${((base.perSecond / result.perSecond - 1) * 100).toFixed(1)}%`;
  return `${driver.padEnd(8)} ${mode.padEnd(16)} ${query.padEnd(18)} ${result.perSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50.toFixed(2).padStart(6)} ms   p99 ${result.p99.toFixed(2).padStart(6)} ms   cost ${cost.padStart(6)}   errors ${result.errors}`;
}

process.stdout.write(
  `metrics and tracing overhead: ${concurrency} connections, ${seconds} s per run, median of ${rounds} rounds, ` +
    `node ${process.version}\n(cost: time per request relative to \`off\`; tracing drops its spans instead of exporting them)\n`,
);
for (const driver of testDrivers()) {
  const { store, cleanup } = await createTestStore({ driver });
  try {
    const account = await store.accounts.create({
      rootEmail: 'bench@example.com',
      rootPassword: ROOT_PASSWORD,
    });
    // Sessions are created once, through a gateway that is then closed: every mode answers the same users.
    const setup = await serve(store, {});
    let token: string;
    try {
      const signIn = async (input: object) =>
        (await graphql<{ signIn: { token: string } }>(setup.url, SIGN_IN, { i: input })).signIn.token;
      const root = await signIn({ root: { email: account.rootEmail, password: ROOT_PASSWORD } });
      await graphql(setup.url, 'mutation { createUser(input: { userName: "app" }) { arn } }', {}, root);
      await graphql(
        setup.url,
        'mutation($p: String!) { createLoginProfile(userName: "app", password: $p) { userName } }',
        { p: USER_PASSWORD },
        root,
      );
      await graphql(
        setup.url,
        'mutation($d: String!) { putUserPolicy(userName: "app", policyName: "orders", policyDocument: $d) { policyName } }',
        { d: JSON.stringify(POLICY) },
        root,
      );
      token = await signIn({ user: { account: account.id, userName: 'app', password: USER_PASSWORD } });
    } finally {
      await setup.close();
    }
    const results = new Map<string, LoadResult[]>();
    for (let round = 0; round < rounds; round++) {
      for (const mode of MODES) {
        const tracing =
          'IAMGATE_TRACING' in mode.env
            ? startTracing(loadConfig({ IAMGATE_TRACING: 'true' }).tracing, { exporter: discard })
            : undefined;
        const running = await serve(store, mode.env);
        try {
          for (const { name, query } of QUERIES) {
            const key = `${mode.name}/${name}`;
            results.set(key, [...(results.get(key) ?? []), await load(running.url, query, {}, token)]);
          }
        } finally {
          await running.close();
          await tracing?.shutdown();
        }
      }
    }
    for (const mode of MODES) {
      for (const { name } of QUERIES) {
        const base = median(results.get(`off/${name}`) ?? []);
        const result = median(results.get(`${mode.name}/${name}`) ?? []);
        process.stdout.write(`${row(driver, mode.name, name, result, base)}\n`);
      }
    }
  } finally {
    await cleanup();
  }
}
