import { type FlatPlanNode, type PlanKind, planAllows, planFromNodes } from '@iamgate/policy';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisAccount, seedAnalysisAccount } from './support/analysis-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow, deny, variable as v } from './support/policies.js';
import { startTestGateway, type TestGateway, USER_PASSWORD } from './support/test-gateway.js';

/**
 * `accessOfPrincipal` (what can) and `resourcesAccessible` (resource reach) through HTTP on the seeded account of
 * `who-can.test.ts`, with the account's `orders` service registered: the examples of docs/access-analysis.md, plans
 * that decide like `authorize`, and what a caller may not ask.
 */

const ACCESS = `query($p: String!, $s: String) {
  accessOfPrincipal(principalArn: $p, service: $s) {
    principalArn decidedAs
    services { service inCatalog actions { action pattern resourceTypes limited
      grants { statement { layer policyId sid index effect } resources notResource conditions { operator key values } }
      denies { statement { policyId index } resources conditions { operator key values } }
      limits { layer level allows { statement { policyId } resources } } } }
  }
}`;

const PLAN = `query($p: String!, $a: String!, $t: String, $c: [ContextEntryInput!]) {
  resourcesAccessible(principalArn: $p, action: $a, resourceType: $t, context: $c) {
    principalArn decidedAs action resourceType kind unknownKeys bindings { key values }
    nodes { kind children patterns accountId operator key values }
  }
}`;

const ORDERS = {
  Name: 'orders',
  Actions: [
    { Name: 'GetOrder', AccessLevel: 'Read', Resources: [{ Name: 'order' }] },
    { Name: 'CancelOrder', AccessLevel: 'Write', Resources: [{ Name: 'order' }] },
    { Name: 'ListOrders', AccessLevel: 'List' },
  ],
  Resources: [
    {
      Name: 'order',
      ARNFormats: [`arn:${v('Partition')}:orders:${v('Region')}:${v('Account')}:order/${v('OrderId')}`],
    },
  ],
};

interface Access {
  accessOfPrincipal: {
    principalArn: string;
    decidedAs: string;
    services: {
      service: string;
      inCatalog: boolean;
      actions: {
        action: string;
        limited: boolean;
        grants: unknown[];
        denies: unknown[];
        limits: unknown[];
      }[];
    }[];
  };
}
interface Plan {
  resourcesAccessible: {
    kind: PlanKind;
    unknownKeys: string[];
    nodes: FlatPlanNode[];
    decidedAs: string;
    bindings: { key: string; values: string[] }[];
  };
}

describe.each(testDrivers())('accessOfPrincipal and resourcesAccessible on %s', (driver) => {
  let t: TestGateway;
  let s: AnalysisAccount;
  let analyst: string;
  const arn = (kind: string, name: string) => `arn:iamgate:iam::${s.accountId}:${kind}/${name}`;
  const access = async (principal: string, service?: string) =>
    ok(await t.gql<Access>(ACCESS, { p: principal, s: service }, { token: analyst })).accessOfPrincipal;
  const plan = async (variables: Record<string, unknown>) =>
    ok(await t.gql<Plan>(PLAN, variables, { token: analyst })).resourcesAccessible;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    s = await seedAnalysisAccount(t.store, t.account.id, { users: 120, roles: 60 });
    await t.store.serviceDefinitions.create(s.accountId, ORDERS);
    await t.store.users.create(s.accountId, { name: 'carol' });
    await t.store.inlinePolicies.put(
      s.accountId,
      { kind: 'user', name: 'carol' },
      'red-orders',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ReadRed',
            Effect: 'Allow',
            Action: 'orders:GetOrder',
            Resource: s.order('*'),
            Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
          },
          { Sid: 'List', Effect: 'Allow', Action: 'orders:ListOrders', Resource: '*' },
        ],
      }),
    );
    await t.store.users.create(s.accountId, { name: 'dave' });
    await t.store.inlinePolicies.put(
      s.accountId,
      { kind: 'user', name: 'dave' },
      'office-only',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          ...JSON.parse(allow('orders:*', s.order('*'))).Statement,
          ...JSON.parse(
            deny('orders:*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }),
          ).Statement,
        ],
      }),
    );
    analyst = await t.userToken(s.analyst, USER_PASSWORD);
  }, 240_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  it('lists per service the actions allowed, with the resources and conditions that bound them', async () => {
    const answer = await access(arn('user', 'carol'), 'orders');
    expect(answer.services).toEqual([
      {
        service: 'orders',
        inCatalog: true,
        actions: [
          {
            action: 'orders:GetOrder',
            pattern: false,
            resourceTypes: ['order'],
            limited: false,
            grants: [
              {
                statement: {
                  layer: 'identity',
                  policyId: 'user/carol/inline/red-orders',
                  sid: 'ReadRed',
                  index: 0,
                  effect: 'Allow',
                },
                resources: [s.order('*')],
                notResource: false,
                conditions: [{ operator: 'StringEquals', key: 'aws:ResourceTag/team', values: ['red'] }],
              },
            ],
            denies: [],
            limits: [],
          },
          {
            action: 'orders:ListOrders',
            pattern: false,
            resourceTypes: [],
            limited: false,
            grants: [
              {
                statement: {
                  layer: 'identity',
                  policyId: 'user/carol/inline/red-orders',
                  sid: 'List',
                  index: 1,
                  effect: 'Allow',
                },
                resources: ['*'],
                notResource: false,
                conditions: [],
              },
            ],
            denies: [],
            limits: [],
          },
        ],
      },
    ]);
  });

  it('leaves out what denies and boundaries take, and decides roles as sessions', async () => {
    const actionsOf = (a: Access['accessOfPrincipal']) =>
      a.services.flatMap((svc) => svc.actions.map((x) => x.action)).filter((x) => x.startsWith('orders:'));
    expect(actionsOf(await access(arn('user', 'u005'), 'orders'))).toEqual([
      'orders:GetOrder',
      'orders:ListOrders',
    ]);
    expect(actionsOf(await access(arn('user', 'u007'), 'orders'))).toEqual(['orders:GetOrder']);
    const role = await access(arn('role', 'r050'), 'orders');
    expect(role.decidedAs).toBe(`arn:iamgate:sts::${s.accountId}:assumed-role/r050/access-analysis`);
    expect(actionsOf(role)).toEqual(['orders:CancelOrder', 'orders:GetOrder', 'orders:ListOrders']);
    const root = await access(`arn:iamgate:iam::${s.accountId}:root`, 'orders');
    expect(root.services.find((x) => x.service === 'orders')?.actions.length).toBe(3);
    // Every gateway action is in the catalog: the analyst's `iamgate:*` lists them one by one.
    const analystAccess = await access(arn('user', 'analyst'));
    const iamgate = analystAccess.services.find((x) => x.service === 'iamgate');
    expect(iamgate?.inCatalog).toBe(true);
    expect(iamgate?.actions.map((a) => a.action)).toContain('iamgate:ListPrincipalsWithAccess');
  });

  it('plans the resources a principal reaches, deciding each as authorize does', async () => {
    const answer = await plan({ p: arn('user', 'carol'), a: 'orders:GetOrder', t: 'order' });
    expect(answer.kind).toBe('CONDITIONAL');
    expect(answer.unknownKeys).toEqual([]);
    const typePattern = `arn:iamgate:orders:*:${s.accountId}:order/*`;
    expect(planFromNodes({ kind: answer.kind, nodes: answer.nodes }).condition).toEqual({
      kind: 'and',
      nodes: [
        { kind: 'arn', patterns: [s.order('*')] },
        { kind: 'condition', operator: 'StringEquals', key: 'aws:ResourceTag/team', values: ['red'] },
        { kind: 'arn', patterns: [typePattern] },
      ],
    });
    const decoded = planFromNodes({ kind: answer.kind, nodes: answer.nodes });
    for (const [resource, team] of [
      [s.order('1'), 'red'],
      [s.order('2'), 'blue'],
      ['arn:iamgate:orders::999988887777:order/1', 'red'],
      [`arn:iamgate:orders::${s.accountId}:invoice/1`, 'red'],
    ] as const) {
      const authorized = ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          'query($r: String!, $p: String, $c: [ContextEntryInput!]) { authorize(action: "orders:GetOrder", resource: $r, principalArn: $p, context: $c) { allowed } }',
          { r: resource, p: arn('user', 'carol'), c: [{ key: 'aws:ResourceTag/team', values: [team] }] },
          { token: analyst },
        ),
      ).authorize.allowed;
      expect(planAllows(decoded, { arn: resource, tags: { team } }), resource).toBe(authorized);
    }
    expect((await plan({ p: arn('user', 'u005'), a: 'orders:CancelOrder' })).kind).toBe('ALWAYS_DENIED');
    const admin = await plan({ p: arn('user', 'u005'), a: 'orders:GetOrder' });
    expect(admin.nodes).toEqual([
      {
        kind: 'account',
        children: [],
        patterns: [],
        accountId: s.accountId,
        operator: null,
        key: null,
        values: [],
      },
    ]);
  });

  it('keeps the request keys it cannot know, and decides them when given', async () => {
    const open = await plan({ p: arn('user', 'dave'), a: 'orders:GetOrder' });
    expect(open.unknownKeys).toEqual(['aws:sourceip']);
    const inside = await plan({
      p: arn('user', 'dave'),
      a: 'orders:GetOrder',
      c: [{ key: 'aws:SourceIp', values: ['10.1.2.3'] }],
    });
    expect(inside.unknownKeys).toEqual([]);
    expect(inside.nodes.map((n) => n.kind)).toEqual(['and', 'account', 'arn']);
    const outside = await plan({
      p: arn('user', 'dave'),
      a: 'orders:GetOrder',
      c: [{ key: 'aws:SourceIp', values: ['192.0.2.1'] }],
    });
    expect(outside.kind).toBe('ALWAYS_DENIED');
  });

  it('refuses hostile input with typed errors, and other tenants', async () => {
    for (const [variables, code] of [
      [{ p: arn('user', 'carol'), a: 'orders:GetOrder', t: 'invoice' }, 'InvalidInput'],
      [{ p: arn('user', 'carol'), a: 'orders:ListOrders', t: 'order' }, 'InvalidInput'],
      [{ p: arn('user', 'carol'), a: 'GetOrder' }, 'InvalidInput'],
      [{ p: 'arn:iamgate:iam::x', a: 'orders:GetOrder' }, 'InvalidInput'],
      [{ p: arn('user', 'nobody-of-that-name'), a: 'orders:GetOrder' }, 'NoSuchEntity'],
      [
        { p: arn('user', 'carol'), a: 'orders:GetOrder', c: [{ key: 'aws:username', values: ['bob'] }] },
        'InvalidInput',
      ],
    ] as const) {
      const response = await t.gql(PLAN, variables, { token: analyst });
      expect(codeOf(response), JSON.stringify(variables)).toBe(code);
    }
    expect(codeOf(await t.gql(ACCESS, { p: 'not-an-arn' }, { token: analyst }))).toBe('InvalidInput');

    const other = await t.createAccount('root-analysis@example.com');
    const otherRoot = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: 'root-analysis@example.com', p: 'Root-passw0rd-for-tests' },
      ),
    ).signIn.token;
    for (const [query, variables] of [
      [ACCESS, { p: arn('user', 'carol') }],
      [PLAN, { p: arn('user', 'carol'), a: 'orders:GetOrder' }],
      [PLAN, { p: arn('user', 'no-such-user'), a: 'orders:GetOrder' }],
    ] as const) {
      const response = await t.gql(query, variables, { token: otherRoot });
      expect(codeOf(response)).toBe('AccessDenied');
      expect(JSON.stringify(response)).not.toContain('red-orders');
    }
    const own = ok(
      await t.gql<Access>(ACCESS, { p: `arn:iamgate:iam::${other.id}:root` }, { token: otherRoot }),
    );
    expect(JSON.stringify(own)).not.toContain(s.accountId);
  });
});
