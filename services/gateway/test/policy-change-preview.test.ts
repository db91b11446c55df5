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
 * Previewing a policy change (iamgate's `previewPolicyChange`): the audited requests of the principals a change
 * affects, replayed with `@iamgate/policy` before and after it, in an account seeded with 3,000 audited calls; the
 * flips of a narrowing change are reported exactly, per action, with samples.
 */

const PREVIEW = `query($t: PolicyChangeTargetInput!, $d: String!, $days: Int) {
  previewPolicyChange(target: $t, newDocument: $d, days: $days) {
    targetArn days from to principalCount eventsRead eventsReplayed eventsSkipped truncated eventLimit
    allowToDeny denyToAllow disagreements byAction { action allowToDeny denyToAllow }
    samples { eventId occurredAt principalArn action resource recorded before after direction } } }`;

interface Preview {
  targetArn: string;
  days: number;
  principalCount: number;
  eventsRead: number;
  eventsReplayed: number;
  eventsSkipped: number;
  truncated: boolean;
  eventLimit: number;
  allowToDeny: number;
  denyToAllow: number;
  disagreements: number;
  byAction: { action: string; allowToDeny: number; denyToAllow: number }[];
  samples: {
    eventId: string;
    occurredAt: string;
    principalArn: string;
    action: string;
    resource: string;
    recorded: string;
    before: string;
    after: string;
    direction: string;
  }[];
}

const HOUR_MS = 3_600_000;

describe.each(testDrivers())('previewing a policy change on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let a: string;
  let bulk: Bulk;
  let opsOrders: string;
  const arn = (kind: string, name: string) => `arn:iamgate:iam::${a}:${kind}/${name}`;
  const orders = (id: string) => `arn:iamgate:orders::${a}:order/${id}`;

  const preview = async (token: string, target: Record<string, unknown>, document: string, days?: number) =>
    ok(await t.gql<{ previewPolicyChange: Preview }>(PREVIEW, { t: target, d: document, days }, { token }))
      .previewPolicyChange;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    a = t.account.id;
    const t0 = t.clock.now();
    bulk = await seedBulk(t.store, a, t0);
    root = await t.rootToken();
    const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
      ok(await t.gql<T>(query, variables, { token: root }));
    await call('mutation { createGroup(groupName: "ops") { arn } }');
    for (const name of ['ops1', 'ops2', 'ops3']) {
      await userWithPolicy(t, root, name, null);
      await call('mutation($u: String!) { addUserToGroup(groupName: "ops", userName: $u) }', { u: name });
    }
    opsOrders = (
      await call<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "ops-orders", policyDocument: $d }) { arn } }',
        { d: allow(['orders:GetOrder', 'orders:DeleteOrder'], orders('*')) },
      )
    ).createPolicy.arn;
    await call('mutation($a: String!) { attachGroupPolicy(groupName: "ops", policyArn: $a) }', {
      a: opsOrders,
    });
    await createRole(t, root, 'TrustMe', trust({ AWS: arn('user', 'ops1') }));
    let hour = 0;
    const event = (
      user: string,
      action: string,
      resource: string,
      more: Partial<AuditInput> = {},
    ): AuditInput => ({
      accountId: a,
      principalArn: arn('user', user),
      action,
      resource,
      decision: 'Allow',
      occurredAt: new Date(t0.getTime() - ++hour * HOUR_MS),
      ...more,
    });
    const refused = { decision: 'Deny', errorCode: 'AccessDenied' } as const;
    await recordEvents(t.store, [
      ...[1, 2, 3, 4].map(() => event('ops1', 'orders:GetOrder', orders('1'))),
      ...[1, 2, 3].map(() => event('ops1', 'orders:DeleteOrder', orders('2'))),
      ...[1, 2].map(() => event('ops2', 'orders:DeleteOrder', orders('3'))),
      ...[1, 2].map(() => event('ops3', 'orders:CancelOrder', orders('4'), refused)),
      ...[1, 2].map(() => event('ops1', 'sts:AssumeRole', arn('role', 'TrustMe'))),
      event('ops1', 'orders:DeleteOrder', orders('5'), { occurredAt: daysFrom(t0, -31) }),
    ]);
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('reports the flips of a change to a group-attached managed policy exactly', async () => {
    const narrower = allow(['orders:GetOrder', 'orders:CancelOrder'], orders('*'));
    const result = await preview(root, { policyArn: opsOrders }, narrower);
    expect(result).toMatchObject({
      targetArn: opsOrders,
      days: 30,
      principalCount: 3,
      // 13 requests of the last 30 days, and the three sign-ins of `userWithPolicy`, which no policy decides.
      eventsRead: 16,
      eventsReplayed: 13,
      eventsSkipped: 3,
      truncated: false,
      eventLimit: 10_000,
      allowToDeny: 5,
      denyToAllow: 2,
      disagreements: 0,
      byAction: [
        { action: 'orders:CancelOrder', allowToDeny: 0, denyToAllow: 2 },
        { action: 'orders:DeleteOrder', allowToDeny: 5, denyToAllow: 0 },
      ],
    });
    expect(
      result.samples.map((s) => [
        s.principalArn,
        s.action,
        s.resource,
        s.recorded,
        s.before,
        s.after,
        s.direction,
      ]),
    ).toEqual([
      [
        arn('user', 'ops1'),
        'orders:DeleteOrder',
        orders('2'),
        'Allow',
        'Allow',
        'ImplicitDeny',
        'ALLOW_TO_DENY',
      ],
      [
        arn('user', 'ops1'),
        'orders:DeleteOrder',
        orders('2'),
        'Allow',
        'Allow',
        'ImplicitDeny',
        'ALLOW_TO_DENY',
      ],
      [
        arn('user', 'ops1'),
        'orders:DeleteOrder',
        orders('2'),
        'Allow',
        'Allow',
        'ImplicitDeny',
        'ALLOW_TO_DENY',
      ],
      [
        arn('user', 'ops3'),
        'orders:CancelOrder',
        orders('4'),
        'Deny',
        'ImplicitDeny',
        'Allow',
        'DENY_TO_ALLOW',
      ],
      [
        arn('user', 'ops3'),
        'orders:CancelOrder',
        orders('4'),
        'Deny',
        'ImplicitDeny',
        'Allow',
        'DENY_TO_ALLOW',
      ],
    ]);
    // The samples are audit events the caller can read.
    type Events = { auditEvents: { edges: { node: { eventId: string; action: string } }[] } };
    const logged = ok(
      await t.gql<Events>(
        '{ auditEvents(first: 100) { edges { node { eventId action } } } }',
        {},
        { token: root },
      ),
    ).auditEvents.edges.map((e) => e.node.eventId);
    for (const sample of result.samples) expect(logged).toContain(sample.eventId);
    // A wider window reads the request of 31 days ago too.
    expect((await preview(root, { policyArn: opsOrders }, narrower, 32)).allowToDeny).toBe(6);
  });

  it('previews an inline policy added to a user and a trust policy replaced', async () => {
    const inline = await preview(
      root,
      { inlinePolicy: { ownerArn: arn('user', 'ops3'), policyName: 'extra' } },
      allow('orders:CancelOrder'),
    );
    expect(inline).toMatchObject({ principalCount: 1, allowToDeny: 0, denyToAllow: 2 });
    const trusted = await preview(
      root,
      { roleArn: arn('role', 'TrustMe') },
      trust({ AWS: arn('user', 'ops2') }),
    );
    expect(trusted).toMatchObject({
      principalCount: 0,
      eventsRead: 2,
      allowToDeny: 2,
      denyToAllow: 0,
      byAction: [{ action: 'sts:AssumeRole', allowToDeny: 2, denyToAllow: 0 }],
    });
  });

  it('replays the bulk: a policy on 10 users and 5 roles narrowed to listing', async () => {
    const policyArn = bulk.policyArns[0] as string;
    const cutoff = daysFrom(bulk.t0, -30).getTime();
    const affected = (p: string) =>
      /user\/bulk\/u(\d{3})$/.test(p)
        ? Number(p.slice(-3)) % 20 === 0
        : Number(/assumed-role\/r(\d{3})\//.exec(p)?.[1] ?? 1) % 20 === 0;
    const replayed = bulk.events.filter(
      (e) => affected(e.principalArn as string) && (e.occurredAt as Date).getTime() >= cutoff,
    );
    const started = performance.now();
    const result = await preview(root, { policyArn }, allow('orders:ListOrders', orders('*')));
    const ms = performance.now() - started;
    expect(result).toMatchObject({
      principalCount: 15,
      eventsRead: replayed.length,
      eventsReplayed: replayed.length,
      allowToDeny: replayed.filter((e) => e.action === 'orders:GetOrder').length,
      denyToAllow: 0,
      // Refused requests the bulk recorded, which its policies allow today.
      disagreements: replayed.filter((e) => e.decision === 'Deny').length,
    });
    expect(ms).toBeLessThan(30_000);
    // The cap: the store reads at most the limit, newest first, and says it left some out.
    const capped = await t.store.accessAnalysis.requests(
      a,
      { principals: { arns: bulk.userArns, prefixes: [] } },
      daysFrom(bulk.t0, -120),
      daysFrom(bulk.t0, 1),
      5,
    );
    expect([capped.rows.length, capped.truncated]).toEqual([5, true]);
  });

  it('needs both permissions, refuses a narrowed session, and shows another account nothing', async () => {
    const document = allow('orders:GetOrder', orders('*'));
    const half = await userWithPolicy(t, root, 'half', allow('iamgate:PreviewPolicyChange'));
    expect(codeOf(await t.gql(PREVIEW, { t: { policyArn: opsOrders }, d: document }, { token: half }))).toBe(
      'AccessDenied',
    );
    await createRole(
      t,
      root,
      'Previewer',
      trust({ AWS: a }),
      allow(['iamgate:PreviewPolicyChange', 'iam:ListAuditEvents']),
    );
    const assumer = await userWithPolicy(t, root, 'assumer', allow('sts:AssumeRole'));
    const roleArn = arn('role', 'Previewer');
    const full = await assumedToken(t, assumer, { roleArn, roleSessionName: 'full' });
    expect((await preview(full, { policyArn: opsOrders }, document)).allowToDeny).toBe(5);
    const narrowed = await assumedToken(t, assumer, {
      roleArn,
      roleSessionName: 'narrow',
      policy: allow('iam:ListAuditEvents'),
    });
    expect(
      codeOf(await t.gql(PREVIEW, { t: { policyArn: opsOrders }, d: document }, { token: narrowed })),
    ).toBe('AccessDenied');

    const b = await otherAccount(t, root, 'root-b@example.com');
    expect(
      codeOf(await t.gql(PREVIEW, { t: { policyArn: opsOrders }, d: document }, { token: b.rootToken })),
    ).toBe('AccessDenied');
    const bPolicy = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "ops-orders", policyDocument: $d }) { arn } }',
        { d: document },
        { token: b.rootToken },
      ),
    ).createPolicy.arn;
    expect(await preview(b.rootToken, { policyArn: bPolicy }, allow('orders:ListOrders'))).toMatchObject({
      principalCount: 0,
      eventsRead: 0,
      samples: [],
    });
  });

  it('answers hostile input with typed errors', async () => {
    const document = allow('orders:GetOrder');
    const cases: [Record<string, unknown>, string][] = [
      [{ t: { policyArn: opsOrders }, d: document, days: 0 }, 'InvalidInput'],
      [{ t: { policyArn: opsOrders }, d: document, days: 91 }, 'InvalidInput'],
      [{ t: { policyArn: opsOrders }, d: document, days: 1_000_000 }, 'InvalidInput'],
      [{ t: {}, d: document }, 'InvalidInput'],
      [{ t: { policyArn: opsOrders, roleArn: arn('role', 'TrustMe') }, d: document }, 'InvalidInput'],
      [{ t: { policyArn: 'not-an-arn' }, d: document }, 'InvalidInput'],
      [{ t: { policyArn: arn('policy', 'no-such-policy') }, d: document }, 'NoSuchEntity'],
      [{ t: { roleArn: arn('role', 'no-such-role') }, d: document }, 'NoSuchEntity'],
      [
        { t: { inlinePolicy: { ownerArn: arn('user', 'ops1'), policyName: 'bad name!' } }, d: document },
        'InvalidInput',
      ],
      [{ t: { policyArn: opsOrders }, d: '{"Statement": 7}' }, 'MalformedPolicyDocument'],
      [{ t: { roleArn: arn('role', 'TrustMe') }, d: document }, 'MalformedPolicyDocument'],
      [{ t: { policyArn: opsOrders }, d: 'x'.repeat(140_000) }, 'ValidationError'],
    ];
    for (const [variables, code] of cases) {
      expect([variables.t, variables.days, codeOf(await t.gql(PREVIEW, variables, { token: root }))]).toEqual(
        [variables.t, variables.days, code],
      );
    }
  });

  it("replays apps' decisions from the activity record, each row weighing its count", async () => {
    const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
      ok(await t.gql<T>(query, variables, { token: root }));
    const appOrders = (
      await call<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "app-orders", policyDocument: $d }) { arn } }',
        { d: allow(['orders:GetOrder', 'orders:RefundOrder'], orders('*')) },
      )
    ).createPolicy.arn;
    const app1 = await userWithPolicy(t, root, 'app1', null);
    await call('mutation($a: String!) { attachUserPolicy(userName: "app1", policyArn: $a) }', {
      a: appOrders,
    });
    await createRole(t, root, 'AppWorker', trust({ AWS: arn('user', 'app1') }));
    await call('mutation($a: String!) { attachRolePolicy(roleName: "AppWorker", policyArn: $a) }', {
      a: appOrders,
    });
    const AUTHORIZE =
      'query($a: String!, $p: String) { authorize(action: $a, resource: "arn:iamgate:orders::' +
      a +
      ':order/9", principalArn: $p) { allowed } }';
    const decide = async (token: string, action: string, principalArn?: string) =>
      ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          AUTHORIZE,
          { a: action, p: principalArn },
          { token },
        ),
      ).authorize.allowed;
    for (const action of ['orders:GetOrder', 'orders:GetOrder', 'orders:GetOrder']) {
      expect(await decide(app1, action)).toBe(true);
    }
    for (const action of ['orders:RefundOrder', 'orders:RefundOrder'])
      expect(await decide(app1, action)).toBe(true);
    expect(await decide(app1, 'orders:ShipOrder')).toBe(false);
    // A session of the role decides for itself: replayed with the role's policies.
    const session = await assumedToken(t, app1, {
      roleArn: arn('role', 'AppWorker'),
      roleSessionName: 'app',
    });
    expect(await decide(session, 'orders:RefundOrder')).toBe(true);
    // A what-if about app1 asked by someone else is not app1's activity: not replayed.
    expect(await decide(root, 'orders:ShipOrder', arn('user', 'app1'))).toBe(false);
    await t.gateway.services.activity.flush();

    const WEIGHED = `query($t: PolicyChangeTargetInput!, $d: String!) {
      previewPolicyChange(target: $t, newDocument: $d) {
        principalCount eventsRead eventsReplayed eventsSkipped allowToDeny denyToAllow disagreements
        byAction { action allowToDeny denyToAllow } samples { eventId count principalArn action direction } } }`;
    const result = ok(
      await t.gql<{ previewPolicyChange: Record<string, unknown> }>(
        WEIGHED,
        { t: { policyArn: appOrders }, d: allow(['orders:GetOrder', 'orders:ShipOrder'], orders('*')) },
        { token: root },
      ),
    ).previewPolicyChange;
    expect(result).toEqual({
      principalCount: 2,
      // Four activity rows standing for 7 decisions, app1's audited `sts:AssumeRole` (replayed, unmoved) and its
      // sign-in (not replayed).
      eventsRead: 9,
      eventsReplayed: 8,
      eventsSkipped: 1,
      allowToDeny: 3,
      denyToAllow: 1,
      disagreements: 0,
      byAction: [
        { action: 'orders:RefundOrder', allowToDeny: 3, denyToAllow: 0 },
        { action: 'orders:ShipOrder', allowToDeny: 0, denyToAllow: 1 },
      ],
      samples: expect.arrayContaining([
        {
          eventId: null,
          count: 2,
          principalArn: arn('user', 'app1'),
          action: 'orders:RefundOrder',
          direction: 'ALLOW_TO_DENY',
        },
        {
          eventId: null,
          count: 1,
          principalArn: `arn:iamgate:sts::${a}:assumed-role/AppWorker/app`,
          action: 'orders:RefundOrder',
          direction: 'ALLOW_TO_DENY',
        },
        {
          eventId: null,
          count: 1,
          principalArn: arn('user', 'app1'),
          action: 'orders:ShipOrder',
          direction: 'DENY_TO_ALLOW',
        },
      ]),
    });
    expect((result.samples as unknown[]).length).toBe(3);
  });
});
