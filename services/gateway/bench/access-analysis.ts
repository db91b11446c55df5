/**
 * `tsx --conditions=@iamgate/source bench/access-analysis.ts`: what the access analysis queries cost on an account
 * of 1,000 users, 500 roles, 50 groups, 50 managed policies and 20,000 audited calls (seeded through the store), 100
 * roles of which trust another account: `listAccessFindings`, `listUnusedAccess`, `generatePolicy` for one user, and
 * `previewPolicyChange` of a policy on 30 principals and of one on all 1,500 (which replays the cap, 10,000 events).
 * Each is called BENCH_RUNS times (default 5) one after another through `gateway.fetch`; the median is printed.
 */
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { daysFrom, seedBulk } from '../test/support/access-analysis-seed.js';
import { median } from './median.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const ROOT_PASSWORD = 'Bench-passw0rd-1';
const SIZES = { users: 1000, groups: 50, roles: 500, policies: 50, events: 20_000 };

async function call(
  gateway: Gateway,
  token: string,
  query: string,
  variables: object = {},
): Promise<unknown> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === '' ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const result = (await response.json()) as { data?: unknown; errors?: unknown };
  if (result.errors !== undefined) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function bench(driver: TestDriver): Promise<void> {
  const { store, cleanup } = await createTestStore({ driver });
  const account = await store.accounts.create({ rootEmail: 'root@example.com', rootPassword: ROOT_PASSWORD });
  const a = account.id;
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent' }), {
    store,
    operatorAccountId: a,
  });
  try {
    const seeding = performance.now();
    const bulk = await seedBulk(store, a, new Date(), SIZES);
    const allow = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'orders:*', Resource: '*' }],
    });
    const everyone = (await store.policies.create(a, { name: 'everyone-orders', document: allow })).arn;
    await store.transaction(async (tx) => {
      for (let g = 0; g < SIZES.groups; g++)
        await tx.policies.attach(a, { kind: 'group', name: `g${String(g).padStart(2, '0')}` }, everyone);
      for (const name of bulk.roleNames) await tx.policies.attach(a, { kind: 'role', name }, everyone);
      const partner = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '222222222222' }, Action: 'sts:AssumeRole' }],
      });
      for (let i = 0; i < 100; i++)
        await tx.roles.create(a, { name: `partner-${i}`, assumeRolePolicyDocument: partner });
    });
    console.log(
      `${driver}: seeded ${SIZES.users} users, ${SIZES.roles + 100} roles, ${SIZES.events} events in ${Math.round(performance.now() - seeding)} ms`,
    );
    const signIn = (await call(
      gateway,
      '',
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
      { e: 'root@example.com', p: ROOT_PASSWORD },
    )) as { signIn: { token: string } };
    const token = signIn.signIn.token;
    const narrow = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'orders:ListOrders', Resource: '*' }],
    });
    const cases: [string, string, object][] = [
      ['listAccessFindings (100 findings)', '{ listAccessFindings { edges { node { id } } } }', {}],
      ['listUnusedAccess(90)', '{ listUnusedAccess { id } }', {}],
      [
        'generatePolicy (one user, 120 days)',
        'query($p: String!, $s: DateTime) { generatePolicy(principalArn: $p, since: $s) { eventCount } }',
        { p: bulk.userArns[1], s: daysFrom(bulk.t0, -120).toISOString() },
      ],
      [
        'previewPolicyChange (30 principals, 90 days)',
        'query($t: PolicyChangeTargetInput!, $d: String!) { previewPolicyChange(target: $t, newDocument: $d, days: 90) { eventsReplayed allowToDeny } }',
        { t: { policyArn: bulk.policyArns[0] }, d: narrow },
      ],
      [
        'previewPolicyChange (1,500 principals, capped at 10,000 events)',
        'query($t: PolicyChangeTargetInput!, $d: String!) { previewPolicyChange(target: $t, newDocument: $d, days: 90) { eventsReplayed truncated } }',
        { t: { policyArn: everyone }, d: narrow },
      ],
    ];
    for (const [name, query, variables] of cases) {
      const times: number[] = [];
      let last: unknown;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        last = await call(gateway, token, query, variables);
        times.push(performance.now() - started);
      }
      const shown = JSON.stringify(last).slice(0, 120);
      console.log(`${driver}: ${name}: median ${median(times).toFixed(0)} ms of ${runs} (${shown})`);
    }
  } finally {
    await gateway.close();
    await cleanup();
  }
}

for (const driver of testDrivers()) await bench(driver);
