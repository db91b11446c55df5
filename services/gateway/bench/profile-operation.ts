/**
 * A CPU profile of the gateway serving one of issue 11's operations under load, for finding where the time goes:
 * `pnpm --filter @iamgate/gateway exec tsx --conditions=@iamgate/source bench/profile-operation.ts`.
 * The gateway listens on loopback as in `vs-yoga.ts`; the lean socket client drives it at concurrency 16 (after a
 * warm-up that is not profiled), and the V8 profile of the gateway's thread during the run is written as a
 * `.cpuprofile` (open it in Chrome's DevTools or any speedscope-like viewer).
 *
 * PROFILE_OPERATION (the operation's name as `vs-yoga.ts` prints it; `POST /authorize (100)` by default),
 * PROFILE_DRIVER (`pglite` or `postgres`, which needs IAMGATE_TEST_DATABASE_URL), PROFILE_SECONDS (5) and
 * PROFILE_OUT (`operation.cpuprofile`) tune it.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DEFAULT_ARGON2 } from '@iamgate/store';
import { createTestStore, type TestDriver } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { listen } from './bare-yoga.js';
import { bodiesOf, OPERATION_NAMES, prepareHotOperations } from './hot-operations.js';
import { SocketLoad, type SocketRun } from './socket-load.js';

const NAME = process.env.PROFILE_OPERATION ?? 'POST /authorize (100)';
const DRIVER = (process.env.PROFILE_DRIVER ?? 'pglite') as TestDriver;
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const OUT = process.env.PROFILE_OUT ?? 'operation.cpuprofile';
const HOUR_MS = 3_600_000;
const ROOT_PASSWORD = 'Bench-root-passw0rd-1';

if (!(OPERATION_NAMES as readonly string[]).includes(NAME)) {
  throw new Error(`PROFILE_OPERATION must be one of: ${OPERATION_NAMES.join(', ')}`);
}
const client = SocketLoad.start();
const { store, cleanup } = await createTestStore({
  driver: DRIVER,
  guardTransactions: false,
  passwordHashing: { logN: 17, r: 8, p: 1, argon2: DEFAULT_ARGON2 },
});
const account = await store.accounts.create({ rootEmail: 'bench@example.com', rootPassword: ROOT_PASSWORD });
const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), {
  store,
  intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS },
});
const session = new Session();
try {
  const operation = (await prepareHotOperations(gateway, account, ROOT_PASSWORD)).find(
    (o) => o.name === NAME,
  )!;
  const server = await listen(gateway.yoga as never);
  const run = (warmupMs: number, durationMs: number) => {
    const options: SocketRun = {
      port: server.port,
      headers: {
        'content-type': 'application/json',
        ...(operation.token === undefined ? {} : { authorization: `Bearer ${operation.token}` }),
      },
      bodies: bodiesOf(operation),
      ...(operation.path === undefined ? {} : { path: operation.path }),
      concurrency: 16,
      warmupMs,
      durationMs,
    };
    return client.run(options, () => store.queryCount());
  };
  await run(500, 1500);
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const result = await run(0, SECONDS * 1000);
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(OUT, JSON.stringify(profile));
  process.stdout.write(
    `${NAME} on ${DRIVER}: ${result.perSecond.toFixed(0)} req/s, server CPU ${result.serverCpuUs.toFixed(0)} µs ` +
      `per request, ${result.statements.toFixed(2)} statements per request; profile written to ${OUT}\n`,
  );
  await server.close();
} finally {
  session.disconnect();
  client.close();
  await gateway.close();
  await cleanup();
}
