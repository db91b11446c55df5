import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherAccount, type SeededAccount, seedAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust, userIn } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/**
 * `getAccountAuthorizationDetails` as AWS defines it (`IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html`,
 * `API_UserDetail.html`, `API_GroupDetail.html`, `API_RoleDetail.html`, `API_ManagedPolicyDetail.html`): the seeded
 * account exported, paginated across kinds with the project's cursors, in a bounded number of statements.
 */

const DETAILS = `query($f: [EntityType!], $n: Int, $a: String) {
  getAccountAuthorizationDetails(filter: $f, first: $n, after: $a) {
    userDetailList { userName path arn userId createDate groupList tags { key value }
      userPolicyList { policyName policyDocument } attachedManagedPolicies { policyName policyArn }
      permissionsBoundary { permissionsBoundaryType permissionsBoundaryArn } }
    groupDetailList { groupName arn groupPolicyList { policyName policyDocument }
      attachedManagedPolicies { policyName policyArn } }
    roleDetailList { roleName arn assumeRolePolicyDocument rolePolicyList { policyName policyDocument }
      attachedManagedPolicies { policyName } permissionsBoundary { permissionsBoundaryArn }
      roleLastUsed { lastUsedDate region } }
    policies { policyName arn defaultVersionId attachmentCount permissionsBoundaryUsageCount
      policyVersionList { versionId isDefaultVersion document } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Details {
  userDetailList: { userName: string; [key: string]: unknown }[];
  groupDetailList: { groupName: string; [key: string]: unknown }[];
  roleDetailList: { roleName: string; [key: string]: unknown }[];
  policies: { policyName: string; [key: string]: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const names = (d: Details) => [
  ...d.userDetailList.map((u) => `user/${u.userName}`),
  ...d.groupDetailList.map((g) => `group/${g.groupName}`),
  ...d.roleDetailList.map((r) => `role/${r.roleName}`),
  ...d.policies.map((p) => `policy/${p.policyName}`),
];

describe.each(testDrivers())('getAccountAuthorizationDetails on %s', (driver) => {
  let t: TestGateway;
  let s: SeededAccount;
  let other: { accountId: string; rootToken: string };
  let boundaryArn: string;
  let adminArn: string;

  const details = async (token: string, variables: Record<string, unknown> = {}) =>
    ok(await t.gql<{ getAccountAuthorizationDetails: Details }>(DETAILS, variables, { token }))
      .getAccountAuthorizationDetails;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    s = await seedAccount(t);
    other = await otherAccount(t, s.rootToken, 'root-b@example.com');
    const root = s.rootToken;
    boundaryArn = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "Boundary", policyDocument: $d }) { arn } }',
        { d: allow('orders:*') },
        { token: root },
      ),
    ).createPolicy.arn;
    ok(
      await t.gql(
        'mutation($b: String!) { putUserPermissionsBoundary(userName: "alice", permissionsBoundary: $b) }',
        { b: boundaryArn },
        { token: root },
      ),
    );
    ok(
      await t.gql(
        'mutation { tagUser(userName: "alice", tags: [{ key: "team", value: "orders" }]) { arn } }',
        {},
        { token: root },
      ),
    );
    adminArn = `arn:iamgate:iam::${s.accountId}:policy/AdminAll`;
    ok(
      await t.gql(
        'mutation($a: String!, $d: String!) { createPolicyVersion(policyArn: $a, policyDocument: $d) { versionId } }',
        { a: adminArn, d: allow('iam:*') },
        { token: root },
      ),
    );
  });
  afterAll(async () => t?.cleanup());

  it('exports users, groups, roles and policies with their documents (API_GetAccountAuthorizationDetails.html)', async () => {
    const a = `arn:iamgate:iam::${s.accountId}`;
    const d = await details(s.rootToken);
    expect(names(d)).toEqual([
      'user/alice',
      'user/bob',
      'user/carol',
      'group/devs',
      'role/Deployer',
      'policy/AdminAll',
      'policy/Boundary',
    ]);
    expect(d.pageInfo.hasNextPage).toBe(false);
    const [alice, bob, carol] = d.userDetailList;
    expect(alice).toMatchObject({
      arn: `${a}:user/alice`,
      path: '/',
      groupList: [],
      tags: [{ key: 'team', value: 'orders' }],
      userPolicyList: [],
      attachedManagedPolicies: [],
      permissionsBoundary: {
        permissionsBoundaryType: 'PermissionsBoundaryPolicy',
        permissionsBoundaryArn: boundaryArn,
      },
    });
    expect(alice?.createDate).toBe(new Date(s.t0.getTime() - 400 * 86_400_000).toISOString());
    expect(bob).toMatchObject({
      attachedManagedPolicies: [{ policyName: 'AdminAll', policyArn: adminArn }],
      permissionsBoundary: null,
    });
    expect(carol).toMatchObject({ groupList: ['devs'], attachedManagedPolicies: [] });
    expect(d.groupDetailList).toEqual([
      {
        groupName: 'devs',
        arn: `${a}:group/devs`,
        groupPolicyList: [{ policyName: 'pass-any-role', policyDocument: allow('iam:PassRole') }],
        attachedManagedPolicies: [],
      },
    ]);
    expect(d.roleDetailList).toEqual([
      {
        roleName: 'Deployer',
        arn: `${a}:role/Deployer`,
        assumeRolePolicyDocument: trust({ AWS: s.accountId }),
        rolePolicyList: [
          {
            policyName: 'p',
            policyDocument: allow('orders:Get*', `arn:iamgate:orders::${s.accountId}:order/*`),
          },
        ],
        attachedManagedPolicies: [],
        permissionsBoundary: null,
        roleLastUsed: { lastUsedDate: null, region: null },
      },
    ]);
    expect(d.policies).toEqual([
      {
        policyName: 'AdminAll',
        arn: adminArn,
        defaultVersionId: 'v1',
        attachmentCount: 1,
        permissionsBoundaryUsageCount: 0,
        // Every version, newest first.
        policyVersionList: [
          { versionId: 'v2', isDefaultVersion: false, document: allow('iam:*') },
          { versionId: 'v1', isDefaultVersion: true, document: allow('*') },
        ],
      },
      {
        policyName: 'Boundary',
        arn: boundaryArn,
        defaultVersionId: 'v1',
        attachmentCount: 0,
        permissionsBoundaryUsageCount: 1,
        policyVersionList: [{ versionId: 'v1', isDefaultVersion: true, document: allow('orders:*') }],
      },
    ]);
  });

  it('pages across kinds with `first` and `after`, each entity once, without an empty last page', async () => {
    const all = names(await details(s.rootToken));
    for (const size of [1, 2, 3, 4, 7]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: Details = await details(s.rootToken, { n: size, a: after });
        pages++;
        expect(names(page).length).toBeGreaterThan(0);
        expect(names(page).length).toBeLessThanOrEqual(size);
        seen.push(...names(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect({ size, seen }).toEqual({ size, seen: all });
      expect(pages).toBe(Math.ceil(all.length / size));
    }
    expect(codeOf(await t.gql(DETAILS, { a: 'not-a-cursor' }, { token: s.rootToken }))).toBe('InvalidInput');
  });

  it('filters by entity type; AWSManagedPolicy matches nothing in iamgate', async () => {
    expect(names(await details(s.rootToken, { f: ['Role'] }))).toEqual(['role/Deployer']);
    expect(names(await details(s.rootToken, { f: ['LocalManagedPolicy', 'User'] }))).toEqual([
      'user/alice',
      'user/bob',
      'user/carol',
      'policy/AdminAll',
      'policy/Boundary',
    ]);
    expect(names(await details(s.rootToken, { f: ['AWSManagedPolicy'] }))).toEqual([]);
  });

  it('holds IAMGATE_MAX_PAGE_SIZE like every list', async () => {
    const limited = await t.variant({ IAMGATE_MAX_PAGE_SIZE: '2' });
    const refused = await limited.gql(DETAILS, { n: 3 }, { token: s.rootToken });
    expect(codeOf(refused)).toBe('InvalidInput');
    ok(await limited.gql(DETAILS, { n: 2 }, { token: s.rootToken }));
  });

  it('costs the same few statements per page however many entities and policies the account has', async () => {
    const count = async () => {
      await details(s.rootToken); // warm: the caller's policies cached
      const before = t.store.queryCount();
      await details(s.rootToken);
      return t.store.queryCount() - before;
    };
    const small = await count();
    // Four lists and one statement for everything they hold.
    expect(small).toBe(5);
    for (let i = 0; i < 15; i++) {
      const u = `many-${String(i).padStart(2, '0')}`;
      ok(
        await t.gql(
          'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
          { u },
          { token: s.rootToken },
        ),
      );
      ok(
        await t.gql(
          'mutation($u: String!) { addUserToGroup(groupName: "devs", userName: $u) }',
          { u },
          { token: s.rootToken },
        ),
      );
      ok(
        await t.gql(
          'mutation($u: String!, $d: String!) { putUserPolicy(userName: $u, policyName: "own", policyDocument: $d) { policyName } }',
          { u, d: allow('orders:Get*') },
          { token: s.rootToken },
        ),
      );
      ok(
        await t.gql(
          'mutation($u: String!, $a: String!) { attachUserPolicy(userName: $u, policyArn: $a) }',
          { u, a: boundaryArn },
          { token: s.rootToken },
        ),
      );
    }
    expect(await count()).toBe(small);
  });

  it("never shows another account's entities", async () => {
    ok(
      await t.gql(
        'mutation { createGroup(groupName: "their-group") { arn } }',
        {},
        { token: other.rootToken },
      ),
    );
    const theirs = await details(other.rootToken);
    expect(names(theirs)).toEqual(['group/their-group']);
    const ours = await details(s.rootToken);
    expect(JSON.stringify(ours)).not.toContain(other.accountId);
    expect(JSON.stringify(ours)).not.toContain('their-group');
  });

  it('is AccessDenied without iam:GetAccountAuthorizationDetails, and for a narrowed session', async () => {
    const b = { ...t, userToken: (u: string, p: string) => t.userToken(u, p, other.accountId) };
    const lister = await userIn(
      b,
      other.rootToken,
      other.accountId,
      'lister',
      allow(['iam:List*', 'sts:AssumeRole']),
    );
    expect(codeOf(await t.gql(DETAILS, {}, { token: lister }))).toBe('AccessDenied');
    const role = await createRole(
      t,
      other.rootToken,
      'Exporter',
      trust({ AWS: other.accountId }),
      allow('iam:Get*'),
    );
    const full = await assumedToken(t, lister, { roleArn: role, roleSessionName: 'full' });
    ok(await t.gql(DETAILS, {}, { token: full }));
    const narrowed = await assumedToken(t, lister, {
      roleArn: role,
      roleSessionName: 'narrowed',
      policy: allow('iam:GetUser'),
    });
    expect(codeOf(await t.gql(DETAILS, {}, { token: narrowed }))).toBe('AccessDenied');
  });
});
