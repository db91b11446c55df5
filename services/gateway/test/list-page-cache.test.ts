/**
 * Pages of `listUsers`, `listGroups` and `listRoles` come from the page cache while the account's revision has not
 * moved: a warm page costs no statement, a change shows at once on the instance that made it and on another sharing
 * the store, one account's page never answers another's, large pages and roles that name another account are read
 * every time.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CACHED_PAGE_ITEMS } from '../src/context/targets.js';
import { ok } from './support/graphql-client.js';
import { createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';
import { B_SECRETS, startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

const HOUR_MS = 3_600_000;

type Names = { edges: { node: Record<string, string> }[] };
const LIST_USERS =
  'query($n: Int, $c: String) { listUsers(first: $n, nameContains: $c) { edges { node { userName arn } } } }';

function names(page: Names, field: string): string[] {
  return page.edges.map((edge) => edge.node[field] as string);
}

describe.each(testDrivers())('list pages on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    // Background refreshes an hour apart: every change below is seen through the store's change events only.
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } });
    root = await t.rootToken();
    for (const name of ['ann', 'bob']) {
      ok(
        await t.gql(
          'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
          { u: name },
          { token: root },
        ),
      );
    }
    ok(await t.gql('mutation { createGroup(groupName: "team") { arn } }', {}, { token: root }));
    await createRole(t, root, 'Worker', trust({ AWS: `arn:iamgate:iam::${t.account.id}:root` }));
  });
  afterAll(async () => t?.cleanup());

  it('answers a warm page of users, groups or roles without a statement', async () => {
    for (const query of [
      '{ listUsers(first: 20) { edges { node { userName arn tags { key } } } pageInfo { hasNextPage } } }',
      '{ listGroups { edges { node { groupName arn } } } }',
      '{ listRoles { edges { node { roleName assumeRolePolicyDocument } } } }',
    ]) {
      const first = ok(await t.gql(query, {}, { token: root }));
      const before = t.store.queryCount();
      expect(ok(await t.gql(query, {}, { token: root }))).toEqual(first);
      expect(t.store.queryCount() - before).toBe(0);
    }
  });

  it('shows a change at once, on the instance that made it and on another sharing the store', async () => {
    const other = await t.variant({});
    const list = async (gateway: Pick<TestGateway, 'gql'>) =>
      names(
        ok(await gateway.gql<{ listUsers: Names }>(LIST_USERS, { n: 20 }, { token: root })).listUsers,
        'userName',
      );
    for (const gateway of [t, other]) expect(await list(gateway)).not.toContain('carol');
    ok(await t.gql('mutation { createUser(input: { userName: "carol" }) { arn } }', {}, { token: root }));
    for (const gateway of [t, other]) expect(await list(gateway)).toContain('carol');
    ok(await other.gql('mutation { deleteUser(userName: "carol") }', {}, { token: root }));
    for (const gateway of [t, other]) expect(await list(gateway)).not.toContain('carol');
  });

  it(`reads pages of more than ${MAX_CACHED_PAGE_ITEMS} users every time`, async () => {
    for (let i = 0; i <= MAX_CACHED_PAGE_ITEMS; i++) {
      await t.store.users.create(t.account.id, { name: `bulk-${String(i).padStart(3, '0')}` });
    }
    const query = { n: MAX_CACHED_PAGE_ITEMS + 1, c: 'bulk-' };
    const page = ok(await t.gql<{ listUsers: Names }>(LIST_USERS, query, { token: root })).listUsers;
    expect(page.edges).toHaveLength(MAX_CACHED_PAGE_ITEMS + 1);
    const before = t.store.queryCount();
    ok(await t.gql(LIST_USERS, query, { token: root }));
    expect(t.store.queryCount() - before).toBe(1);
    // A page within the limit is kept.
    ok(await t.gql(LIST_USERS, { n: 10, c: 'bulk-' }, { token: root }));
    const warm = t.store.queryCount();
    ok(await t.gql(LIST_USERS, { n: 10, c: 'bulk-' }, { token: root }));
    expect(t.store.queryCount() - warm).toBe(0);
  });
});

describe.each(testDrivers())('list pages across accounts on %s', (driver) => {
  let two: TwoAccounts;

  beforeAll(async () => {
    two = await startTwoAccounts(driver);
  });
  afterAll(async () => two?.cleanup());

  it("never answers one account's list with another's page of the same filter", async () => {
    const { t, a, b } = two;
    for (let round = 0; round < 3; round++) {
      const ofB = ok(await t.gql<{ listUsers: Names }>(LIST_USERS, { n: 20 }, { token: b.admin })).listUsers;
      expect(names(ofB, 'userName')).toContain(b.userName);
      const ofA = await t.gql<{ listUsers: Names }>(LIST_USERS, { n: 20 }, { token: a.admin });
      const text = JSON.stringify(ofA);
      expect(text).not.toContain(b.id);
      for (const secret of Object.values(B_SECRETS)) expect(text).not.toContain(secret);
      expect(names(ok(ofA).listUsers, 'arn').every((arn) => arn.includes(`:${a.id}:`))).toBe(true);
    }
  });

  it("reads a page of roles every time when one of them names another account's principal", async () => {
    const { t, a, b } = two;
    ok(await t.gql('mutation { createUser(input: { userName: "partner" }) { arn } }', {}, { token: a.root }));
    await createRole(t, b.root, 'TrustsPartner', trust({ AWS: `arn:iamgate:iam::${a.id}:user/partner` }));
    const query = '{ listRoles { edges { node { roleName assumeRolePolicyDocument } } } }';
    type Roles = { listRoles: Names };
    const documentOf = async () =>
      ok(await t.gql<Roles>(query, {}, { token: b.admin })).listRoles.edges.find(
        (edge) => edge.node.roleName === 'TrustsPartner',
      )?.node.assumeRolePolicyDocument;
    expect(await documentOf()).toContain(`:${a.id}:user/partner"`);
    const before = t.store.queryCount();
    await documentOf();
    expect(t.store.queryCount() - before).toBeGreaterThan(0);
    // Deleting A's user moves A's revision, not B's: B's list shows the unique id at once.
    ok(await t.gql('mutation { deleteUser(userName: "partner") }', {}, { token: a.root }));
    expect(await documentOf()).not.toContain(':user/partner');
  });
});
