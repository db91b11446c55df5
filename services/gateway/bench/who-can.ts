/**
 * `pnpm --filter @iamgate/gateway bench` (access analysis): `principalsWithAccess` (who can), `accessOfPrincipal`
 * (what can) and `resourcesAccessible` (resource reach) on an account of 1,000 principals (800 users, 200 roles, 40
 * groups) and 5,000 policies (4,000 managed, each principal with 4 attached, and 1,000 inline), through
 * `gateway.fetch` in process, on PGlite and, when IAMGATE_TEST_DATABASE_URL is set, on Postgres. "first" is the
 * first call of each operation (for the first one, on a gateway just started: empty policy cache, nothing compiled;
 * the engine's cache of policy texts is cleared before each); "warm" the median of BENCH_RUNS (default 9) more. The
 * account is seeded through the store in transactions of 250 writes.
 */
import { clearPolicyCache } from '@iamgate/policy';
import type { Store } from '@iamgate/store';
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { median } from './median.js';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const USERS = 800;
const ROLES = 200;
const GROUPS = 40;
const MANAGED = 4000;
const ROOT_PASSWORD = 'Bench-passw0rd-1';

async function call(gateway: Gateway, query: string, variables: object, token: string): Promise<unknown> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const result = (await response.json()) as { data?: unknown; errors?: unknown };
  if (result.errors !== undefined) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Runs `writes` in transactions of 250. */
async function inBatches(store: Store, writes: ((tx: Store) => Promise<unknown>)[]): Promise<void> {
  for (let i = 0; i < writes.length; i += 250) {
    await store.transaction(async (tx) => {
      for (const write of writes.slice(i, i + 250)) await write(tx as Store);
    });
  }
}

/** A managed policy of 3 statements; one in 50 grants `orders:GetOrder`. */
function managedDocument(i: number, orders: string): string {
  const statements = [
    {
      Effect: 'Allow',
      Action: [`svc${i % 60}:Get*`, `svc${i % 60}:List*`],
      Resource: `arn:iamgate:svc${i % 60}:::item/${i}/*`,
    },
    {
      Effect: 'Allow',
      Action: `svc${(i + 7) % 60}:Put${i}`,
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/team': `team${i % 9}` } },
    },
    i % 50 === 0
      ? { Effect: 'Allow', Action: 'orders:GetOrder', Resource: `${orders}/*` }
      : { Effect: 'Deny', Action: `svc${i % 60}:Delete*`, Resource: '*' },
  ];
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

async function seed(store: Store, accountId: string): Promise<void> {
  const orders = `arn:iamgate:orders::${accountId}:order`;
  await store.accounts.setQuotas(accountId, { policiesPerAccount: MANAGED + 100 });
  const arns: string[] = [];
  await inBatches(
    store,
    Array.from({ length: MANAGED }, (_, i) => async (tx: Store) => {
      arns.push(
        (await tx.policies.create(accountId, { name: `p${i}`, document: managedDocument(i, orders) })).arn,
      );
    }),
  );
  const writes: ((tx: Store) => Promise<unknown>)[] = [];
  for (let g = 0; g < GROUPS; g++) {
    writes.push((tx) => tx.groups.create(accountId, { name: `g${g}` }));
    for (const k of [0, 1]) {
      writes.push((tx) =>
        tx.policies.attach(accountId, { kind: 'group', name: `g${g}` }, arns[(g * 97 + k) % MANAGED]!),
      );
    }
  }
  const inline = (n: number) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: `own${n % 30}:*`,
          Resource: `arn:iamgate:own${n % 30}:::\${aws:username}/*`,
        },
      ],
    });
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: accountId }, Action: 'sts:AssumeRole' }],
  });
  for (let n = 0; n < USERS + ROLES; n++) {
    const kind = n < USERS ? ('user' as const) : ('role' as const);
    const name = kind === 'user' ? `user${n}` : `role${n - USERS}`;
    const tags = [{ key: 'team', value: `team${n % 9}` }];
    writes.push((tx) =>
      kind === 'user'
        ? tx.users.create(accountId, { name, tags })
        : tx.roles.create(accountId, { name, tags, assumeRolePolicyDocument: trust }),
    );
    writes.push((tx) => tx.inlinePolicies.put(accountId, { kind, name }, 'own', inline(n)));
    for (let k = 0; k < 4; k++) {
      writes.push((tx) => tx.policies.attach(accountId, { kind, name }, arns[(n * 4 + k) % MANAGED]!));
    }
    if (kind === 'user') writes.push((tx) => tx.groups.addUser(accountId, `g${n % GROUPS}`, name));
  }
  await inBatches(store, writes);
}

async function bench(driver: TestDriver): Promise<void> {
  const test = await createTestStore({ driver });
  const account = await test.store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const seeding = performance.now();
  await seed(test.store, account.id);
  const seeded = (performance.now() - seeding) / 1000;
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'error' }), { store: test.store });
  try {
    const root = (
      (await gateway
        .fetch(
          new Request('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
              variables: { i: { root: { email: account.rootEmail, password: ROOT_PASSWORD } } },
            }),
          }),
        )
        .then((r) => r.json())) as { data: { signIn: { token: string } } }
    ).data.signIn.token;
    const order = `arn:iamgate:orders::${account.id}:order/7`;
    const user = `arn:iamgate:iam::${account.id}:user/user0`;
    const who = `query($a: String!, $r: String!, $n: Int, $g: Boolean) {
      principalsWithAccess(action: $a, resource: $r, first: $n, includeGroups: $g) {
        edges { node { principalArn allowedBy { policyId } } } pageInfo { hasNextPage } } }`;
    const cases = [
      {
        name: 'who can GetOrder, all (first 1000)',
        query: who,
        variables: { a: 'orders:GetOrder', r: order, n: 1000 },
      },
      {
        name: 'who can GetOrder, + groups',
        query: who,
        variables: { a: 'orders:GetOrder', r: order, n: 1000, g: true },
      },
      {
        name: 'who can GetOrder, first 10',
        query: who,
        variables: { a: 'orders:GetOrder', r: order, n: 10 },
      },
      {
        name: 'who can nobody-may (whole scan)',
        query: who,
        variables: { a: 'none:Nothing', r: order, n: 100 },
      },
      {
        name: 'what can user0',
        query:
          'query($p: String!) { accessOfPrincipal(principalArn: $p) { services { service actions { action } } } }',
        variables: { p: user },
      },
      {
        name: 'resource plan user0 GetOrder',
        query:
          'query($p: String!) { resourcesAccessible(principalArn: $p, action: "orders:GetOrder") { kind nodes { kind } } }',
        variables: { p: user },
      },
    ];
    process.stdout.write(
      `\n${driver}: ${USERS} users, ${ROLES} roles, ${GROUPS} groups; ${MANAGED} managed + ${USERS + ROLES} inline policies (seeded in ${seeded.toFixed(0)} s)\n`,
    );
    process.stdout.write(
      '| operation | answer | first ms | warm ms (median) | cpu ms (warm) | statements (first / warm) |\n',
    );
    process.stdout.write('|---|---|---:|---:|---:|---:|\n');
    for (const c of cases) {
      clearPolicyCache();
      const before = test.store.queryCount();
      const started = performance.now();
      const data = (await call(gateway, c.query, c.variables, root)) as Record<string, unknown>;
      const cold = performance.now() - started;
      const coldStatements = test.store.queryCount() - before;
      const wall: number[] = [];
      const cpu: number[] = [];
      let warmStatements = 0;
      for (let i = 0; i < runs; i++) {
        const s = test.store.queryCount();
        const cpuBefore = process.cpuUsage();
        const t0 = performance.now();
        await call(gateway, c.query, c.variables, root);
        wall.push(performance.now() - t0);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
        warmStatements = test.store.queryCount() - s;
      }
      const value = Object.values(data)[0] as { edges?: unknown[]; services?: unknown[]; kind?: string };
      const answer =
        value.edges !== undefined
          ? `${value.edges.length} principals`
          : value.services !== undefined
            ? `${value.services.length} services`
            : String(value.kind);
      process.stdout.write(
        `| ${c.name} | ${answer} | ${cold.toFixed(0)} | ${median(wall).toFixed(1)} | ${median(cpu).toFixed(1)} | ${coldStatements} / ${warmStatements} |\n`,
      );
    }
  } finally {
    await gateway.close();
    await test.cleanup();
  }
}

process.stdout.write(`access analysis on 1,000 principals and 5,000 policies; node ${process.version}\n`);
for (const driver of testDrivers()) await bench(driver);
