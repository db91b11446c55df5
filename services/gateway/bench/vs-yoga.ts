/**
 * `pnpm --filter @iamgate/gateway bench`: the gateway side by side with a bare graphql-yoga server (issue 11). Both
 * run in this process over `node:http` on loopback, with the same yoga version; a lean client in another process
 * (`socket-client.mjs`: raw keep-alive HTTP/1.1) drives them in turns, a bare-Yoga `{ __typename }` run before and
 * after every gateway run, so that each gateway run is compared with the bare server measured right next to it.
 * For each operation, on PGlite and on Postgres (IAMGATE_TEST_DATABASE_URL), at each concurrency, over several
 * rounds (min / median / max):
 * - req/s and its ratio to the neighbouring bare-Yoga runs;
 * - the server's CPU per request: this process's CPU time (user + system, all threads: PGlite and password hashes
 *   included; a Postgres server's own CPU is not) divided by the requests, beside the bare server's;
 * - the client's CPU per request, so that the client is seen not to be the limit;
 * - statements per request (`store.queryCount()` deltas), with the background refreshes stretched to an hour;
 * - issue 11's goals beside the ratio each one is about, judged by req/s and by CPU time per request (which a busy
 *   shared machine disturbs much less: a saturated server's throughput is one over its CPU per request).
 * It starts by measuring bare Yoga with this client and with the fetch-based `load.mjs` the other benches use.
 *
 * The store runs as in production: no transaction guard, OWASP's Argon2id cost for passwords.
 * VS_YOGA_ROUNDS (3), VS_YOGA_SECONDS (0.6 per run; bare runs 2/3 of it), VS_YOGA_WARMUP_SECONDS (0.2 per run, half
 * for bare runs), VS_YOGA_CONCURRENCY
 * (`1,16`), VS_YOGA_DRIVERS (`pglite,postgres` as available) and VS_YOGA_OPERATIONS (names containing any of these
 * comma-separated words) tune it.
 */
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DEFAULT_ARGON2 } from '@iamgate/store';
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { bareYoga, type Listening, listen, YOGA_VERSION } from './bare-yoga.js';
import { bodiesOf, type HotOperation, type OperationName, prepareHotOperations } from './hot-operations.js';
import { SocketLoad, type SocketResult, type SocketRun } from './socket-load.js';
import { type Row, type Sample, table } from './vs-yoga-table.js';

const ROUNDS = Number(process.env.VS_YOGA_ROUNDS ?? 3);
const SECONDS = Number(process.env.VS_YOGA_SECONDS ?? 0.6);
const WARMUP_SECONDS = Number(process.env.VS_YOGA_WARMUP_SECONDS ?? 0.2);
/** The bare server is warm after its first runs: its runs between the gateway's are shorter. */
const BARE_RUN = { warmupMs: WARMUP_SECONDS * 500, durationMs: SECONDS * 667 };
const CONCURRENCIES = (process.env.VS_YOGA_CONCURRENCY ?? '1,16').split(',').map(Number);
const DRIVERS = (process.env.VS_YOGA_DRIVERS?.split(',') as TestDriver[] | undefined) ?? testDrivers();
const ONLY = process.env.VS_YOGA_OPERATIONS?.split(',');
const HOUR_MS = 3_600_000;
const ROOT_PASSWORD = 'Bench-root-passw0rd-1';
const TRIVIAL = JSON.stringify({ query: '{ __typename }', variables: {} });
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const client = SocketLoad.start();
const bare = await bareYoga();
const loads: number[] = [];
const notes: string[] = [];

const run = (port: number, concurrency: number, more: Partial<SocketRun>, statements?: () => number) =>
  client.run(
    {
      port,
      headers: JSON_HEADERS,
      bodies: [TRIVIAL],
      concurrency,
      warmupMs: WARMUP_SECONDS * 1000,
      durationMs: SECONDS * 1000,
      ...more,
    },
    statements,
  );

/** Bare Yoga through the fetch-based client of the other benches (a worker thread of this process). */
function fetchLoad(port: number, concurrency: number): Promise<{ perSecond: number }> {
  const worker = new Worker(new URL('./load.mjs', import.meta.url), {
    workerData: {
      url: `http://127.0.0.1:${port}/graphql`,
      body: TRIVIAL,
      headers: JSON_HEADERS,
      concurrency,
      seconds: Math.max(SECONDS, 1),
      warmupSeconds: WARMUP_SECONDS,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Shows that the client is not the limit: bare Yoga with this client and with `load.mjs`, in turns, medians. */
async function clientCheck(): Promise<void> {
  const seconds = Math.max(SECONDS, 1);
  process.stdout.write(
    `load client check: bare Yoga { __typename }, 3 runs of ${seconds} s each in turns, medians:\n`,
  );
  await run(bare.port, Math.max(...CONCURRENCIES), { durationMs: 500 });
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  for (const concurrency of CONCURRENCIES) {
    const socket: SocketResult[] = [];
    const fetched: number[] = [];
    for (let i = 0; i < 3; i++) {
      socket.push(await run(bare.port, concurrency, { durationMs: seconds * 1000 }));
      fetched.push((await fetchLoad(bare.port, concurrency)).perSecond);
    }
    const perSecond = mid(socket.map((s) => s.perSecond));
    const clientUs = mid(socket.map((s) => s.clientCpuUs));
    const serverUs = mid(socket.map((s) => s.serverCpuUs));
    process.stdout.write(
      `  c${concurrency}: socket client ${perSecond.toFixed(0)} req/s (its own CPU ${clientUs.toFixed(0)} µs per ` +
        `request, ${((clientUs * perSecond) / 1e4).toFixed(0)}% of a core; the server's ${serverUs.toFixed(0)} µs); ` +
        `fetch-based load.mjs ${mid(fetched).toFixed(0)} req/s\n`,
    );
  }
}

/** Every round, for each concurrency: bare, op, bare, op, ... (the operations' order rotating by round). */
async function measure(driver: TestDriver, rows: Map<string, Row>): Promise<void> {
  const { store, cleanup } = await createTestStore({
    driver,
    guardTransactions: false,
    passwordHashing: { logN: 17, r: 8, p: 1, argon2: DEFAULT_ARGON2 },
  });
  const account = await store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), {
    store,
    intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS },
  });
  let server: Listening | undefined;
  try {
    const operations = (await prepareHotOperations(gateway, account, ROOT_PASSWORD)).filter(
      (op) => ONLY === undefined || ONLY.some((word) => op.name.includes(word)),
    );
    server = await listen(gateway.yoga as never);
    const port = server.port;
    const once = (op: HotOperation, concurrency: number, durationMs = SECONDS * 1000) =>
      run(
        port,
        concurrency,
        {
          headers:
            op.token === undefined ? JSON_HEADERS : { ...JSON_HEADERS, authorization: `Bearer ${op.token}` },
          bodies: bodiesOf(op),
          ...(op.path === undefined ? {} : { path: op.path }),
          durationMs,
        },
        () => store.queryCount(),
      );
    // JIT and caches: every operation once, not counted.
    for (const op of operations) await once(op, Math.max(...CONCURRENCIES), 300);
    for (let round = 0; round < ROUNDS; round++) {
      loads.push(loadavg()[0] as number);
      for (const concurrency of CONCURRENCIES) {
        const record = (name: OperationName | 'bare', sample: Sample) => {
          const key = `${driver}|${concurrency}|${name}`;
          const row = rows.get(key) ?? { driver, concurrency, name, samples: [] };
          row.samples.push(sample);
          rows.set(key, row);
        };
        const bareRun = () => run(bare.port, concurrency, BARE_RUN);
        let before = await bareRun();
        record('bare', { ...before, round, bare: before });
        const order = operations.map((_, i) => operations[(i + round) % operations.length] as HotOperation);
        for (const op of order) {
          const result = await once(op, concurrency);
          const after = await bareRun();
          record('bare', { ...after, round, bare: after });
          // The bare server as it ran just before and just after this run.
          const neighbours: SocketResult = {
            ...after,
            perSecond: (before.perSecond + after.perSecond) / 2,
            serverCpuUs: (before.serverCpuUs + after.serverCpuUs) / 2,
          };
          record(op.name, { ...result, round, bare: neighbours });
          before = after;
        }
      }
    }
  } finally {
    await server?.close();
    await gateway.close();
    await cleanup();
  }
}

const started = loadavg();
process.stdout.write(
  `gateway vs bare graphql-yoga ${YOGA_VERSION}, node:http on 127.0.0.1, node ${process.version}, ` +
    `${cpus().length} cores, load average ${started.map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min); ` +
    `${ROUNDS} round${ROUNDS === 1 ? '' : 's'} of ${SECONDS} s runs (after ${WARMUP_SECONDS} s warm-up each), concurrency ${CONCURRENCIES.join(' and ')}\n`,
);
const rows = new Map<string, Row>();
try {
  await clientCheck();
  for (const driver of DRIVERS) {
    process.stdout.write(`measuring on ${driver}...\n`);
    await measure(driver, rows);
  }
} finally {
  client.close();
  await bare.close();
}
loads.push(loadavg()[0] as number);
process.stdout.write(`${table([...rows.values()], notes)}\n`);
process.stdout.write(
  `load average (1 min) during the rounds: ${Math.min(...loads).toFixed(2)}-${Math.max(...loads).toFixed(2)} ` +
    `on ${cpus().length} cores shared with other work\n`,
);
for (const note of notes) process.stdout.write(`${note}\n`);
