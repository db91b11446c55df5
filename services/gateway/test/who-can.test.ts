import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisAccount, EXTERNAL_ACCOUNT, seedAnalysisAccount } from './support/analysis-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * `principalsWithAccess` (who can) on a seeded account of hundreds of principals, through HTTP: hand-checked answers,
 * agreement with `authorize` for every user, pages that add up to the whole answer, the trust policy of a role,
 * external principals of a stored resource policy, and what a caller may not learn or ask.
 */

const WHO_CAN = `query($a: String!, $r: String!, $c: [ContextEntryInput!], $p: String, $g: Boolean, $n: Int, $after: String) {
  principalsWithAccess(action: $a, resource: $r, context: $c, resourcePolicy: $p, includeGroups: $g, first: $n, after: $after) {
    edges { cursor node { principalArn principalType decidedAs missingContextValues
      allowedBy { layer policyId sid index effect } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  principalArn: string;
  principalType: string;
  decidedAs: string;
  missingContextValues: string[];
  allowedBy: { layer: string; policyId: string; sid: string | null; index: number; effect: string }[];
}
interface Page {
  principalsWithAccess: {
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe.each(testDrivers())('principalsWithAccess on %s', (driver) => {
  let t: TestGateway;
  let s: AnalysisAccount;
  let analyst: string;
  let root: string;
  const arn = (kind: string, name: string) => `arn:iamgate:iam::${s.accountId}:${kind}/${name}`;

  const ask = async (variables: Record<string, unknown>, token = analyst) =>
    ok(await t.gql<Page>(WHO_CAN, { n: 1000, ...variables }, { token })).principalsWithAccess;
  const names = (page: Page['principalsWithAccess']) => page.edges.map((e) => e.node.principalArn);

  beforeAll(async () => {
    t = await startTestGateway(driver);
    s = await seedAnalysisAccount(t.store, t.account.id);
    analyst = await t.userToken(s.analyst, USER_PASSWORD);
    root = await t.rootToken();
  }, 240_000);
  afterAll(async () => {
    await t?.cleanup();
  });

  it('lists exactly the users, roles and outsiders allowed, with the statements that allow them', async () => {
    const page = await ask({ a: 'orders:GetOrder', r: s.order('7') });
    expect(page.pageInfo.hasNextPage).toBe(false);
    const users = [
      ...s.readers,
      ...['u001', 'u002', 'u003', 'u005', 'u007', 'u299'].map((n) => arn('user', n)),
    ].sort();
    const listed = page.edges.map((e) => e.node);
    expect(listed.filter((e) => e.principalType === 'USER').map((e) => e.principalArn)).toEqual(users);
    expect(listed.filter((e) => e.principalType === 'ROLE').map((e) => e.principalArn)).toEqual([
      arn('role', 'r010'),
      arn('role', 'r050'),
    ]);
    expect(
      listed.filter((e) => e.principalType === 'EXTERNAL').map((e) => [e.principalArn, e.decidedAs]),
    ).toEqual([[EXTERNAL_ACCOUNT, `arn:iamgate:iam::${EXTERNAL_ACCOUNT}:user/access-analysis`]]);
    const byArn = new Map(listed.map((e) => [e.principalArn, e]));
    expect(byArn.get(arn('user', 'u001'))?.allowedBy).toEqual([
      { layer: 'identity', policyId: arn('policy', 'OrdersRead'), sid: null, index: 0, effect: 'Allow' },
    ]);
    expect(byArn.get(arn('user', 'u299'))?.allowedBy).toEqual([
      { layer: 'resource', policyId: s.order('*'), sid: 'Partners', index: 0, effect: 'Allow' },
    ]);
    expect(byArn.get(arn('role', 'r050'))?.decidedAs).toBe(
      `arn:iamgate:sts::${s.accountId}:assumed-role/r050/access-analysis`,
    );
    expect(byArn.get(arn('user', 'u007'))?.allowedBy.map((m) => m.layer)).toEqual([
      'identity',
      'permissionsBoundary',
    ]);
  });

  it('agrees with authorize for every user of the account', async () => {
    const page = await ask({ a: 'orders:CancelOrder', r: s.order('7') });
    const listed = new Set(names(page));
    expect([...listed]).toEqual([arn('role', 'r050')]);
    const users = [...Array(s.users).keys()].map((i) => arn('user', `u${String(i).padStart(3, '0')}`));
    for (const action of ['orders:GetOrder', 'orders:CancelOrder']) {
      const allowed = new Set(names(await ask({ a: action, r: s.order('7') })));
      for (const user of users) {
        const answer = ok(
          await t.gql<{ authorize: { allowed: boolean } }>(
            'query($a: String!, $r: String!, $p: String) { authorize(action: $a, resource: $r, principalArn: $p) { allowed } }',
            { a: action, r: s.order('7'), p: user },
            { token: analyst },
          ),
        ).authorize.allowed;
        expect(allowed.has(user), `${action} by ${user}`).toBe(answer);
      }
    }
  }, 120_000);

  it('reads the whole account in a handful of statements, not one per principal', async () => {
    // A second instance over the same store: nothing of the account is cached there yet.
    const cold = await t.variant({});
    const before = t.store.queryCount();
    const page = ok(
      await cold.gql<Page>(WHO_CAN, { a: 'orders:GetOrder', r: s.order('7'), n: 1000 }, { token: analyst }),
    );
    const statements = t.store.queryCount() - before;
    expect(page.principalsWithAccess.edges.length).toBe(39);
    // The caller's authentication and policies, the stored resource policies, then per kind its list and one batch.
    expect(statements).toBeLessThanOrEqual(10);
    const warm = t.store.queryCount();
    ok(await cold.gql<Page>(WHO_CAN, { a: 'orders:GetOrder', r: s.order('7'), n: 1000 }, { token: analyst }));
    expect(t.store.queryCount() - warm).toBeLessThanOrEqual(3);
  });

  it('pages add up to the whole answer, in order, without repeats', async () => {
    const whole = names(await ask({ a: 'orders:GetOrder', r: s.order('7'), g: true }));
    expect(whole).toContain(arn('group', 'readers'));
    expect(whole).not.toContain(arn('group', 'idle'));
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['principalsWithAccess'] = await ask({
        a: 'orders:GetOrder',
        r: s.order('7'),
        g: true,
        n: 7,
        after,
      });
      paged.push(...names(page));
      expect(page.edges.length).toBeLessThanOrEqual(7);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it('uses the request context given, and the resource policy given', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Red',
          Effect: 'Allow',
          Principal: '*',
          Action: 'orders:GetOrder',
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
        },
      ],
    });
    const red = await ask({
      a: 'orders:GetOrder',
      r: s.order('7'),
      p: policy,
      c: [{ key: 'aws:ResourceTag/team', values: ['red'] }],
    });
    const blue = await ask({
      a: 'orders:GetOrder',
      r: s.order('7'),
      p: policy,
      c: [{ key: 'aws:ResourceTag/team', values: ['blue'] }],
    });
    // `*` admits everyone when the tag is red: every user and role, and anyone outside.
    expect(red.edges.length).toBe(s.users + 1 + s.roles + 1 + 1);
    expect(names(red)).toContain('*');
    expect(names(blue)).not.toContain('*');
    expect(names(blue)).not.toContain(arn('user', 'u299'));
  });

  it('lists who can assume a role by its trust policy', async () => {
    const page = await ask({ a: 'sts:AssumeRole', r: s.assumableRoleArn });
    expect(page.edges.map((e) => [e.node.principalType, e.node.principalArn])).toEqual([
      ['USER', arn('user', 'u010')],
      ['EXTERNAL', EXTERNAL_ACCOUNT],
      ['EXTERNAL', 'workload.iamgate'],
    ]);
  });

  it('refuses hostile input with typed errors', async () => {
    for (const [variables, code] of [
      [{ a: 'orders:GetOrder', r: s.order('7'), n: 100_000 }, 'QueryTooComplex'],
      [{ a: 'orders:GetOrder', r: s.order('7'), n: 1001 }, 'InvalidInput'],
      [{ a: 'orders:GetOrder', r: s.order('7'), n: 0 }, 'InvalidInput'],
      [{ a: 'orders:GetOrder', r: 'not an arn' }, 'InvalidInput'],
      [{ a: 'GetOrder', r: s.order('7') }, 'InvalidInput'],
      [{ a: 'orders:GetOrder', r: s.order('7'), after: 'bm90LWEtY3Vyc29y' }, 'InvalidInput'],
      [{ a: 'orders:GetOrder', r: s.order('7'), p: '{"Statement": 1}' }, 'MalformedPolicyDocument'],
      [{ a: 'orders:GetOrder', r: 'arn:iamgate:orders::999988887777:order/7' }, 'AccessDenied'],
    ] as const) {
      const response = await t.gql(WHO_CAN, Object.assign({ n: 10 }, variables), { token: analyst });
      expect(response.data ?? null, JSON.stringify(variables)).toBeNull();
      expect(codeOf(response), JSON.stringify(variables)).toBe(code);
    }
  });

  it('refuses callers without permission, narrowed sessions and other tenants', async () => {
    const nobody = await userWithPolicy(t, root, 'nobody', null);
    expect(codeOf(await t.gql(WHO_CAN, { a: 'orders:GetOrder', r: s.order('7') }, { token: nobody }))).toBe(
      'AccessDenied',
    );
    const analysts = await createRole(t, root, 'analysts', trust({ AWS: s.accountId }), allow('iamgate:*'));
    const narrowed = await assumedToken(t, analyst, {
      roleArn: analysts,
      roleSessionName: 'narrowed',
      policy: allow('iam:GetUser'),
    });
    const sessionAnswer = await t.gql(
      WHO_CAN,
      { a: 'orders:GetOrder', r: s.order('7') },
      { token: narrowed },
    );
    expect(codeOf(sessionAnswer)).toBe('AccessDenied');
    const full = await assumedToken(t, analyst, { roleArn: analysts, roleSessionName: 'full' });
    expect(
      codeOf(await t.gql(WHO_CAN, { a: 'orders:GetOrder', r: s.order('7') }, { token: full })),
    ).toBeUndefined();

    const other = await t.createAccount('root-other@example.com');
    const otherRoot = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: 'root-other@example.com', p: 'Root-passw0rd-for-tests' },
      ),
    ).signIn.token;
    await t.store.users.create(other.id, { name: 'their-admin' });
    // Another tenant cannot ask about this account's resources...
    const theirs = await t.gql(WHO_CAN, { a: 'orders:GetOrder', r: s.order('7') }, { token: otherRoot });
    expect(codeOf(theirs)).toBe('AccessDenied');
    expect(JSON.stringify(theirs)).not.toContain('u00');
    // ...and asking about its own never shows this account's principals.
    const own = ok(
      await t.gql<Page>(
        WHO_CAN,
        { a: 'orders:GetOrder', r: `arn:iamgate:orders::${other.id}:order/7` },
        { token: otherRoot },
      ),
    ).principalsWithAccess;
    expect(names(own).every((n) => !n.includes(s.accountId))).toBe(true);
  });
});
