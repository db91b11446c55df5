import { type ContextValue, evaluate } from '@iamgate/policy';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

interface Result {
  decision: string;
  allowed: boolean;
  failedLayer: string | null;
  missingContextValues: string[];
  matchedStatements: { layer: string; policyId: string; sid: string | null; effect: string }[];
}

const FIELDS =
  'decision allowed failedLayer missingContextValues matchedStatements { layer policyId sid effect }';
/** Simulation results name the decision `evalDecision`, as AWS. */
const SIM_FIELDS = FIELDS.replace('decision ', 'decision: evalDecision ');
const AUTHORIZE = `query($a: String!, $r: String!, $c: [ContextEntryInput!], $p: String) { authorize(action: $a, resource: $r, context: $c, principalArn: $p) { ${FIELDS} principalArn revision } }`;
const EVAL: Record<string, string> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

/** What the gateway should answer, computed with `@iamgate/policy` on the same inputs. */
function expected(
  principal: string,
  action: string,
  resource: string,
  policyId: string,
  document: string,
  context: Record<string, ContextValue>,
) {
  const d = evaluate({
    principal,
    action,
    resource,
    context,
    policies: { identity: [{ id: policyId, document }] },
  });
  return {
    decision: EVAL[d.decision],
    allowed: d.decision === 'Allow',
    failedLayer: d.failedLayer ?? null,
    missingContextValues: d.missingContextKeys,
    matchedStatements: [...d.deniedBy, ...d.allowedBy].map((s) => ({
      layer: s.layer,
      policyId: s.policyId,
      sid: s.sid ?? null,
      effect: s.effect,
    })),
  };
}

function pick(r: Result) {
  const { decision, allowed, failedLayer, missingContextValues, matchedStatements } = r;
  return { decision, allowed, failedLayer, missingContextValues, matchedStatements };
}

// The central evaluator answers as @iamgate/policy does on the same request (docs/policy-semantics.md), and the
// simulator as IAM's (IAM/latest/APIReference/API_SimulatePrincipalPolicy.html, API_SimulateCustomPolicy.html).
describe.each(testDrivers())('authorize and simulate on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let aliceArn: string;
  let orders: string;
  let policy: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    orders = `arn:iamgate:orders::${t.account.id}:order`;
    policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadOrders', Effect: 'Allow', Action: 'orders:Get*', Resource: `${orders}/*` },
        {
          Sid: 'CancelInRegion',
          Effect: 'Allow',
          Action: 'orders:CancelOrder',
          Resource: '*',
          Condition: { StringEquals: { 'orders:Region': 'eu' } },
        },
        { Sid: 'NoSecrets', Effect: 'Deny', Action: 'orders:*', Resource: `${orders}/secret-*` },
        {
          Sid: 'TeamOnly',
          Effect: 'Allow',
          Action: 'orders:ListOrders',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
        },
      ],
    });
    alice = await userWithPolicy(t, root, 'alice', policy);
    aliceArn = `arn:iamgate:iam::${t.account.id}:user/alice`;
    ok(
      await t.gql(
        'mutation { tagUser(userName: "alice", tags: [{ key: "team", value: "blue" }]) { userName } }',
        {},
        { token: root },
      ),
    );
  });
  afterAll(async () => t?.cleanup());

  const cases = (o: string): { action: string; resource: string; context: Record<string, string> }[] => [
    { action: 'orders:GetOrder', resource: `${o}/1`, context: {} },
    { action: 'orders:GetOrder', resource: `${o}/secret-1`, context: {} },
    { action: 'orders:CancelOrder', resource: `${o}/1`, context: { 'orders:Region': 'eu' } },
    { action: 'orders:CancelOrder', resource: `${o}/1`, context: { 'orders:Region': 'us' } },
    { action: 'orders:CancelOrder', resource: `${o}/1`, context: {} },
    { action: 'orders:ListOrders', resource: '*', context: {} },
    { action: 'orders:DeleteOrder', resource: `${o}/1`, context: {} },
  ];
  const entries = (context: Record<string, string>) =>
    Object.entries(context).map(([key, v]) => ({ key, values: [v] }));

  it('decides for the caller as evaluate() does, with matched statements, failed layer and missing keys', async () => {
    for (const c of cases(orders)) {
      const got = ok(
        await t.gql<{ authorize: Result }>(
          AUTHORIZE,
          { a: c.action, r: c.resource, c: entries(c.context) },
          { token: alice },
        ),
      );
      const want = expected(aliceArn, c.action, c.resource, 'user/alice/inline/p', policy, {
        ...c.context,
        'aws:PrincipalTag/team': 'blue',
        'aws:username': 'alice',
      });
      expect(pick(got.authorize), `${c.action} ${c.resource} ${JSON.stringify(c.context)}`).toEqual(want);
    }
  });

  it('decides for another principal only with iam:SimulatePrincipalPolicy on it, and the same way', async () => {
    const bob = await userWithPolicy(t, root, 'bob', null);
    const refused = await t.gql(
      AUTHORIZE,
      { a: 'orders:GetOrder', r: `${orders}/1`, p: aliceArn },
      { token: bob },
    );
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.action).toBe('iam:SimulatePrincipalPolicy');
    for (const c of cases(orders)) {
      const mine = ok(
        await t.gql<{ authorize: Result }>(
          AUTHORIZE,
          { a: c.action, r: c.resource, c: entries(c.context) },
          { token: alice },
        ),
      );
      const theirs = ok(
        await t.gql<{ authorize: Result & { principalArn: string } }>(
          AUTHORIZE,
          { a: c.action, r: c.resource, c: entries(c.context), p: aliceArn },
          { token: root },
        ),
      );
      expect(theirs.authorize.principalArn).toBe(aliceArn);
      expect(pick(theirs.authorize)).toEqual(pick(mine.authorize));
    }
  });

  it('decides up to 100 requests in one batch, in order', async () => {
    const requests = cases(orders).map((c) => ({
      action: c.action,
      resource: c.resource,
      context: entries(c.context),
    }));
    const q = `query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { ${FIELDS} action } }`;
    const batch = ok(
      await t.gql<{ authorizeBatch: (Result & { action: string })[] }>(q, { r: requests }, { token: alice }),
    );
    expect(batch.authorizeBatch.map((r) => r.decision)).toEqual([
      'allowed',
      'explicitDeny',
      'allowed',
      'implicitDeny',
      'implicitDeny',
      'allowed',
      'implicitDeny',
    ]);
    const hundred = Array.from({ length: 100 }, (_, i) => ({
      action: 'orders:GetOrder',
      resource: `${orders}/${i}`,
    }));
    expect(
      ok(await t.gql<{ authorizeBatch: Result[] }>(q, { r: hundred }, { token: alice })).authorizeBatch,
    ).toHaveLength(100);
    const tooMany = [...hundred, { action: 'orders:GetOrder', resource: `${orders}/x` }];
    expect(codeOf(await t.gql(q, { r: tooMany }, { token: alice }))).toBe('InvalidInput');
  });

  it('refuses app context that would impersonate the principal', async () => {
    const forged = [{ key: 'aws:PrincipalTag/team', values: ['red'] }];
    expect(
      codeOf(await t.gql(AUTHORIZE, { a: 'orders:ListOrders', r: '*', c: forged }, { token: alice })),
    ).toBe('InvalidInput');
  });

  it('simulates a principal policy as evaluate() does, per action and resource', async () => {
    type Sim = {
      simulatePrincipalPolicy: (Result & {
        evalActionName: string;
        evalResourceName: string;
        evalDecision: string;
      })[];
    };
    const q = `query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) { evalActionName evalResourceName evalDecision ${SIM_FIELDS} } }`;
    const actions = ['orders:GetOrder', 'orders:CancelOrder', 'orders:ListOrders'];
    const resources = [`${orders}/1`, `${orders}/secret-1`];
    const results = ok(
      await t.gql<Sim>(
        q,
        {
          i: {
            policySourceArn: aliceArn,
            actionNames: actions,
            resourceArns: resources,
            contextEntries: [{ key: 'orders:Region', values: ['eu'] }],
          },
        },
        { token: root },
      ),
    ).simulatePrincipalPolicy;
    expect(results).toHaveLength(6);
    for (const r of results) {
      const want = expected(aliceArn, r.evalActionName, r.evalResourceName, 'user/alice/inline/p', policy, {
        'orders:Region': 'eu',
        'aws:PrincipalTag/team': 'blue',
      });
      expect(r.evalDecision).toBe(want.decision);
      expect(pick(r)).toEqual(want);
    }
    expect(
      codeOf(
        await t.gql(
          q,
          { i: { policySourceArn: aliceArn, actionNames: ['orders:GetOrder'] } },
          { token: alice },
        ),
      ),
    ).toBe('AccessDenied');
  });

  it('simulates custom policies as evaluate() does, and refuses malformed ones', async () => {
    type Sim = { simulateCustomPolicy: (Result & { evalActionName: string; evalResourceName: string })[] };
    const q = `query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) { evalActionName evalResourceName ${SIM_FIELDS} } }`;
    const results = ok(
      await t.gql<Sim>(
        q,
        {
          i: {
            policyInputList: [policy],
            actionNames: ['orders:GetOrder', 'orders:DeleteOrder'],
            resourceArns: [`${orders}/7`],
          },
        },
        { token: root },
      ),
    ).simulateCustomPolicy;
    const caller = `arn:iamgate:iam::${t.account.id}:user/SimulatedCaller`;
    for (const r of results) {
      expect(pick(r)).toEqual(
        expected(caller, r.evalActionName, r.evalResourceName, 'policyInputList[0]', policy, {}),
      );
    }
    expect(results.map((r) => r.allowed)).toEqual([true, false]);
    const bad = await t.gql(
      q,
      { i: { policyInputList: ['{"Statement": {"Effect": "Allow"}}'], actionNames: ['a:b'] } },
      { token: root },
    );
    expect(codeOf(bad)).toBe('MalformedPolicyDocument');
    expect(
      codeOf(await t.gql(q, { i: { policyInputList: [policy], actionNames: ['a:b'] } }, { token: alice })),
    ).toBe('AccessDenied');
  });
});
