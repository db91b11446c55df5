/**
 * `pnpm --filter @iamgate/gateway bench` (read path): what an authenticated request costs on the server, through
 * `gateway.fetch` in process: a trivial query anonymous and with a user token (token verification, the cached
 * session and policies), `authorize`, `authorizeBatch` of 100 (decisions per second), `getUser` and `getRole` (the
 * caller's authorization and the target's read). No load client shares the process's CPU: requests are sent one
 * after another, timed in blocks with the operations taking turns block by block, and the median block is reported
 * with the CPU time the process spent per request (`process.cpuUsage`, which includes PGlite's work; on Postgres
 * the server's own CPU is not in it). BENCH_BLOCKS (default 20) and BENCH_BLOCK_REQUESTS (default 200) tune it.
 */
import { createTestStore, type TestDriver, testDrivers } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { call } from './call-graphql.js';
import { median } from './median.js';

const blocks = Number(process.env.BENCH_BLOCKS ?? 20);
const perBlock = Number(process.env.BENCH_BLOCK_REQUESTS ?? 200);

const ROOT_PASSWORD = 'Bench-passw0rd-1';
const USER_PASSWORD = 'User-passw0rd-1';

function request(query: string, variables: object = {}): string {
  return JSON.stringify({ query, variables });
}

/** A gateway on a fresh store with a user `app` allowed to read IAM and some orders, and a role `Worker`. */
async function prepare(driver: TestDriver) {
  const test = await createTestStore({ driver });
  const account = await test.store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), { store: test.store });
  const signIn = async (input: object) =>
    (
      (await call(
        gateway,
        request('mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: input }),
      )) as {
        signIn: { token: string };
      }
    ).signIn.token;
  const root = await signIn({ root: { email: account.rootEmail, password: ROOT_PASSWORD } });
  const orders = `arn:iamgate:orders::${account.id}:order`;
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:GetRole'], Resource: '*' },
      { Sid: 'Orders', Effect: 'Allow', Action: 'orders:Get*', Resource: `${orders}/*` },
      { Sid: 'NoSecrets', Effect: 'Deny', Action: 'orders:*', Resource: `${orders}/secret-*` },
    ],
  };
  const trust = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:iamgate:iam::${account.id}:user/app` },
        Action: 'sts:AssumeRole',
      },
    ],
  };
  for (const [query, variables] of [
    ['mutation { createUser(input: { userName: "app" }) { arn } }', {}],
    [
      'mutation($p: String!) { createLoginProfile(userName: "app", password: $p) { userName } }',
      { p: USER_PASSWORD },
    ],
    [
      'mutation($d: String!) { putUserPolicy(userName: "app", policyName: "p", policyDocument: $d) { policyName } }',
      { d: JSON.stringify(policy) },
    ],
    [
      'mutation($t: String!) { createRole(input: { roleName: "Worker", assumeRolePolicyDocument: $t }) { arn } }',
      { t: JSON.stringify(trust) },
    ],
  ] as const) {
    await call(gateway, request(query, variables), root);
  }
  const token = await signIn({ user: { account: account.id, userName: 'app', password: USER_PASSWORD } });
  const batch = Array.from({ length: 100 }, (_, i) => ({
    action: 'orders:GetOrder',
    resource: `${orders}/${i % 10 === 0 ? 'secret-' : ''}${i}`,
  }));
  const operations = [
    { name: '{ __typename } anonymous', body: request('{ __typename }'), token: undefined, decisions: 0 },
    { name: '{ __typename } with token', body: request('{ __typename }'), token, decisions: 0 },
    {
      name: 'authorize',
      body: request(
        'query($r: String!) { authorize(action: "orders:GetOrder", resource: $r) { decision } }',
        {
          r: `${orders}/42`,
        },
      ),
      token,
      decisions: 1,
    },
    {
      name: 'authorizeBatch (100)',
      body: request('query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { decision } }', {
        r: batch,
      }),
      token,
      decisions: 100,
    },
    {
      name: 'getUser',
      body: request('{ getUser(userName: "app") { userName arn createDate tags { key } } }'),
      token,
      decisions: 0,
    },
    {
      name: 'getRole',
      body: request('{ getRole(roleName: "Worker") { roleName arn assumeRolePolicyDocument } }'),
      token,
      decisions: 0,
    },
  ];
  return {
    gateway,
    operations,
    statements: () => test.store.queryCount(),
    async close() {
      await gateway.close();
      await test.cleanup();
    },
  };
}

process.stdout.write(
  `read path: ${blocks} blocks of ${perBlock} sequential requests per operation, in turns, through gateway.fetch; ` +
    `median block; node ${process.version}\n`,
);
for (const driver of testDrivers()) {
  const { gateway, operations, statements, close } = await prepare(driver);
  try {
    const wall = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    const counted = new Map<string, number>();
    for (let block = -1; block < blocks; block++) {
      for (let i = 0; i < operations.length; i++) {
        const op = operations[(i + Math.max(block, 0)) % operations.length] as (typeof operations)[0];
        const before = statements();
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        for (let n = 0; n < perBlock; n++) await call(gateway, op.body, op.token);
        const elapsed = performance.now() - started;
        const used = process.cpuUsage(cpuBefore);
        // Block -1 warms every operation up (JIT, caches) and is not counted.
        if (block < 0) continue;
        wall.set(op.name, [...(wall.get(op.name) ?? []), (elapsed * 1000) / perBlock]);
        cpu.set(op.name, [...(cpu.get(op.name) ?? []), (used.user + used.system) / perBlock]);
        counted.set(op.name, (counted.get(op.name) ?? 0) + (statements() - before));
      }
    }
    process.stdout.write(
      `${'driver'.padEnd(8)} ${'operation'.padEnd(26)} ${'µs/req'.padStart(8)} ${'cpu µs/req'.padStart(10)} ${'req/s'.padStart(8)} ${'decisions/s'.padStart(11)} ${'stmts/req'.padStart(9)}\n`,
    );
    for (const op of operations) {
      const us = median(wall.get(op.name) ?? []);
      const cpuUs = median(cpu.get(op.name) ?? []);
      const perSecond = 1_000_000 / us;
      process.stdout.write(
        `${driver.padEnd(8)} ${op.name.padEnd(26)} ${us.toFixed(0).padStart(8)} ${cpuUs.toFixed(0).padStart(10)} ${perSecond.toFixed(0).padStart(8)} ${(op.decisions === 0 ? '' : (perSecond * op.decisions).toFixed(0)).padStart(11)} ${((counted.get(op.name) ?? 0) / (blocks * perBlock)).toFixed(2).padStart(9)}\n`,
      );
    }
  } finally {
    await close();
  }
}
