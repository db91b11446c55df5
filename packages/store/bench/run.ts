/**
 * Benchmark: `effectivePolicies` for a user in 10 groups with 10 managed policies each (100 policies), on
 * in-memory PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on Postgres (a fresh database, dropped after).
 * Prints one row per database: latency percentiles and sequential calls per second.
 *
 * Run: `pnpm --filter @iamgate/store bench`.
 */
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';

const GROUPS = 10;
const POLICIES_PER_GROUP = 10;
const WARMUP = 100;
const ITERATIONS = 2000;

interface Row {
  database: string;
  policies: number;
  queries: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(driver: TestDriver): Promise<Row> {
  const { store, cleanup } = await createTestStore({ driver });
  try {
    const account = await store.accounts.create({
      rootEmail: 'bench@example.com',
      rootPassword: 'Bench-Passw0rd',
    });
    const user = await store.users.create(account.id, { name: 'bench' });
    await store.transaction(async (tx) => {
      for (let g = 0; g < GROUPS; g++) {
        await tx.groups.create(account.id, { name: `group-${g}` });
        await tx.groups.addUser(account.id, `group-${g}`, 'bench');
        for (let p = 0; p < POLICIES_PER_GROUP; p++) {
          const policy = await tx.policies.create(account.id, {
            name: `policy-${g}-${p}`,
            document: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: [`s3:Get${g}${p}*`],
                  Resource: `arn:iamgate:s3:::bucket-${g}/${p}/*`,
                },
              ],
            },
          });
          await tx.policies.attach(account.id, { kind: 'group', name: `group-${g}` }, policy.arn);
        }
      }
    });
    const principal = { kind: 'user', accountId: account.id, userId: user.id } as const;
    for (let i = 0; i < WARMUP; i++) await store.effectivePolicies(principal);
    const times: number[] = [];
    const before = store.queryCount();
    let policies = 0;
    const started = performance.now();
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      const effective = await store.effectivePolicies(principal);
      times.push(performance.now() - t0);
      policies = effective.identity.length;
    }
    const elapsed = performance.now() - started;
    const queries = (store.queryCount() - before) / ITERATIONS;
    times.sort((a, b) => a - b);
    return {
      database: driver === 'pglite' ? 'PGlite 0.5 (in memory)' : 'Postgres (postgres.js, localhost)',
      policies,
      queries,
      mean: times.reduce((s, t) => s + t, 0) / times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      perSecond: (ITERATIONS / elapsed) * 1000,
    };
  } finally {
    await cleanup();
  }
}

const rows: Row[] = [];
for (const driver of testDrivers()) rows.push(await run(driver));
if (!process.env.IAMGATE_TEST_DATABASE_URL)
  console.log('(set IAMGATE_TEST_DATABASE_URL to include Postgres)');
console.log(
  `\neffectivePolicies: user in ${GROUPS} groups x ${POLICIES_PER_GROUP} managed policies, ${ITERATIONS} sequential calls\n`,
);
const header = ['database', 'policies', 'queries/call', 'mean ms', 'p50 ms', 'p95 ms', 'p99 ms', 'calls/s'];
const body = rows.map((r) => [
  r.database,
  String(r.policies),
  r.queries.toFixed(1),
  r.mean.toFixed(3),
  r.p50.toFixed(3),
  r.p95.toFixed(3),
  r.p99.toFixed(3),
  r.perSecond.toFixed(0),
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const b of body) console.log(line(b));
