/**
 * `pnpm --filter @iamgate/sdk bench`: what a running local evaluator costs and how fast it follows the gateway, on a
 * real gateway in process (PGlite, and Postgres when `IAMGATE_TEST_DATABASE_URL` is set):
 * - local decisions per second (`evaluator.authorize`), next to remote `client.authorize` round trips in process;
 * - the time from a policy change (the mutation's answer) to its enforcement by the evaluator.
 */
import { createGateway, loadConfig } from '@iamgate/gateway';
import { createTestStore, testDrivers } from '@iamgate/store/testing';
import { createClient, type EvaluatorPrincipal, fromPassword } from '../src/index.js';

const ROOT_PASSWORD = 'Root-passw0rd-for-sdk-bench';
const DECISIONS = 200_000;
const REMOTE = 300;
const CHANGES = 25;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2);
  return `p50 ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, max ${f(sorted.at(-1) ?? Number.NaN)} ms`;
}

async function run(driver: 'pglite' | 'postgres'): Promise<void> {
  const { store, cleanup } = await createTestStore({ driver });
  const account = await store.accounts.create({ rootEmail: 'root@example.com', rootPassword: ROOT_PASSWORD });
  const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent' }), { store });
  const client = (credentials: Parameters<typeof createClient>[0]['credentials']) =>
    createClient({ url: 'http://gateway.bench/graphql', fetch: gateway.fetch, credentials });
  const root = client(fromPassword({ email: account.rootEmail, password: ROOT_PASSWORD }));
  try {
    await root.api.createUser({ userName: 'bench' });
    await root.api.putUserPolicy({
      userName: 'bench',
      policyName: 'orders',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'orders:GetOrder',
            Resource: '*',
            Condition: { StringEquals: { 'orders:Region': 'eu' } },
          },
        ],
      }),
    });
    const user = client(await root.api.createAccessKey({ userName: 'bench' }));
    const session = await user.credentials();
    const principal: EvaluatorPrincipal = {
      arn: session?.principalArn ?? '',
      sessionId: session?.sessionId ?? '',
    };
    const evaluator = root.localEvaluator();
    await evaluator.ready();
    const request = {
      principal,
      action: 'orders:GetOrder',
      resource: `arn:iamgate:orders::${account.id}:order/42`,
      context: { 'orders:Region': 'eu' },
    };
    const allowed = async () => {
      const result = await evaluator.authorize(request);
      return result.kind === 'decided' && result.decision.decision === 'Allow';
    };
    if (!(await allowed())) throw new Error('the benchmark request is not allowed');

    for (let i = 0; i < 10_000; i += 1) await evaluator.authorize(request);
    const localStart = performance.now();
    for (let i = 0; i < DECISIONS; i += 1) await evaluator.authorize(request);
    const localMs = performance.now() - localStart;

    const remoteStart = performance.now();
    for (let i = 0; i < REMOTE; i += 1) await user.authorize(request);
    const remoteMs = performance.now() - remoteStart;

    const propagation: number[] = [];
    for (let i = 0; i < CHANGES; i += 1) {
      const deny = i % 2 === 0;
      const changed = deny
        ? root.api.putUserPolicy({
            userName: 'bench',
            policyName: 'freeze',
            policyDocument: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Deny', Action: 'orders:*', Resource: '*' }],
            }),
          })
        : root.api.deleteUserPolicy({ userName: 'bench', policyName: 'freeze' });
      await changed;
      const answered = performance.now();
      while ((await allowed()) === deny) await new Promise((resolve) => setImmediate(resolve));
      propagation.push(performance.now() - answered);
    }
    await evaluator.close();

    process.stdout.write(
      [
        `${driver}:`,
        `  local decisions: ${Math.round(DECISIONS / (localMs / 1000)).toLocaleString('en')} per second (${((localMs * 1000) / DECISIONS).toFixed(2)} us each)`,
        `  remote authorize in process: ${(remoteMs / REMOTE).toFixed(2)} ms per call`,
        `  policy change to enforcement (after the mutation's answer, ${CHANGES} changes): ${summary(propagation)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await gateway.close();
    await cleanup();
  }
}

for (const driver of testDrivers()) await run(driver);
