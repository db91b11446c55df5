import { evaluate } from '@iamgate/policy';
import type { AuditInput } from '@iamgate/store';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bulk, daysFrom, recordEvents, seedBulk } from './support/access-analysis-seed.js';
import { otherAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/**
 * Least-privilege policy generation (IAM Access Analyzer's, `IAM/latest/UserGuide/access-analyzer-policy-generation.html`)
 * from the audit log of an account seeded with 3,000 calls: the document allows exactly what was used, as
 * `evaluate` of `@iamgate/policy` decides, with resources wildcarded by shared path and by type.
 */

const GENERATE = `query($p: String!, $s: DateTime) { generatePolicy(principalArn: $p, since: $s) {
  principalArn since until policyDocument eventCount requestCount actionCount serviceCount truncated
  findings { code severity } } }`;

interface Generated {
  principalArn: string;
  since: string;
  until: string;
  policyDocument: string | null;
  eventCount: number;
  requestCount: number;
  actionCount: number;
  serviceCount: number;
  truncated: boolean;
  findings: { code: string; severity: string }[];
}

describe.each(testDrivers())('policy generation on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let a: string;
  let bulk: Bulk;
  let gen: string;
  const orders = (id: string) => `arn:iamgate:orders::${a}:order/${id}`;
  const user = (path: string) => `arn:iamgate:iam::${a}:user/${path}`;
  /** What gen was allowed to do in the last 30 days. */
  const used: [string, string][] = [];

  const generate = async (token: string, principalArn: string, since?: Date) =>
    ok(
      await t.gql<{ generatePolicy: Generated }>(
        GENERATE,
        { p: principalArn, s: since?.toISOString() },
        { token },
      ),
    ).generatePolicy;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    a = t.account.id;
    const t0 = t.clock.now();
    bulk = await seedBulk(t.store, a, t0);
    root = await t.rootToken();
    await userWithPolicy(t, root, 'gen', null);
    gen = user('gen');
    await createRole(t, root, 'worker', trust({ AWS: a }));
    for (const id of ['1', '2', '3', '4', '5', '6']) used.push(['orders:GetOrder', orders(id)]);
    used.push(['orders:CreateOrder', orders('eu/1')], ['orders:CreateOrder', orders('eu/2')]);
    used.push(['orders:CancelOrder', orders('7')]);
    used.push(['iam:CreateUser', user('eng/a')], ['iam:CreateUser', user('eng/b')]);
    used.push(['sts:GetCallerIdentity', '*']);
    const event = (action: string, resource: string | null, more: Partial<AuditInput> = {}): AuditInput => ({
      accountId: a,
      principalArn: gen,
      action,
      resource,
      decision: 'Allow',
      occurredAt: daysFrom(t0, -1),
      ...more,
    });
    await recordEvents(t.store, [
      ...used.map(([action, resource]) => event(action, resource)),
      // Used twice: one statement, counted twice.
      event('orders:GetOrder', orders('1'), { occurredAt: daysFrom(t0, -2) }),
      // Refused, before the period, and a sign-in: none of them belongs in the policy.
      event('orders:DeleteOrder', orders('1'), { decision: 'Deny', errorCode: 'AccessDenied' }),
      event('orders:RefundOrder', orders('1'), { occurredAt: daysFrom(t0, -40) }),
      event('iamgate:SignIn', gen),
      event('orders:ListOrders', null, { principalArn: `arn:iamgate:sts::${a}:assumed-role/worker/s1` }),
      event('orders:ListOrders', '*', { principalArn: `arn:iamgate:sts::${a}:assumed-role/worker/s2` }),
    ]);
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('generates a policy of what was used, grouped per service, resources wildcarded', async () => {
    const since = daysFrom(bulk.t0, -30);
    const generated = await generate(root, gen, since);
    const statement = (Sid: string, Action: string[], Resource: string[]) => ({
      Sid,
      Effect: 'Allow',
      Action,
      Resource,
    });
    expect(JSON.parse(generated.policyDocument as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        statement('Iam1', ['iam:CreateUser'], [user('eng/*')]),
        statement('Orders1', ['orders:CancelOrder'], [orders('7')]),
        statement('Orders2', ['orders:CreateOrder'], [orders('eu/*')]),
        // Six orders: five or more resources of one type become the type's pattern.
        statement('Orders3', ['orders:GetOrder'], [orders('*')]),
        statement('Sts1', ['sts:GetCallerIdentity'], ['*']),
      ],
    });
    expect(generated).toMatchObject({
      principalArn: gen,
      since: since.toISOString(),
      until: bulk.t0.toISOString(),
      eventCount: 13,
      requestCount: 12,
      actionCount: 5,
      serviceCount: 3,
      truncated: false,
    });
    expect(generated.findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
  });

  it('allows exactly what was used, as the engine decides', async () => {
    const document = (await generate(root, gen, daysFrom(bulk.t0, -30))).policyDocument as string;
    const decide = (action: string, resource: string) =>
      evaluate({ principal: gen, action, resource, policies: { identity: [document] } }).decision;
    for (const [action, resource] of used)
      expect([action, resource, decide(action, resource)]).toEqual([action, resource, 'Allow']);
    for (const [action, resource] of [
      ['orders:DeleteOrder', orders('1')],
      ['orders:RefundOrder', orders('1')],
      ['orders:CancelOrder', orders('8')],
      ['orders:CreateOrder', orders('us/1')],
      ['iam:CreateUser', user('ops/c')],
      ['iam:DeleteUser', user('eng/a')],
    ] as const) {
      expect([action, resource, decide(action, resource)]).toEqual([action, resource, 'ImplicitDeny']);
    }
    // It can be attached as it is: a valid managed policy within the size quota.
    ok(
      await t.gql(
        'mutation($d: String!) { createPolicy(input: { policyName: "gen-least-privilege", policyDocument: $d }) { arn } }',
        { d: document },
        { token: root },
      ),
    );
  });

  it("reads a role's sessions, and a bulk user's 3,000-event history", async () => {
    const worker = await generate(root, `arn:iamgate:iam::${a}:role/worker`, daysFrom(bulk.t0, -30));
    expect(JSON.parse(worker.policyDocument as string).Statement).toEqual([
      { Sid: 'Orders1', Effect: 'Allow', Action: ['orders:ListOrders'], Resource: ['*'] },
    ]);
    expect(worker.eventCount).toBe(2);
    const since = daysFrom(bulk.t0, -60);
    const u = bulk.userArns[1] as string;
    const expected = bulk.events.filter(
      (e) => e.principalArn === u && e.decision === 'Allow' && (e.occurredAt as Date) >= since,
    );
    const generated = await generate(root, u, since);
    expect(generated.eventCount).toBe(expected.length);
    const document = generated.policyDocument as string;
    for (const e of expected) {
      expect(
        evaluate({
          principal: u,
          action: e.action,
          resource: e.resource as string,
          policies: { identity: [document] },
        }).decision,
      ).toBe('Allow');
    }
    // From t0 on, the bulk user's only call was refused.
    expect(await generate(root, u, bulk.t0)).toMatchObject({ policyDocument: null, eventCount: 0 });
  });

  it("counts allowed reads and apps' decisions made through the gateway (the activity record)", async () => {
    const reader = await userWithPolicy(
      t,
      root,
      'reader',
      allow(['iam:GetUser', 'orders:GetOrder', 'orders:List*']),
    );
    ok(await t.gql('{ getUser(userName: "reader") { userName } }', {}, { token: reader }));
    const AUTHORIZE = 'query($a: String!, $r: String!) { authorize(action: $a, resource: $r) { allowed } }';
    for (const [action, resource, allowed] of [
      ['orders:GetOrder', orders('42'), true],
      ['orders:GetOrder', orders('42'), true],
      ['orders:DeleteOrder', orders('42'), false],
      // Allowed as text, and never made into a pattern: the engine matches a request's resource literally.
      ['orders:GetOrder', orders('*'), true],
      ['orders:GetOrder', '*', true],
      ['orders:List*', orders('43'), true],
    ] as const) {
      const decided = ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          AUTHORIZE,
          { a: action, r: resource },
          { token: reader },
        ),
      );
      expect([action, resource, decided.authorize.allowed]).toEqual([action, resource, allowed]);
    }
    await t.gateway.services.activity.flush();
    const generated = await generate(root, user('reader'), daysFrom(bulk.t0, -1));
    expect(JSON.parse(generated.policyDocument as string).Statement).toEqual([
      { Sid: 'Iam1', Effect: 'Allow', Action: ['iam:GetUser'], Resource: [user('reader')] },
      { Sid: 'Orders1', Effect: 'Allow', Action: ['orders:GetOrder'], Resource: [orders('42')] },
    ]);
    // The read once, the decision twice (one activity row counted 2); the refused decision and the patterns asked
    // about are left out.
    expect(generated).toMatchObject({ eventCount: 3, requestCount: 2, actionCount: 2, serviceCount: 2 });
  });

  it('needs both permissions, refuses a narrowed session, and shows another account nothing', async () => {
    const partial = await userWithPolicy(t, root, 'half', allow('access-analyzer:StartPolicyGeneration'));
    expect(codeOf(await t.gql(GENERATE, { p: gen }, { token: partial }))).toBe('AccessDenied');
    await createRole(
      t,
      root,
      'Generator',
      trust({ AWS: a }),
      allow(['access-analyzer:StartPolicyGeneration', 'iam:ListAuditEvents']),
    );
    const assumer = await userWithPolicy(t, root, 'assumer', allow('sts:AssumeRole'));
    const roleArn = `arn:iamgate:iam::${a}:role/Generator`;
    const full = await assumedToken(t, assumer, { roleArn, roleSessionName: 'full' });
    // The default period, 90 days, also holds the refund of 40 days ago.
    expect((await generate(full, gen)).eventCount).toBe(14);
    const narrowed = await assumedToken(t, assumer, {
      roleArn,
      roleSessionName: 'narrow',
      policy: allow('iam:ListAuditEvents'),
    });
    expect(codeOf(await t.gql(GENERATE, { p: gen }, { token: narrowed }))).toBe('AccessDenied');

    const b = await otherAccount(t, root, 'root-b@example.com');
    expect(codeOf(await t.gql(GENERATE, { p: gen }, { token: b.rootToken }))).toBe('AccessDenied');
    const bUser = await userWithPolicy(t, b.rootToken, 'gen', null);
    expect(bUser).toBeTruthy();
    expect(await generate(b.rootToken, `arn:iamgate:iam::${b.accountId}:user/gen`)).toMatchObject({
      policyDocument: null,
      eventCount: 0,
    });
  });

  it('answers hostile input with typed errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ p: 'not-an-arn' }, 'InvalidInput'],
      [{ p: `arn:iamgate:iam::${a}:root` }, 'InvalidInput'],
      [{ p: `arn:iamgate:iam::${a}:group/g00` }, 'InvalidInput'],
      [{ p: user('nobody-by-this-name') }, 'NoSuchEntity'],
      [{ p: gen, s: daysFrom(bulk.t0, 1).toISOString() }, 'InvalidInput'],
      [{ p: gen, s: daysFrom(bulk.t0, -366).toISOString() }, 'InvalidInput'],
      [{ p: gen, s: 'yesterday' }, 'InvalidInput'],
      [{ p: `arn:${'x'.repeat(3000)}` }, 'ValidationError'],
    ];
    for (const [variables, code] of cases) {
      expect([variables, codeOf(await t.gql(GENERATE, variables, { token: root }))]).toEqual([
        variables,
        code,
      ]);
    }
  });
});
