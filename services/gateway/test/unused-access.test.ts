import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK, type Bulk, daysFrom, recordEvents, seedBulk } from './support/access-analysis-seed.js';
import { otherAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * Unused access (IAM Access Analyzer's unused access analyzer, `IAM/latest/UserGuide/access-analyzer-unused-access.html`):
 * roles, users, keys, passwords, managed policies and actions not used in N days, after the test clock has moved 100
 * days past an account seeded with 200 users, 100 roles and 3,000 audited calls; reads and apps' decisions count
 * through the activity record.
 */

const LIST = `query($d: Int) { listUnusedAccess(unusedForDays: $d) {
  id code entityArn accessKeyId service actions lastUsedAt message documentationUrl } }`;
const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const ORDERS = {
  Name: 'orders',
  Actions: [
    { Name: 'GetOrder', AccessLevel: 'Read' },
    { Name: 'CancelOrder', AccessLevel: 'Write' },
  ],
};
const BILLING = { Name: 'billing', Actions: [{ Name: 'Pay', AccessLevel: 'Write' }] };

interface Finding {
  id: string;
  code: string;
  entityArn: string;
  accessKeyId: string | null;
  service: string | null;
  actions: string[];
  lastUsedAt: string | null;
  message: string;
  documentationUrl: string;
}

describe.each(testDrivers())('unused access on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let a: string;
  let bulk: Bulk;
  let idleKey: string;
  const arn = (kind: string, name: string) => `arn:iamgate:iam::${a}:${kind}/${name}`;

  const list = async (token: string, days?: number) =>
    ok(await t.gql<{ listUnusedAccess: Finding[] }>(LIST, days === undefined ? {} : { d: days }, { token }))
      .listUnusedAccess;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    a = t.account.id;
    const t0 = t.clock.now();
    bulk = await seedBulk(t.store, a, t0);
    root = await t.rootToken();
    const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
      ok(await t.gql<T>(query, variables, { token: root }));
    const policy = async (name: string, document: string, userName: string) => {
      const created = await call<{ createPolicy: { arn: string } }>(
        'mutation($n: String!, $d: String!) { createPolicy(input: { policyName: $n, policyDocument: $d }) { arn } }',
        { n: name, d: document },
      );
      await call('mutation($u: String!, $a: String!) { attachUserPolicy(userName: $u, policyArn: $a) }', {
        u: userName,
        a: created.createPolicy.arn,
      });
    };
    await userWithPolicy(t, root, 'dev', null);
    await policy('dev-tools', allow(['iam:CreateUser', 'iam:DeleteUser', 'iam:ListUsers']), 'dev');
    await userWithPolicy(t, root, 'idle', null);
    idleKey = (
      await call<{ createAccessKey: { accessKeyId: string } }>(
        'mutation { createAccessKey(userName: "idle") { accessKeyId } }',
      )
    ).createAccessKey.accessKeyId;
    await policy('never-used', allow('iam:TagUser'), 'idle');
    await createRole(t, root, 'dormant', trust({ AWS: a }), allow('iam:TagRole'));
    await createRole(
      t,
      root,
      'busy',
      trust({ AWS: a }),
      allow(['iam:TagRole', 'iam:UntagRole', 'iam:GetRole']),
    );
    // An app's service, which its app decides through the gateway, and one whose app decides only locally.
    for (const service of [ORDERS, BILLING]) {
      await call('mutation($d: String!) { createServiceDefinition(document: $d) { serviceName } }', {
        d: JSON.stringify(service),
      });
    }
    await userWithPolicy(t, root, 'shopper', allow(['orders:GetOrder', 'orders:CancelOrder', 'billing:Pay']));
    await userWithPolicy(t, root, 'operator', allow('sts:AssumeRole'));
    await createRole(
      t,
      root,
      'app-role',
      trust({ AWS: a }),
      allow(['orders:GetOrder', 'orders:CancelOrder']),
    );

    // 95 days later dev signs in and creates a user, and a session of `busy` tags a role.
    t.clock.advance(95 * 86_400);
    const dev = await t.userToken('dev', USER_PASSWORD);
    ok(
      await t.gql('mutation { createUser(input: { userName: "made-by-dev" }) { arn } }', {}, { token: dev }),
    );
    // An allowed read: not audited, counted by the activity record.
    ok(await t.gql('{ listUsers(first: 1) { edges { node { userName } } } }', {}, { token: dev }));
    // The orders app decides for shopper and for a session of its role, with their own tokens: apps' decisions
    // count. A what-if asked about another principal (`principalArn`) does not: dormant stays unused.
    const session = await assumedToken(t, await t.userToken('operator', USER_PASSWORD), {
      roleArn: arn('role', 'app-role'),
      roleSessionName: 'app',
    });
    const AUTHORIZE =
      'query($r: String!, $p: String) { authorize(action: "orders:GetOrder", resource: $r, principalArn: $p) { allowed } }';
    for (const token of [await t.userToken('shopper', USER_PASSWORD), session]) {
      const decided = ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          AUTHORIZE,
          { r: `arn:iamgate:orders::${a}:order/1` },
          { token },
        ),
      );
      expect(decided.authorize.allowed).toBe(true);
    }
    ok(
      await t.gql(
        AUTHORIZE,
        { r: `arn:iamgate:orders::${a}:order/1`, p: arn('role', 'dormant') },
        { token: await t.rootToken() },
      ),
    );
    await t.gateway.services.policyUses.flush();
    await t.gateway.services.activity.flush();
    await recordEvents(t.store, [
      {
        accountId: a,
        principalArn: `arn:iamgate:sts::${a}:assumed-role/busy/deploy`,
        action: 'iam:TagRole',
        resource: arn('role', 'dormant'),
        decision: 'Allow',
        occurredAt: t.clock.now(),
      },
      // Another account's role of the same name, whose session assumed one of ours (recorded in both logs).
      {
        accountId: a,
        principalArn: 'arn:iamgate:sts::222222222222:assumed-role/dormant/elsewhere',
        action: 'sts:AssumeRole',
        resource: arn('role', 'busy'),
        decision: 'Allow',
        occurredAt: t.clock.now(),
      },
    ]);
    t.clock.advance(5 * 86_400);
    root = await t.rootToken();
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it('reports exactly what the hand-built principals left unused for 90 days', async () => {
    const handBuilt = new Set([
      arn('user', 'dev'),
      arn('user', 'idle'),
      arn('role', 'dormant'),
      arn('role', 'busy'),
      arn('policy', 'dev-tools'),
      arn('policy', 'never-used'),
      arn('user', 'shopper'),
      arn('role', 'app-role'),
    ]);
    const found = (await list(root)).filter((f) => handBuilt.has(f.entityArn));
    const pick = (f: Finding) => ({
      code: f.code,
      entityArn: f.entityArn,
      accessKeyId: f.accessKeyId,
      service: f.service,
      actions: f.actions,
      lastUsedAt: f.lastUsedAt,
      documentationUrl: f.documentationUrl,
    });
    const finding = (
      code: string,
      entityArn: string,
      more: Partial<Finding> = {},
      page = 'access-analyzer-unused-access.html',
    ) => ({
      code,
      entityArn,
      accessKeyId: null,
      service: null,
      actions: [],
      lastUsedAt: null,
      documentationUrl: `${GUIDE}${page}`,
      ...more,
    });
    expect(found.map(pick)).toEqual([
      finding('UnusedRole', arn('role', 'dormant')),
      // idle signed in once, at t0, when it was made (`userWithPolicy`), and never used its key.
      finding('UnusedUser', arn('user', 'idle'), { lastUsedAt: bulk.t0.toISOString() }),
      finding(
        'UnusedAccessKey',
        arn('user', 'idle'),
        { accessKeyId: idleKey },
        'id_credentials_finding-unused.html',
      ),
      finding(
        'UnusedPassword',
        arn('user', 'idle'),
        { lastUsedAt: bulk.t0.toISOString() },
        'id_credentials_finding-unused.html',
      ),
      finding('UnusedPolicy', arn('policy', 'never-used'), {}, 'access_policies_last-accessed.html'),
      // Reads are judged too: busy never read a role; dev listed users (the activity record counted it).
      finding('UnusedAction', arn('role', 'app-role'), {
        service: 'orders',
        actions: ['orders:CancelOrder'],
      }),
      finding('UnusedAction', arn('role', 'busy'), {
        service: 'iam',
        actions: ['iam:GetRole', 'iam:UntagRole'],
      }),
      finding('UnusedAction', arn('user', 'dev'), { service: 'iam', actions: ['iam:DeleteUser'] }),
      // No billing decision of shopper's went through the gateway: billing's actions are not judged for it.
      finding('UnusedAction', arn('user', 'shopper'), { service: 'orders', actions: ['orders:CancelOrder'] }),
    ]);
    expect(found.find((f) => f.code === 'UnusedRole')?.message).toMatch(
      /^role `dormant` was not assumed in the last 90 days \(never used in the (99|100) days since it was created\)$/,
    );
    expect(found.find((f) => f.code === 'UnusedUser')?.message).toBe(
      'user `idle` did not sign in or make a call in the last 90 days (last used 100 days ago)',
    );
    expect(found.find((f) => f.code === 'UnusedAction' && f.entityArn.endsWith('dev'))?.message).toBe(
      'user `dev` did not use 1 iam action its policies allow in the last 90 days',
    );
  });

  it('counts the seeded bulk as the audit log says, for 90 and 110 days', async () => {
    const count = (findings: Finding[], code: string, arns: Set<string>) =>
      findings.filter((f) => f.code === code && arns.has(f.entityArn)).length;
    const users = new Set(bulk.userArns);
    const roles = new Set(bulk.roleNames.map((r) => arn('role', r)));
    const policies = new Set(bulk.policyArns);
    const ninety = await list(root, 90);
    expect([
      count(ninety, 'UnusedUser', users),
      count(ninety, 'UnusedRole', roles),
      count(ninety, 'UnusedPolicy', policies),
    ]).toEqual([BULK.users, BULK.roles, BULK.policies]);
    // With 110 days the last ten days before t0 count: whoever was allowed then is used.
    const cutoff = daysFrom(bulk.t0, 100 - 110).getTime();
    const recent = bulk.events.filter(
      (e) => e.decision === 'Allow' && (e.occurredAt as Date).getTime() >= cutoff,
    );
    const usedUsers = new Set(recent.map((e) => e.principalArn).filter((p) => users.has(p as string)));
    const usedRoles = new Set(
      recent
        .flatMap((e) => /assumed-role\/([^/]+)\//.exec(e.principalArn as string)?.[1] ?? [])
        .map((r) => arn('role', r)),
    );
    expect(usedUsers.size).toBeGreaterThan(0);
    expect(usedRoles.size).toBeGreaterThan(0);
    const longer = await list(root, 110);
    expect([count(longer, 'UnusedUser', users), count(longer, 'UnusedRole', roles)]).toEqual([
      BULK.users - usedUsers.size,
      BULK.roles - usedRoles.size,
    ]);
    // Managed policy uses are recorded by the gateway's decisions, not read from the audit log: still unused.
    expect(count(longer, 'UnusedPolicy', policies)).toBe(BULK.policies);
  });

  it("agrees with the security findings' unused keys and passwords, and ids are stable", async () => {
    const unused = await list(root);
    type Security = {
      listSecurityFindings: { code: string; entityArn: string; accessKeyId: string | null }[];
    };
    const security = ok(
      await t.gql<Security>(
        '{ listSecurityFindings(unusedForDays: 90) { code entityArn accessKeyId } }',
        {},
        { token: root },
      ),
    ).listSecurityFindings;
    const keys = (codes: string[], list: { code: string; entityArn: string; accessKeyId: string | null }[]) =>
      list
        .filter((f) => codes.includes(f.code))
        .map((f) => `${f.entityArn} ${f.accessKeyId}`)
        .sort();
    expect(keys(['UnusedAccessKey', 'UnusedPassword'], unused)).toEqual(
      keys(['UNUSED_ACCESS_KEY', 'UNUSED_PASSWORD'], security),
    );
    expect((await list(root)).map((f) => f.id)).toEqual(unused.map((f) => f.id));
    expect(new Set(unused.map((f) => f.id)).size).toBe(unused.length);
  });

  it('shows another account none of it, and refuses callers without permission or with hostile periods', async () => {
    const b = await otherAccount(t, root, 'root-b@example.com');
    expect((await list(b.rootToken)).filter((f) => f.entityArn.includes(`:${a}:`))).toEqual([]);
    // Allowed on the external access analyzer only: the unused access analyzer is another resource.
    const external = allow(
      'access-analyzer:ListFindings',
      `arn:iamgate:access-analyzer::${a}:analyzer/external-access`,
    );
    const reader = await userWithPolicy(t, root, 'external-only', external);
    expect(codeOf(await t.gql(LIST, {}, { token: reader }))).toBe('AccessDenied');
    for (const days of [0, 366, 100_000, -5]) {
      expect(codeOf(await t.gql(LIST, { d: days }, { token: root }))).toBe('InvalidInput');
    }
  });
});
