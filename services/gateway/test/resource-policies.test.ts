import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { type TestGateway, userWithPolicy } from './support/test-gateway.js';
import { startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

/**
 * Stored resource-based policies (issue 14), through HTTP as apps use them. What they must do is AWS's resource-based
 * policies' (IAM/latest/UserGuide/access_policies_identity-vs-resource.html): within an account, a resource policy
 * naming an IAM user allows it by itself; across accounts, the resource policy and the caller's identity policies
 * must both allow (reference_policies_evaluation-logic-cross-account.html); an explicit Deny anywhere wins
 * (reference_policies_evaluation-logic_policy-eval-denyallow.html). iamgate keeps them per ARN pattern, versioned.
 */

const PUT = `mutation($a: String!, $d: String!) { putResourcePolicy(resourceArn: $a, policyDocument: $d) {
  created prunedVersionIds resourcePolicy { resourceArn policyId defaultVersionId policyDocument versionCount }
  version { versionId isDefaultVersion document } } }`;
const GET =
  'query($a: String!) { getResourcePolicy(resourceArn: $a) { resourceArn defaultVersionId policyDocument versionCount } }';
const LIST =
  'query($f: Int, $c: String) { listResourcePolicies(first: $f, after: $c) { edges { node { resourceArn defaultVersionId } } pageInfo { hasNextPage endCursor } } }';
const VERSIONS =
  'query($a: String!) { listResourcePolicyVersions(resourceArn: $a) { versionId isDefaultVersion document } }';
const SET_DEFAULT =
  'mutation($a: String!, $v: String!) { setDefaultResourcePolicyVersion(resourceArn: $a, versionId: $v) { defaultVersionId policyDocument } }';
const DELETE = 'mutation($a: String!) { deleteResourcePolicy(resourceArn: $a) }';
const AUTHORIZE = `query($a: String!, $r: String!, $p: String, $c: [ContextEntryInput!], $pa: String) {
  authorize(action: $a, resource: $r, resourcePolicy: $p, context: $c, principalArn: $pa) {
    allowed decision failedLayer missingContextValues explanation
    matchedStatements { layer policyId sid index effect } errors { policyId } } }`;

interface Result {
  allowed: boolean;
  decision: string;
  failedLayer: string | null;
  missingContextValues: string[];
  explanation: string;
  matchedStatements: { layer: string; policyId: string; sid: string | null; index: number; effect: string }[];
  errors: { policyId: string }[];
}

/** Strings only account A's stored policies hold: if B ever sees one, A's policy leaked. */
const A_SECRETS = { sid: 'ASecretBuyersRead', key: 'asecret:ticket', denySid: 'ASecretNoSecrets' };

function policy(statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

describe.each(testDrivers())('stored resource policies on %s', (driver) => {
  let f: TwoAccounts;
  let t: TestGateway;
  let A: string;
  let B: string;
  let orders: string;
  let order: (id: string) => string;
  let clerk: string;
  let nobody: string;
  let buyer: string;
  let outsider: string;
  let buyerArn: string;
  let clerkArn: string;
  let stored: string;

  const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, { token });
  const decide = async (
    token: string,
    action: string,
    resource: string,
    more: Record<string, unknown> = {},
  ) => ok(await as<{ authorize: Result }>(token, AUTHORIZE, { a: action, r: resource, ...more })).authorize;
  const revision = () => t.store.revisions.get(A);
  const listed = async (token: string) =>
    ok(
      await as<{
        listResourcePolicies: { edges: { node: { resourceArn: string; defaultVersionId: string } }[] };
      }>(token, LIST),
    ).listResourcePolicies.edges.map((e) => e.node);

  beforeAll(async () => {
    f = await startTwoAccounts(driver);
    t = f.t;
    A = f.a.id;
    B = f.b.id;
    orders = `arn:iamgate:orders::${A}:order/*`;
    order = (id) => `arn:iamgate:orders::${A}:order/${id}`;
    clerk = await userWithPolicy(t, f.a.root, 'clerk', null);
    nobody = await userWithPolicy(t, f.a.root, 'nobody', null);
    clerkArn = `arn:iamgate:iam::${A}:user/clerk`;
    const inB = { ...t, userToken: (u: string, p: string) => t.userToken(u, p, B) };
    // B's side of a cross-account request: its own identity policy must allow the action on A's orders.
    buyer = await userWithPolicy(
      inB,
      f.b.root,
      'buyer',
      allow(['orders:GetOrder', 'orders:CancelOrder'], orders),
    );
    outsider = await userWithPolicy(inB, f.b.root, 'outsider', null);
    buyerArn = `arn:iamgate:iam::${B}:user/buyer`;
    stored = policy([
      {
        Sid: A_SECRETS.sid,
        Effect: 'Allow',
        Principal: { AWS: buyerArn },
        Action: 'orders:GetOrder',
        Resource: orders,
      },
      {
        Effect: 'Allow',
        Principal: { AWS: buyerArn },
        Action: 'orders:CancelOrder',
        Resource: orders,
        Condition: { StringEquals: { [A_SECRETS.key]: 'approved' } },
      },
      { Sid: 'ClerkAll', Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:*' },
      // Naming the account delegates to its administrators: B's own policies then decide who may.
      { Effect: 'Allow', Principal: { AWS: B }, Action: 'orders:ListOrders', Resource: orders },
    ]);
  }, 120_000);
  afterAll(async () => f?.cleanup());

  it('puts, reads, lists, versions, goes back to a version and deletes, moving the revision each time', async () => {
    const arn = `arn:iamgate:orders::${A}:shelf/*`;
    const before = await revision();
    type Put = { putResourcePolicy: { resourcePolicy: { policyId: string } } };
    const first = ok(await as<Put>(f.a.admin, PUT, { a: arn, d: stored }));
    expect(first.putResourcePolicy).toMatchObject({
      created: true,
      prunedVersionIds: [],
      resourcePolicy: { resourceArn: arn, defaultVersionId: 'v1', policyDocument: stored, versionCount: 1 },
      version: { versionId: 'v1', isDefaultVersion: true },
    });
    expect(first.putResourcePolicy.resourcePolicy.policyId).toMatch(/^ARPL[A-Z0-9]{17}$/);
    expect(await revision()).toBe(before + 1);
    // Audited in the same transaction, as every write.
    type Events = { auditEvents: { edges: { node: { action: string; resource: string | null } }[] } };
    const events = ok(
      await as<Events>(f.a.root, '{ auditEvents(first: 5) { edges { node { action resource } } } }'),
    ).auditEvents.edges.map((e) => e.node);
    expect(events).toContainEqual({ action: 'iamgate:PutResourcePolicy', resource: arn });
    const second = policy([{ Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:GetShelf' }]);
    const put = ok(
      await as<{ putResourcePolicy: Record<string, unknown> }>(f.a.admin, PUT, { a: arn, d: second }),
    );
    expect(put.putResourcePolicy).toMatchObject({ created: false, version: { versionId: 'v2' } });
    expect(
      ok(await as<{ getResourcePolicy: unknown }>(f.a.admin, GET, { a: arn })).getResourcePolicy,
    ).toEqual({
      resourceArn: arn,
      defaultVersionId: 'v2',
      policyDocument: second,
      versionCount: 2,
    });
    expect((await listed(f.a.admin)).map((p) => p.resourceArn)).toContain(arn);
    type Versions = { listResourcePolicyVersions: { versionId: string; isDefaultVersion: boolean }[] };
    expect(
      ok(await as<Versions>(f.a.admin, VERSIONS, { a: arn })).listResourcePolicyVersions.map((v) => [
        v.versionId,
        v.isDefaultVersion,
      ]),
    ).toEqual([
      ['v2', true],
      ['v1', false],
    ]);
    const back = ok(
      await as<{ setDefaultResourcePolicyVersion: unknown }>(f.a.admin, SET_DEFAULT, { a: arn, v: 'v1' }),
    );
    expect(back.setDefaultResourcePolicyVersion).toEqual({ defaultVersionId: 'v1', policyDocument: stored });
    expect(codeOf(await as(f.a.admin, SET_DEFAULT, { a: arn, v: 'v9' }))).toBe('NoSuchEntity');
    // Five versions are kept: further puts delete the oldest ones not in force, and never fail for the quota.
    const pruned: string[] = [];
    for (let i = 3; i <= 7; i++) {
      const doc = policy([{ Effect: 'Allow', Principal: { AWS: clerkArn }, Action: `orders:Get${i}` }]);
      pruned.push(
        ...ok(
          await as<{ putResourcePolicy: { prunedVersionIds: string[] } }>(f.a.admin, PUT, { a: arn, d: doc }),
        ).putResourcePolicy.prunedVersionIds,
      );
    }
    expect(pruned).toEqual(['v1', 'v2']);
    expect(
      ok(await as<Versions>(f.a.admin, VERSIONS, { a: arn })).listResourcePolicyVersions.map(
        (v) => v.versionId,
      ),
    ).toEqual(['v7', 'v6', 'v5', 'v4', 'v3']);
    const beforeDelete = await revision();
    expect(
      ok(await as<{ deleteResourcePolicy: boolean }>(f.a.admin, DELETE, { a: arn })).deleteResourcePolicy,
    ).toBe(true);
    expect(await revision()).toBe(beforeDelete + 1);
    expect(codeOf(await as(f.a.admin, GET, { a: arn }))).toBe('NoSuchEntity');
    expect(codeOf(await as(f.a.admin, DELETE, { a: arn }))).toBe('NoSuchEntity');
    expect(codeOf(await as(f.a.admin, VERSIONS, { a: arn }))).toBe('NoSuchEntity');
  });

  it("returns the validator's warnings with a stored policy, as for createPolicy", async () => {
    const arn = `arn:iamgate:orders::${A}:open/*`;
    const open = policy([{ Effect: 'Allow', Principal: '*', Action: 'orders:GetOrder', Resource: arn }]);
    const response = await as(f.a.admin, PUT, { a: arn, d: open });
    ok(response);
    const entries = response.extensions?.policyFindings as { path: string[]; findings: { code: string }[] }[];
    expect(entries?.[0]?.path).toEqual(['putResourcePolicy']);
    expect(entries?.[0]?.findings.map((x) => x.code)).toContain('ALLOW_ALL_PRINCIPALS');
    ok(await as(f.a.admin, DELETE, { a: arn }));
  });

  it('pages through the account policies by resource ARN', async () => {
    const arns = ['a', 'b', 'c'].map((s) => `arn:iamgate:pages::${A}:item/${s}`);
    for (const arn of arns) ok(await as(f.a.admin, PUT, { a: arn, d: stored }));
    type Page = {
      listResourcePolicies: { edges: { node: { resourceArn: string } }[]; pageInfo: { endCursor: string } };
    };
    const first = ok(await as<Page>(f.a.admin, LIST, { f: 2 })).listResourcePolicies;
    const rest = ok(
      await as<Page>(f.a.admin, LIST, { f: 2, c: first.pageInfo.endCursor }),
    ).listResourcePolicies;
    const seen = [...first.edges, ...rest.edges].map((e) => e.node.resourceArn);
    expect(seen.filter((arn) => arns.includes(arn))).toEqual(arns);
    for (const arn of arns) ok(await as(f.a.admin, DELETE, { a: arn }));
  });

  it('applies every stored policy whose ARN pattern matches the resource, as a Resource element matches', async () => {
    ok(await as(f.a.admin, PUT, { a: orders, d: stored }));
    // A resource policy naming an IAM user of the account allows it without any identity policy
    // (access_policies_identity-vs-resource.html).
    const allowed = await decide(clerk, 'orders:CancelOrder', order('1'));
    expect(allowed).toMatchObject({ allowed: true, decision: 'allowed' });
    expect(allowed.matchedStatements).toEqual([
      { layer: 'resource', policyId: orders, sid: 'ClerkAll', index: 2, effect: 'Allow' },
    ]);
    expect(await decide(clerk, 'orders:CancelOrder', `arn:iamgate:orders::${A}:invoice/1`)).toMatchObject({
      decision: 'implicitDeny',
      failedLayer: 'identity',
    });
    // Segment-wise, case-sensitive: `Order/1` is not under `order/*`, nor is another account's order.
    expect((await decide(clerk, 'orders:CancelOrder', `arn:iamgate:orders::${A}:Order/1`)).allowed).toBe(
      false,
    );
    // `?` matches one character; both matching policies apply, each named in the decision.
    ok(
      await as(f.a.admin, PUT, {
        a: `arn:iamgate:orders::${A}:order/?`,
        d: policy([
          { Sid: 'ShortIds', Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:GetOrder' },
        ]),
      }),
    );
    const both = await decide(clerk, 'orders:GetOrder', order('7'));
    expect(both.matchedStatements.map((s) => [s.policyId, s.sid])).toEqual([
      [orders, 'ClerkAll'],
      [`arn:iamgate:orders::${A}:order/?`, 'ShortIds'],
    ]);
    expect((await decide(clerk, 'orders:GetOrder', order('77'))).matchedStatements.map((s) => s.sid)).toEqual(
      ['ClerkAll'],
    );
    ok(await as(f.a.admin, DELETE, { a: `arn:iamgate:orders::${A}:order/?` }));
    expect(await decide(nobody, 'orders:GetOrder', order('1'))).toMatchObject({ allowed: false });
  });

  it("lets a principal of another account in on A's resource when both sides allow, and hides A's policy from it", async () => {
    // A's app asks with the caller's own credentials (the token B's user sent it), as a service decides a request
    // signed by the caller; B's side needs an identity policy allowing the action on A's resource, A's side the
    // stored policy (reference_policies_evaluation-logic-cross-account.html).
    const allowed = await decide(buyer, 'orders:GetOrder', order('7'));
    expect(allowed).toMatchObject({ allowed: true, decision: 'allowed', errors: [] });
    expect(allowed.matchedStatements).toContainEqual({
      layer: 'resource',
      policyId: 'stored-resource-policy',
      sid: null,
      index: 0,
      effect: 'Allow',
    });
    // The same through the decision endpoint, which the SDK and the middleware's remote mode use.
    const reply = await t.gateway.fetch(
      new Request('http://localhost/authorize', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer}` },
        body: JSON.stringify({
          requests: [
            { action: 'orders:GetOrder', resource: order('7') },
            { action: 'orders:GetOrder', resource: `arn:iamgate:orders::${A}:invoice/7` },
          ],
          detail: 'full',
        }),
      }),
    );
    const body = (await reply.json()) as { results: { allowed: boolean; failedLayer: string | null }[] };
    expect(body.results.map((r) => [r.allowed, r.failedLayer])).toEqual([
      [true, null],
      [false, 'resource'],
    ]);
    // A policy naming B's account admits every principal of B whose own policies allow: without an identity
    // policy the request fails on B's side; a principal A's policy does not name fails on A's.
    expect(await decide(outsider, 'orders:ListOrders', order('7'))).toMatchObject({
      allowed: false,
      failedLayer: 'identity',
    });
    expect(await decide(outsider, 'orders:GetOrder', order('7'))).toMatchObject({
      allowed: false,
      failedLayer: 'resource',
    });
    // B learns allowed or denied, and which side refused, but nothing of A's policy: no Sid, no pattern, not the
    // condition key it asked for.
    const cancel = await decide(buyer, 'orders:CancelOrder', order('7'));
    expect(cancel).toMatchObject({ allowed: false, failedLayer: 'resource', missingContextValues: [] });
    const seenByB = JSON.stringify([allowed, cancel, body]);
    for (const secret of [A_SECRETS.sid, A_SECRETS.key, orders, 'ClerkAll'])
      expect(seenByB).not.toContain(secret);
    // A's own principal sees the statements that decided, with their Sids.
    const own = await decide(clerk, 'orders:GetOrder', order('7'));
    expect(own.matchedStatements.map((s) => s.sid)).toEqual(['ClerkAll']);
  });

  it('uses the resource policy a request brings instead of the stored ones', async () => {
    const other = policy([
      { Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:GetOrder', Resource: '*' },
    ]);
    expect(await decide(buyer, 'orders:GetOrder', order('7'), { p: other })).toMatchObject({
      allowed: false,
      failedLayer: 'resource',
    });
    const own = await decide(clerk, 'orders:CancelOrder', order('7'), { p: other });
    expect(own).toMatchObject({ allowed: false, failedLayer: 'identity' });
  });

  it('denies when a stored policy has an explicit Deny, whoever else allows', async () => {
    const noSecrets = `arn:iamgate:orders::${A}:order/secret-*`;
    ok(
      await as(f.a.admin, PUT, {
        a: noSecrets,
        d: policy([
          { Sid: A_SECRETS.denySid, Effect: 'Deny', Principal: '*', Action: 'orders:*', Resource: noSecrets },
        ]),
      }),
    );
    const own = await decide(clerk, 'orders:GetOrder', order('secret-1'));
    expect(own).toMatchObject({ decision: 'explicitDeny' });
    expect(own.matchedStatements).toContainEqual({
      layer: 'resource',
      policyId: noSecrets,
      sid: A_SECRETS.denySid,
      index: 0,
      effect: 'Deny',
    });
    const cross = await decide(buyer, 'orders:GetOrder', order('secret-1'));
    expect(cross).toMatchObject({ decision: 'explicitDeny' });
    expect(JSON.stringify(cross)).not.toContain(A_SECRETS.denySid);
    // Root of A is stopped by the Deny too: only explicit denies and guardrails stop it.
    expect((await decide(f.a.root, 'orders:GetOrder', order('secret-1'))).decision).toBe('explicitDeny');
    expect((await decide(f.a.root, 'orders:GetOrder', order('1'))).decision).toBe('allowed');
    ok(await as(f.a.admin, DELETE, { a: noSecrets }));
  });

  it("keeps another account's stored policies from its simulations but for allowed or denied", async () => {
    type Sim = { evalDecision: string; matchedStatements: { policyId: string; sid: string | null }[] };
    const SIMULATE_PRINCIPAL = `query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) {
      evalDecision matchedStatements { policyId sid } } }`;
    const SIMULATE_CUSTOM = `query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) {
      evalDecision matchedStatements { policyId sid } } }`;
    const [mine] = ok(
      await as<{ simulatePrincipalPolicy: Sim[] }>(f.a.admin, SIMULATE_PRINCIPAL, {
        i: { policySourceArn: clerkArn, actionNames: ['orders:GetOrder'], resourceArns: [order('3')] },
      }),
    ).simulatePrincipalPolicy;
    expect(mine).toEqual({
      evalDecision: 'allowed',
      matchedStatements: [{ policyId: orders, sid: 'ClerkAll' }],
    });
    const [theirs] = ok(
      await as<{ simulateCustomPolicy: Sim[] }>(f.b.admin, SIMULATE_CUSTOM, {
        i: {
          policyInputList: [allow('orders:GetOrder')],
          callerArn: buyerArn,
          actionNames: ['orders:GetOrder'],
          resourceArns: [order('3')],
        },
      }),
    ).simulateCustomPolicy;
    expect(theirs?.evalDecision).toBe('allowed');
    expect(JSON.stringify(theirs)).not.toContain(A_SECRETS.sid);
  });

  it("carries the account's stored policies in its policy snapshot, and only its own", async () => {
    type Snapshot = {
      policySnapshot: { revision: number; resourcePolicies: { resourceArn: string; document: string }[] };
    };
    const SNAPSHOT = '{ policySnapshot { revision resourcePolicies { resourceArn document } } }';
    const ofA = ok(await as<Snapshot>(f.a.admin, SNAPSHOT)).policySnapshot;
    expect(ofA.resourcePolicies).toContainEqual({ resourceArn: orders, document: stored });
    expect(ofA.revision).toBe(await revision());
    const ofB = ok(await as<Snapshot>(f.b.admin, SNAPSHOT)).policySnapshot;
    expect(JSON.stringify(ofB)).not.toContain(A);
  });

  it('keeps every other tenant out: it can neither read, change, delete nor learn whether a policy exists', async () => {
    const before = { revision: await revision(), list: await listed(f.a.admin) };
    const missing = `arn:iamgate:orders::${A}:nothing/*`;
    for (const token of [f.b.root, f.b.admin]) {
      for (const arn of [orders, missing]) {
        const tries: GqlResponse<unknown>[] = [
          await as(token, GET, { a: arn }),
          await as(token, VERSIONS, { a: arn }),
          await as(token, PUT, { a: arn, d: allow('orders:*', '*', { Principal: '*' }) }),
          await as(token, SET_DEFAULT, { a: arn, v: 'v1' }),
          await as(token, DELETE, { a: arn }),
        ];
        // The same answer whether A stores a policy for the ARN or not.
        expect(tries.map(codeOf)).toEqual(Array(5).fill('AccessDenied'));
        expect(tries.map((r) => r.errors?.[0]?.extensions?.failedLayer)).toEqual(Array(5).fill('resource'));
        for (const r of tries) expect(JSON.stringify(r)).not.toContain(A_SECRETS.sid);
      }
      expect((await listed(token)).map((p) => p.resourceArn).filter((arn) => arn.includes(A))).toEqual([]);
    }
    expect({ revision: await revision(), list: await listed(f.a.admin) }).toEqual(before);
    // Nor may A's app decide for B's principals with `principalArn` (`iam:SimulatePrincipalPolicy` on a principal
    // of another account, which no policy of A can allow): that would tell A what B's policies allow.
    expect(
      codeOf(await as(f.a.admin, AUTHORIZE, { a: 'orders:GetOrder', r: order('1'), pa: buyerArn })),
    ).toBe('AccessDenied');
  });

  it('refuses a user without permission, and a session narrowed below it', async () => {
    for (const query of [GET, VERSIONS, DELETE]) {
      expect(codeOf(await as(nobody, query, { a: orders }))).toBe('AccessDenied');
    }
    expect(codeOf(await as(nobody, PUT, { a: orders, d: stored }))).toBe('AccessDenied');
    expect(codeOf(await as(nobody, LIST))).toBe('AccessDenied');
    // A role allowed everything, assumed with a session policy that only reads: writes are refused by the session
    // policy (access_policies.html#policies_session).
    await createRole(t, f.a.root, 'PolicyKeeper', trust({ AWS: A }), allow('iamgate:*'));
    const narrowed = await assumedToken(t, f.a.admin, {
      roleArn: `arn:iamgate:iam::${A}:role/PolicyKeeper`,
      roleSessionName: 'narrowed',
      policy: allow('iamgate:GetResourcePolicy'),
    });
    expect(
      ok(await as<{ getResourcePolicy: { resourceArn: string } }>(narrowed, GET, { a: orders }))
        .getResourcePolicy,
    ).toMatchObject({ resourceArn: orders });
    const refused = await as(narrowed, PUT, { a: orders, d: allow('orders:*', '*', { Principal: '*' }) });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.failedLayer).toBe('session');
    expect(codeOf(await as(narrowed, DELETE, { a: orders }))).toBe('AccessDenied');
    expect(
      ok(await as<{ getResourcePolicy: { policyDocument: string } }>(f.a.admin, GET, { a: orders }))
        .getResourcePolicy.policyDocument,
    ).toBe(stored);
  });

  it('refuses hostile input without changing anything', async () => {
    const before = { revision: await revision(), list: await listed(f.a.admin) };
    const put = (a: string, d: string) => as(f.a.admin, PUT, { a, d });
    const good = allow('orders:GetOrder', '*', { Principal: { AWS: buyerArn } });
    // An ARN of another account is decided as that account's resource: refused.
    expect(codeOf(await put(`arn:iamgate:orders::${B}:order/*`, good))).toBe('AccessDenied');
    expect(codeOf(await put('arn:iamgate:orders::*:order/*', good))).toBe('AccessDenied');
    // Another partition, iamgate's own services, no ARN at all, no resource, a wildcard service.
    for (const arn of [
      `arn:aws:orders::${A}:order/*`,
      `arn:iamgate:iam::${A}:user/*`,
      `arn:iamgate:sts::${A}:assumed-role/*`,
      'orders/*',
      `arn:iamgate:orders::${A}:`,
      `arn:iamgate:ord*::${A}:order/1`,
      `arn:iamgate:orders:eu:${A}`,
    ]) {
      expect(codeOf(await put(arn, good)), arn).toBe('InvalidInput');
    }
    // Documents: not JSON, not a resource policy (no Principal), too large for the quota, too long to read.
    const malformed = await put(orders, '{"Version": "2012-10-17", "Statement": [');
    expect(codeOf(malformed)).toBe('MalformedPolicyDocument');
    expect(malformed.errors?.[0]?.extensions?.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'ERROR' })]),
    );
    const noPrincipal = await put(orders, allow('orders:GetOrder'));
    expect(codeOf(noPrincipal)).toBe('MalformedPolicyDocument');
    expect(
      ((noPrincipal.errors?.[0]?.extensions?.findings ?? []) as { path: string }[]).some((x) =>
        x.path.startsWith('/Statement'),
      ),
    ).toBe(true);
    const oversized = allow('orders:GetOrder', `arn:iamgate:orders::${A}:order/${'x'.repeat(21_000)}`, {
      Principal: '*',
    });
    const large = await put(orders, oversized);
    expect(codeOf(large)).toBe('LimitExceeded');
    expect(large.errors?.[0]?.extensions?.quota).toBe('resourcePolicySize');
    expect(codeOf(await put(orders, ' '.repeat(140_000)))).toBe('ValidationError');
    expect({ revision: await revision(), list: await listed(f.a.admin) }).toEqual(before);
    expect(
      ok(await as<{ getResourcePolicy: { policyDocument: string } }>(f.a.admin, GET, { a: orders }))
        .getResourcePolicy.policyDocument,
    ).toBe(stored);
  });

  it('holds at most the account quota of policies', async () => {
    const count = (await listed(f.a.admin)).length;
    await t.store.accounts.setQuotas(A, { resourcePoliciesPerAccount: count });
    try {
      const refused = await as(f.a.admin, PUT, { a: `arn:iamgate:orders::${A}:one-more`, d: stored });
      expect(codeOf(refused)).toBe('LimitExceeded');
      // A new version of a stored policy is no new policy.
      ok(await as(f.a.admin, PUT, { a: orders, d: stored }));
    } finally {
      await t.store.accounts.setQuotas(A, { resourcePoliciesPerAccount: null });
    }
  });

  it('is followed by every instance as the revision moves, and a warm decision reads nothing', async () => {
    const second = await t.variant({});
    const viaSecond = async (token: string) =>
      ok(
        await second.gql<{ authorize: Result }>(
          AUTHORIZE,
          { a: 'orders:GetOrder', r: order('9') },
          { token },
        ),
      ).authorize;
    expect((await viaSecond(buyer)).allowed).toBe(true);
    // Warm: the caller's policies and A's stored policies come from memory.
    await viaSecond(buyer);
    const settled = async () => {
      let n = t.store.queryCount();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (t.store.queryCount() === n) return n;
        n = t.store.queryCount();
      }
    };
    const readsOfWarmDecision = async () => {
      const before = await settled();
      expect((await viaSecond(buyer)).allowed).toBe(true);
      return (await settled()) - before;
    };
    // The gateways' own background reads (revision polls every 500 ms) may land in a window: the least of three
    // windows is the decision's own.
    const reads = [await readsOfWarmDecision(), await readsOfWarmDecision(), await readsOfWarmDecision()];
    expect(Math.min(...reads)).toBe(0);
    // A change through the first instance is enforced by the second at once (the revision moved).
    const denyBuyer = policy([
      { Effect: 'Deny', Principal: { AWS: buyerArn }, Action: 'orders:*', Resource: orders },
    ]);
    const put = ok(
      await as<{ putResourcePolicy: { version: { versionId: string } } }>(f.a.admin, PUT, {
        a: orders,
        d: denyBuyer,
      }),
    );
    expect((await viaSecond(buyer)).decision).toBe('explicitDeny');
    const previous = `v${Number(put.putResourcePolicy.version.versionId.slice(1)) - 1}`;
    ok(await as(f.a.admin, SET_DEFAULT, { a: orders, v: previous }));
    expect((await viaSecond(buyer)).allowed).toBe(true);
    ok(await as(f.a.admin, DELETE, { a: orders }));
    expect(await viaSecond(buyer)).toMatchObject({ allowed: false, failedLayer: 'resource' });
  });
});
