import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, findingId } from '../src/access-analysis/finding-id.js';
import { seedBulk } from './support/access-analysis-seed.js';
import { otherAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/**
 * External access findings (IAM Access Analyzer's, `IAM/latest/UserGuide/access-analyzer-findings.html`): role trust
 * policies and stored resource policies that admit principals outside the zone of trust, found exactly in an account
 * with 100 seeded roles that trust only the account; archived and unarchived by stable id.
 */

const FIELDS =
  'id status resourceType resourceArn statementPath sid principals { type value } actions ' +
  'conditions { operator key values } limitedByConditions isPublic archived { reason archivedBy }';
const LIST = `query($s: AccessFindingStatus, $f: Int, $a: String) { listAccessFindings(status: $s, first: $f, after: $a) {
  edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const ARCHIVE = `mutation($id: String!, $r: String!) { archiveAccessFinding(findingId: $id, reason: $r) { ${FIELDS} } }`;
const UNARCHIVE = `mutation($id: String!) { unarchiveAccessFinding(findingId: $id) { ${FIELDS} } }`;

interface Finding {
  id: string;
  status: string;
  resourceType: string;
  resourceArn: string;
  statementPath: string;
  sid: string | null;
  principals: { type: string; value: string }[];
  actions: string[];
  conditions: { operator: string; key: string; values: string[] }[];
  limitedByConditions: boolean;
  isPublic: boolean;
  archived: { reason: string; archivedBy: string } | null;
}
type Page = {
  listAccessFindings: {
    edges: { cursor: string; node: Finding }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const OUTSIDER = '222222222222';

/** The statement of a one-statement trust policy built by `trust`, as the finding id hashes it. */
function statementOf(document: string): unknown {
  const { Statement } = JSON.parse(document) as { Statement: unknown[] };
  return Statement[0];
}

describe.each(testDrivers())('external access findings on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let a: string;
  let b: { accountId: string; rootToken: string };
  let orgB: string;
  const trusts: Record<string, string> = {};

  const list = async (token: string, variables: Record<string, unknown> = {}) =>
    ok(await t.gql<Page>(LIST, { f: 100, ...variables }, { token })).listAccessFindings;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    a = t.account.id;
    root = await t.rootToken();
    await seedBulk(t.store, a, t.clock.now());
    b = await otherAccount(t, root, 'root-b@example.com');
    orgB = ok(
      await t.gql<{ createOrganization: { id: string } }>(
        'mutation { createOrganization { id } }',
        {},
        { token: b.rootToken },
      ),
    ).createOrganization.id;
    trusts.CrossAccount = trust({ AWS: OUTSIDER });
    trusts.Everyone = trust('*');
    trusts.ExternalId = trust({ AWS: '*' }, { Condition: { StringEquals: { 'sts:ExternalId': 'x-123' } } });
    trusts.OtherOrg = trust('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': orgB } } });
    trusts.Federated = trust(
      { Federated: `arn:iamgate:iam::${a}:oidc-provider/idp.example.com` },
      { Condition: { StringEquals: { 'idp.example.com:aud': 'orders-app' } } },
      'sts:AssumeRoleWithWebIdentity',
    );
    trusts.OwnAccount = trust({ AWS: a });
    trusts.OwnAccountOnly = trust('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': a } } });
    for (const [name, document] of Object.entries(trusts)) await createRole(t, root, name, document);
    ok(
      await t.gql(
        'mutation($a: String!, $d: String!) { putResourcePolicy(resourceArn: $a, policyDocument: $d) { created } }',
        {
          a: `arn:iamgate:orders::${a}:order/*`,
          d: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Partner',
                Effect: 'Allow',
                Principal: { AWS: `arn:iamgate:iam::${OUTSIDER}:root` },
                Action: 'orders:GetOrder',
                Resource: `arn:iamgate:orders::${a}:order/*`,
              },
              {
                Sid: 'Own',
                Effect: 'Allow',
                Principal: { AWS: a },
                Action: 'orders:*',
                Resource: `arn:iamgate:orders::${a}:order/*`,
              },
            ],
          }),
        },
        { token: root },
      ),
    );
  }, 120_000);
  afterAll(async () => t?.cleanup());

  const roleArn = (name: string) => `arn:iamgate:iam::${a}:role/${name}`;
  const roleFinding = (name: string, more: Partial<Finding>): Finding => ({
    id: findingId([
      'external-access',
      'ROLE_TRUST_POLICY',
      roleArn(name),
      canonicalJson(statementOf(trusts[name] as string)),
    ]),
    status: 'ACTIVE',
    resourceType: 'ROLE_TRUST_POLICY',
    resourceArn: roleArn(name),
    statementPath: '/Statement/0',
    sid: null,
    principals: [{ type: 'AWS', value: '*' }],
    actions: ['sts:AssumeRole'],
    conditions: [],
    limitedByConditions: false,
    isPublic: false,
    archived: null,
    ...more,
  });

  it('finds exactly the statements that admit outsiders, among 100 roles that trust only the account', async () => {
    const partner = {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: `arn:iamgate:iam::${OUTSIDER}:root` },
      Action: 'orders:GetOrder',
      Resource: `arn:iamgate:orders::${a}:order/*`,
    };
    const { Sid: _sid, ...partnerContent } = partner;
    expect((await list(root)).edges.map((e) => e.node)).toEqual([
      roleFinding('CrossAccount', { principals: [{ type: 'AWS', value: OUTSIDER }] }),
      roleFinding('Everyone', { isPublic: true }),
      roleFinding('ExternalId', {
        conditions: [{ operator: 'StringEquals', key: 'sts:ExternalId', values: ['x-123'] }],
        limitedByConditions: true,
      }),
      roleFinding('Federated', {
        principals: [{ type: 'Federated', value: `arn:iamgate:iam::${a}:oidc-provider/idp.example.com` }],
        actions: ['sts:AssumeRoleWithWebIdentity'],
        conditions: [{ operator: 'StringEquals', key: 'idp.example.com:aud', values: ['orders-app'] }],
        limitedByConditions: true,
      }),
      // Another organization than the zone's (A is in none): its members are outsiders.
      roleFinding('OtherOrg', {
        conditions: [{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: [orgB] }],
        limitedByConditions: true,
      }),
      {
        id: findingId([
          'external-access',
          'RESOURCE_POLICY',
          `arn:iamgate:orders::${a}:order/*`,
          canonicalJson(partnerContent),
        ]),
        status: 'ACTIVE',
        resourceType: 'RESOURCE_POLICY',
        resourceArn: `arn:iamgate:orders::${a}:order/*`,
        statementPath: '/Statement/0',
        sid: 'Partner',
        principals: [{ type: 'AWS', value: `arn:iamgate:iam::${OUTSIDER}:root` }],
        actions: ['orders:GetOrder'],
        conditions: [],
        limitedByConditions: false,
        isPublic: false,
        archived: null,
      },
    ]);
  });

  it('keeps a statement inside when its condition names the own organization (zone: the organization)', async () => {
    const inside = trust('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': orgB } } });
    await createRole(t, b.rootToken, 'OrgOnly', inside);
    await createRole(t, b.rootToken, 'Partner', trust({ AWS: a }));
    const found = (await list(b.rootToken)).edges.map((e) => e.node);
    expect(found.map((f) => [f.resourceArn, f.principals])).toEqual([
      [`arn:iamgate:iam::${b.accountId}:role/Partner`, [{ type: 'AWS', value: a }]],
    ]);
  });

  it('pages with stable cursors and keeps ids across gateway instances', async () => {
    const all = (await list(root)).edges.map((e) => e.node.id);
    const first = await list(root, { f: 4 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(root, { f: 4, a: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const other = await t.variant({});
    const again = ok(await other.gql<Page>(LIST, { f: 100 }, { token: root })).listAccessFindings;
    expect(again.edges.map((e) => e.node.id)).toEqual(all);
  });

  it('archives with a reason and unarchives; a changed statement is a new, active finding', async () => {
    const id = roleFinding('CrossAccount', {}).id;
    const archived = ok(
      await t.gql<{ archiveAccessFinding: Finding }>(
        ARCHIVE,
        { id, r: 'partner account, reviewed' },
        { token: root },
      ),
    ).archiveAccessFinding;
    expect(archived).toMatchObject({
      id,
      status: 'ARCHIVED',
      archived: { reason: 'partner account, reviewed', archivedBy: `arn:iamgate:iam::${a}:root` },
    });
    expect((await list(root, { s: 'ARCHIVED' })).edges.map((e) => e.node.id)).toEqual([id]);
    expect((await list(root, { s: 'ACTIVE' })).edges.map((e) => e.node.id)).not.toContain(id);

    const unarchived = ok(
      await t.gql<{ unarchiveAccessFinding: Finding }>(UNARCHIVE, { id }, { token: root }),
    ).unarchiveAccessFinding;
    expect(unarchived).toMatchObject({ id, status: 'ACTIVE', archived: null });
    expect((await list(root, { s: 'ARCHIVED' })).edges).toEqual([]);

    ok(await t.gql<{ archiveAccessFinding: Finding }>(ARCHIVE, { id, r: 'again' }, { token: root }));
    const narrowed = trust({ AWS: OUTSIDER }, { Condition: { StringEquals: { 'sts:ExternalId': 'p-1' } } });
    ok(
      await t.gql(
        'mutation($d: String!) { updateAssumeRolePolicy(roleName: "CrossAccount", policyDocument: $d) { arn } }',
        { d: narrowed },
        { token: root },
      ),
    );
    const now = (await list(root)).edges
      .map((e) => e.node)
      .find((f) => f.resourceArn === roleArn('CrossAccount'));
    expect(now).toMatchObject({ status: 'ACTIVE', limitedByConditions: true });
    expect(now?.id).not.toBe(id);
    expect(codeOf(await t.gql(UNARCHIVE, { id }, { token: root }))).toBe('NoSuchEntity');
    expect(codeOf(await t.gql(ARCHIVE, { id: 'not-a-finding', r: 'x' }, { token: root }))).toBe(
      'NoSuchEntity',
    );
  });

  it('shows another account nothing of these findings, and refuses callers without permission', async () => {
    const mine = new Set((await list(root)).edges.map((e) => e.node.id));
    const theirs = (await list(b.rootToken)).edges.map((e) => e.node);
    expect(theirs.some((f) => mine.has(f.id) || f.resourceArn.includes(`:${a}:`))).toBe(false);
    expect(codeOf(await t.gql(ARCHIVE, { id: [...mine][0], r: 'x' }, { token: b.rootToken }))).toBe(
      'NoSuchEntity',
    );

    const nobody = await userWithPolicy(t, root, 'nobody', allow('iam:GetUser'));
    expect(codeOf(await t.gql(LIST, {}, { token: nobody }))).toBe('AccessDenied');
    const reader = await userWithPolicy(t, root, 'reader', allow('access-analyzer:ListFindings'));
    expect((await list(reader)).edges.length).toBe(mine.size);
    expect(codeOf(await t.gql(ARCHIVE, { id: [...mine][0], r: 'x' }, { token: reader }))).toBe(
      'AccessDenied',
    );
  });

  it('refuses a narrowed session, and hostile input with typed errors', async () => {
    await createRole(t, root, 'Auditor', trust({ AWS: a }), allow('access-analyzer:*'));
    const admin = await userWithPolicy(t, root, 'assumer', allow('sts:AssumeRole'));
    const full = await assumedToken(t, admin, { roleArn: roleArn('Auditor'), roleSessionName: 'full' });
    expect(ok(await t.gql<Page>(LIST, {}, { token: full })).listAccessFindings.edges.length).toBeGreaterThan(
      0,
    );
    const narrowed = await assumedToken(t, admin, {
      roleArn: roleArn('Auditor'),
      roleSessionName: 'narrow',
      policy: allow('iam:GetUser'),
    });
    expect(codeOf(await t.gql(LIST, {}, { token: narrowed }))).toBe('AccessDenied');

    expect(codeOf(await t.gql(LIST, { a: 'not-a-cursor' }, { token: root }))).toBe('InvalidInput');
    expect(codeOf(await t.gql(LIST, { f: 0 }, { token: root }))).toBe('InvalidInput');
    expect(codeOf(await t.gql(ARCHIVE, { id: 'x'.repeat(65), r: 'x' }, { token: root }))).toBe(
      'ValidationError',
    );
    expect(codeOf(await t.gql(ARCHIVE, { id: 'x', r: 'y'.repeat(1001) }, { token: root }))).toBe(
      'ValidationError',
    );
    expect(
      codeOf(await t.gql(ARCHIVE, { id: roleFinding('Everyone', {}).id, r: '  ' }, { token: root })),
    ).toBe('InvalidInput');
  });
});
