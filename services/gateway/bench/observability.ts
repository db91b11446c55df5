/**
 * `pnpm --filter @iamgate/gateway bench`: what metrics and tracing cost per request. Four gateways that differ only
 * in IAMGATE_METRICS and IAMGATE_TRACING, each on a store of its own (the store observer is store-wide), answer the
 * same two requests from a signed-in IAM user through `gateway.fetch`: a trivial authenticated query
 * (`getCallerIdentity`: token, session, cached policies, one decision) and `authorize` (one more evaluation, an
 * app's question).
 *
 * Requests are sent one after another in process and timed in blocks, the modes taking turns block by block, and
 * the median block is reported: on a shared 2-core machine a closed-loop HTTP run of the same gateway varies by
 * half from one run to the next, far more than what is measured here, while interleaved blocks put a neighbour's
 * load on every mode alike. Tracing exports to an exporter that drops the spans (no collector here): span creation,
 * the context manager and the span processor are in the numbers, the OTLP upload (batched, in the background) is
 * not. The SDK is registered for tracing blocks only, so that its `AsyncLocalStorage` context manager does not slow
 * the others. BENCH_BLOCKS (default 30) and BENCH_BLOCK_REQUESTS (default 200) tune it.
 */
import { createTestStore, type TestDriver, type TestStore, testDrivers } from '@iamgate/store/testing';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { startTracing } from '../src/tracing/start-tracing.js';
import { median } from './median.js';

const blocks = Number(process.env.BENCH_BLOCKS ?? 30);
const perBlock = Number(process.env.BENCH_BLOCK_REQUESTS ?? 200);

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
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }],
};

/** One GraphQL call through `gateway.fetch`; any error aborts the benchmark. */
async function call(
  gateway: Gateway,
  query: string,
  variables: object = {},
  token?: string,
): Promise<unknown> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A gateway configured with `env` on a fresh store, and a session of an IAM user allowed `orders:GetOrder`. */
async function prepare(driver: TestDriver, env: object) {
  const test: TestStore = await createTestStore({ driver });
  const account = await test.store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn', ...env }), {
    store: test.store,
  });
  const signIn = async (input: object) =>
    (
      (await call(gateway, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: input })) as {
        signIn: { token: string };
      }
    ).signIn.token;
  const root = await signIn({ root: { email: account.rootEmail, password: ROOT_PASSWORD } });
  await call(gateway, 'mutation { createUser(input: { userName: "app" }) { arn } }', {}, root);
  await call(
    gateway,
    'mutation($p: String!) { createLoginProfile(userName: "app", password: $p) { userName } }',
    { p: USER_PASSWORD },
    root,
  );
  await call(
    gateway,
    'mutation($d: String!) { putUserPolicy(userName: "app", policyName: "orders", policyDocument: $d) { policyName } }',
    { d: JSON.stringify(POLICY) },
    root,
  );
  const token = await signIn({ user: { account: account.id, userName: 'app', password: USER_PASSWORD } });
  return {
    gateway,
    token,
    async close() {
      await gateway.close();
      await test.cleanup();
    },
  };
}

process.stdout.write(
  `metrics and tracing cost: ${blocks} blocks of ${perBlock} sequential requests per mode, in turns, through ` +
    `gateway.fetch; median block; node ${process.version}\n`,
);
for (const driver of testDrivers()) {
  const prepared = [];
  for (const mode of MODES) prepared.push({ mode, ...(await prepare(driver, mode.env)) });
  try {
    const times = new Map<string, number[]>();
    for (let block = -1; block < blocks; block++) {
      // Each block starts with another mode, so that no mode always follows the same one.
      for (let i = 0; i < prepared.length; i++) {
        const { mode, gateway, token } = prepared[
          (i + Math.max(block, 0)) % prepared.length
        ] as (typeof prepared)[0];
        const tracing =
          'IAMGATE_TRACING' in mode.env
            ? startTracing(loadConfig({ IAMGATE_TRACING: 'true' }).tracing, { exporter: discard })
            : undefined;
        try {
          for (const { name, query } of QUERIES) {
            const started = performance.now();
            for (let n = 0; n < perBlock; n++) await call(gateway, query, {}, token);
            const microseconds = ((performance.now() - started) * 1000) / perBlock;
            // Block -1 warms every mode up (JIT, caches) and is not counted.
            if (block >= 0)
              times.set(`${mode.name}/${name}`, [...(times.get(`${mode.name}/${name}`) ?? []), microseconds]);
          }
        } finally {
          await tracing?.shutdown();
        }
      }
    }
    process.stdout.write(
      `${'driver'.padEnd(8)} ${'mode'.padEnd(16)} ${'request'.padEnd(18)} ${'µs/request'.padStart(10)}   cost vs off\n`,
    );
    for (const { mode } of prepared) {
      for (const { name } of QUERIES) {
        const us = median(times.get(`${mode.name}/${name}`) ?? []);
        const off = median(times.get(`off/${name}`) ?? []);
        const cost =
          mode.name === 'off'
            ? ''
            : `${us - off >= 0 ? '+' : ''}${(us - off).toFixed(0)} µs (${(((us - off) / off) * 100).toFixed(1)}%)`;
        process.stdout.write(
          `${driver.padEnd(8)} ${mode.name.padEnd(16)} ${name.padEnd(18)} ${us.toFixed(0).padStart(10)}   ${cost}\n`,
        );
      }
    }
  } finally {
    for (const p of prepared) await p.close();
  }
}
