import type { EffectivePolicies, Store } from '@iamgate/store';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyCache } from '../src/cache/policy-cache.js';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/** The samples of a Prometheus exposition text: `name{labels}` → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** The value of `name` with exactly `labels` (in the order prom-client writes them), 0 when absent. */
function sample(all: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  const entries = Object.entries(labels);
  const key = entries.length === 0 ? name : `${name}{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}}`;
  return all.get(key) ?? 0;
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

describe.each(testDrivers())('Prometheus metrics on %s', (driver) => {
  let t: TestGateway;
  let on: Pick<TestGateway, 'gateway' | 'gql'>;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    // A second instance on the same store, with metrics on and a low lockout threshold.
    on = await t.variant({ IAMGATE_METRICS: 'true', IAMGATE_SIGNIN_MAX_FAILURES: '2' });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  async function scrape(headers: Record<string, string> = {}): Promise<Response> {
    return on.gateway.fetch(new Request('http://localhost/metrics', { headers }));
  }

  async function current(): Promise<Map<string, number>> {
    const response = await scrape();
    expect(response.status).toBe(200);
    return samples(await response.text());
  }

  it('answers 404 at /metrics when metrics are off, the default', async () => {
    const response = await t.gateway.fetch(new Request('http://localhost/metrics'));
    expect(response.status).toBe(404);
  });

  it('serves the exposition text with the GraphQL, process and iamgate families', async () => {
    ok(await on.gql('{ getCallerIdentity { arn } }', {}, { token: root }));
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const text = await response.text();
    for (const family of [
      'graphql_envelop_request',
      'graphql_envelop_request_duration',
      'graphql_envelop_phase_parse',
      'graphql_envelop_phase_validate',
      'graphql_envelop_phase_context',
      'graphql_envelop_phase_execute',
      'graphql_envelop_error_result',
      'graphql_yoga_http_duration',
      'iamgate_decisions_total',
      'iamgate_sign_ins_total',
      'iamgate_lockouts_total',
      'iamgate_db_in_flight',
      'iamgate_db_transaction_duration_seconds',
      'iamgate_db_statements_total',
      'iamgate_policy_cache_hits_total',
      'iamgate_policy_cache_misses_total',
      'iamgate_policy_cache_hit_ratio',
      'iamgate_policy_cache_entries',
      'iamgate_policy_revision_lag',
      'nodejs_eventloop_lag_p99_seconds',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `);
    }
    // The operation ran: its phases were timed.
    const all = samples(text);
    expect(sample(all, 'graphql_envelop_phase_execute_count', { operationType: 'query' })).toBeGreaterThan(0);
  });

  it('counts decisions by source, service prefix and result', async () => {
    const reader = await userWithPolicy(
      t,
      root,
      'metrics-reader',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
      }),
    );
    const before = await current();
    ok(await on.gql('{ getUser(userName: "metrics-reader") { userName } }', {}, { token: reader }));
    const denied = await on.gql('{ listUsers { edges { cursor } } }', {}, { token: reader });
    expect(codeOf(denied)).toBe('AccessDenied');
    const asked = await on.gql(
      '{ authorize(action: "orders:GetOrder", resource: "*") { decision } }',
      {},
      { token: reader },
    );
    expect(ok(asked)).toEqual({ authorize: { decision: 'implicitDeny' } });
    const after = await current();
    const delta = (labels: Record<string, string>) =>
      sample(after, 'iamgate_decisions_total', labels) - sample(before, 'iamgate_decisions_total', labels);
    // getUser, and `authorize` itself (asking about oneself needs no permission: iam:SimulatePrincipalPolicy allowed).
    expect(delta({ source: 'api', service: 'iam', decision: 'Allow' })).toBe(2);
    expect(delta({ source: 'api', service: 'iam', decision: 'ImplicitDeny' })).toBe(1);
    expect(delta({ source: 'authorize', service: 'orders', decision: 'ImplicitDeny' })).toBe(1);
  });

  it('counts sign-ins by outcome and lockouts', async () => {
    const before = await current();
    ok(
      await on.gql(SIGN_IN, {
        input: { root: { email: t.account.rootEmail, password: 'Root-passw0rd-for-tests' } },
      }),
    );
    const wrong = {
      input: { user: { account: t.account.id, userName: 'nobody', password: 'Wrong-passw0rd-1' } },
    };
    expect(codeOf(await on.gql(SIGN_IN, wrong))).toBe('InvalidClientTokenId');
    expect(codeOf(await on.gql(SIGN_IN, wrong))).toBe('InvalidClientTokenId');
    // The third attempt within the window is past IAMGATE_SIGNIN_MAX_FAILURES=2: the name is locked out.
    expect(codeOf(await on.gql(SIGN_IN, wrong))).toBe('Throttling');
    expect(codeOf(await on.gql(SIGN_IN, wrong))).toBe('Throttling');
    const after = await current();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('iamgate_sign_ins_total', { outcome: 'success' })).toBe(1);
    expect(delta('iamgate_sign_ins_total', { outcome: 'invalid' })).toBe(2);
    expect(delta('iamgate_sign_ins_total', { outcome: 'throttled' })).toBe(2);
    // One lockout, however many attempts it refuses.
    expect(delta('iamgate_lockouts_total', { scope: 'principal' })).toBe(1);
  });

  it('observes the database: transactions by outcome, nothing left in flight, statements sent', async () => {
    const before = await current();
    ok(await on.gql('mutation { createGroup(groupName: "metrics-group") { arn } }', {}, { token: root }));
    const again = await on.gql(
      'mutation { createGroup(groupName: "metrics-group") { arn } }',
      {},
      { token: root },
    );
    expect(codeOf(again)).toBe('EntityAlreadyExists');
    const after = await current();
    const count = (m: Map<string, number>, outcome: string) =>
      sample(m, 'iamgate_db_transaction_duration_seconds_count', { outcome });
    expect(count(after, 'commit')).toBeGreaterThan(count(before, 'commit'));
    expect(count(after, 'rollback')).toBeGreaterThan(count(before, 'rollback'));
    expect(sample(after, 'iamgate_db_in_flight', { work: 'transaction' })).toBe(0);
    expect(sample(after, 'iamgate_db_in_flight', { work: 'statement' })).toBe(0);
    expect(sample(after, 'iamgate_db_statements_total')).toBeGreaterThan(
      sample(before, 'iamgate_db_statements_total'),
    );
    expect(sample(after, 'iamgate_policy_cache_hits_total')).toBeGreaterThan(0);
    expect(sample(after, 'iamgate_policy_cache_hit_ratio')).toBeGreaterThan(0);
  });

  it('labels nothing with a principal, account, resource or operation name', async () => {
    ok(await on.gql('query NamedByTheClient { getCallerIdentity { arn } }', {}, { token: root }));
    const text = await (await scrape()).text();
    expect(text).not.toContain(t.account.id);
    expect(text).not.toContain('metrics-reader');
    expect(text).not.toContain('NamedByTheClient');
    expect(text).not.toContain('operationName');
  });

  it('answers only the bearer token when IAMGATE_METRICS_TOKEN is set', async () => {
    const token = 'a-metrics-token-of-32-characters';
    const guarded = await t.variant({ IAMGATE_METRICS: 'true', IAMGATE_METRICS_TOKEN: token });
    const get = (headers: Record<string, string>) =>
      guarded.gateway.fetch(new Request('http://localhost/metrics', { headers }));
    const refused = await get({});
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('Unauthenticated');
    expect((await get({ authorization: 'Bearer not-the-token' })).status).toBe(401);
    const served = await get({ authorization: `Bearer ${token}` });
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('iamgate_decisions_total');
  });
});

describe('the revision lag', () => {
  it('is how many revisions behind the poll found an account whose notification never came', async () => {
    let revision = 1;
    // A store whose change notifications are lost: only the poll can see a new revision.
    const store = {
      onChange: () => () => {},
      revisions: {
        get: async () => revision,
        getMany: async (ids: string[]) => new Map(ids.map((id) => [id, revision])),
      },
      effectivePolicies: async () => ({ accountId: 'a', revision }) as unknown as EffectivePolicies,
    } as unknown as Store;
    const cache = new PolicyCache(store, { pollMs: 5, maxEntries: 10 });
    const lags: number[] = [];
    const stopLag = cache.onRevisionLag((behind) => lags.push(behind));
    const stop = cache.start();
    try {
      expect(await cache.revision('a')).toBe(1);
      revision = 4;
      await expect.poll(() => lags).toEqual([3]);
      expect(await cache.revision('a')).toBe(4);
    } finally {
      stop();
      stopLag();
    }
  });
});
