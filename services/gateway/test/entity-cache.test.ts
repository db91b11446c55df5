import type { Store } from '@iamgate/store';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountRevisions } from '../src/cache/account-revisions.js';
import { EntityCache } from '../src/cache/entity-cache.js';
import { Targets } from '../src/context/targets.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';
import { B_SECRETS, startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

const HOUR_MS = 3_600_000;

/** Revisions over a store stub whose accounts are all at `revision` (changed by the test with `see`). */
function revisionsAt(revision: number): AccountRevisions {
  const store = {
    onChange: () => () => {},
    revisions: { get: async () => revision, getMany: async () => new Map() },
  } as unknown as Pick<Store, 'onChange' | 'revisions'>;
  return new AccountRevisions(store, 0);
}

describe('the entity cache', () => {
  it('keeps an entity while its account revision and age allow, per account, and bounded', async () => {
    const revisions = revisionsAt(7);
    let now = 0;
    const cache = new EntityCache(revisions, { maxEntries: 2, maxAgeMs: 1000, clock: () => now });
    let loads = 0;
    const load = (value: object | undefined) => async () => {
      loads += 1;
      return value;
    };
    const alice = { name: 'alice', tags: [{ key: 'k', value: 'v' }] };
    expect(await cache.read('111111111111', 'user', 'alice', load(alice))).toBe(alice);
    expect(await cache.read('111111111111', 'user', 'alice', load({ name: 'other' }))).toBe(alice);
    expect(loads).toBe(1);
    // Frozen: no request can change what the next one reads.
    expect(Object.isFrozen(alice) && Object.isFrozen(alice.tags) && Object.isFrozen(alice.tags[0])).toBe(
      true,
    );
    // The same name in another account is another entry, never this one.
    expect(await cache.read('222222222222', 'user', 'alice', load(undefined))).toBeUndefined();
    expect(loads).toBe(2);
    // A newer revision of the account makes its entries stale.
    revisions.see('111111111111', 8);
    const renamed = { name: 'alice', tags: [] };
    expect(await cache.read('111111111111', 'user', 'alice', load(renamed))).toBe(renamed);
    // Past the age limit an entry is read again even though the revision did not move.
    now += 1000;
    const later = { name: 'alice', tags: [] };
    expect(await cache.read('111111111111', 'user', 'alice', load(later))).toBe(later);
    expect(loads).toBe(4);
    // Bounded: a third entry drops the least recently used one (account 222's).
    await cache.read('111111111111', 'group', 'g', load({ name: 'g' }));
    expect(cache.stats().entries).toBe(2);
    await cache.read('222222222222', 'user', 'alice', load(undefined));
    expect(loads).toBe(6);
  });

  it('never tags an entry newer than the revision known before its read', async () => {
    const revisions = revisionsAt(3);
    const cache = new EntityCache(revisions, { maxEntries: 10, maxAgeMs: HOUR_MS });
    await revisions.current('111111111111');
    // A change commits while the read is in flight: what was read may predate it, so it must not be kept as current.
    const read = await cache.read('111111111111', 'role', 'r', async () => {
      revisions.see('111111111111', 4);
      return { name: 'before-the-change' };
    });
    expect(read).toEqual({ name: 'before-the-change' });
    const again = await cache.read('111111111111', 'role', 'r', async () => ({ name: 'after' }));
    expect(again).toEqual({ name: 'after' });
  });

  it('does not keep what `cacheable` refuses', async () => {
    const cache = new EntityCache(revisionsAt(1), { maxEntries: 10, maxAgeMs: HOUR_MS });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return { name: 'r' };
    };
    await cache.read('111111111111', 'role', 'r', load, () => false);
    await cache.read('111111111111', 'role', 'r', load, () => false);
    expect(loads).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });
});

describe.each(testDrivers())('entity reads on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let app: string;
  let policyArn: string;

  beforeAll(async () => {
    // Background refreshes an hour apart: every change below is seen through the store's change events only.
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } });
    root = await t.rootToken();
    app = await userWithPolicy(
      t,
      root,
      'app',
      allow(['iam:GetUser', 'iam:GetRole', 'iam:GetGroup', 'iam:GetPolicy']),
    );
    await createRole(t, root, 'Worker', trust({ AWS: `arn:iamgate:iam::${t.account.id}:user/app` }));
    ok(await t.gql('mutation { createGroup(groupName: "team") { arn } }', {}, { token: root }));
    policyArn = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "Managed", policyDocument: $d }) { arn } }',
        { d: allow('orders:GetOrder') },
        { token: root },
      ),
    ).createPolicy.arn;
  });
  afterAll(async () => t?.cleanup());

  it('answers a warm getUser, getRole, getGroup and getPolicy without a statement', async () => {
    for (const [query, variables] of [
      ['{ getUser(userName: "app") { userName arn tags { key value } } }', {}],
      ['{ getRole(roleName: "worker") { roleName arn assumeRolePolicyDocument } }', {}],
      ['{ getGroup(groupName: "TEAM") { groupName arn } }', {}],
      ['query($p: String!) { getPolicy(policyArn: $p) { policyName attachmentCount } }', { p: policyArn }],
    ] as const) {
      const first = ok(await t.gql(query, variables, { token: app }));
      const before = t.store.queryCount();
      expect(ok(await t.gql(query, variables, { token: app }))).toEqual(first);
      expect(t.store.queryCount() - before).toBe(0);
    }
  });

  it('serves a change at once on the instance that made it, and to another instance sharing the store', async () => {
    const other = await t.variant({});
    const query = '{ getUser(userName: "app") { tags { key value } } }';
    type Tags = { getUser: { tags: { key: string; value: string }[] } };
    for (let round = 0; round < 5; round++) {
      const value = `v${round}`;
      ok(
        await t.gql(
          'mutation($v: String!) { tagUser(userName: "app", tags: [{ key: "round", value: $v }]) { userName } }',
          { v: value },
          { token: root },
        ),
      );
      for (const gateway of [t, other]) {
        expect(ok(await gateway.gql<Tags>(query, {}, { token: app })).getUser.tags).toEqual([
          { key: 'round', value },
        ]);
      }
    }
  });

  it("reads inside a mutation's transaction, sees its uncommitted writes, and keeps nothing read there", async () => {
    const cache = t.gateway.services.entities;
    const caches = { entities: cache, pages: t.gateway.services.pages };
    const accountId = t.account.id;
    const uncommitted = { key: 'draft', value: 'never-committed' };
    const warm = await new Targets(t.store, accountId, undefined, caches).findUser('app');
    expect(warm?.tags).not.toContainEqual(uncommitted);
    const stats = cache.stats();
    const rollback = new Error('rollback');
    await expect(
      t.store.transaction(async (tx) => {
        await tx.users.tag(accountId, 'app', [uncommitted]);
        const inside = new Targets(t.store, accountId, undefined, caches).using(tx);
        expect((await inside.findUser('app'))?.tags).toContainEqual(uncommitted);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // The transaction neither read nor wrote the shared cache.
    expect(cache.stats()).toEqual(stats);
    const after = await new Targets(t.store, accountId, undefined, caches).findUser('app');
    expect(after?.tags).not.toContainEqual(uncommitted);
    expect(after).toBe(warm);
  });
});

describe.each(testDrivers())('entity reads across accounts on %s', (driver) => {
  let two: TwoAccounts;

  beforeAll(async () => {
    two = await startTwoAccounts(driver);
  });
  afterAll(async () => two?.cleanup());

  const noSecretOfB = (response: unknown) => {
    const text = JSON.stringify(response);
    for (const secret of Object.values(B_SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain(two.b.id);
  };

  it("never answers one account's read with another's entity of the same name or ARN", async () => {
    const { t, a, b } = two;
    type User = { getUser: { arn: string } };
    const getUser = (name: string, token: string) =>
      t.gql<User>(
        'query($u: String!) { getUser(userName: $u) { arn path tags { value } } }',
        { u: name },
        { token },
      );
    // Both accounts have an `admin`: each sees its own, whichever was read (and cached) first.
    for (let round = 0; round < 3; round++) {
      expect(ok(await getUser('admin', b.admin)).getUser.arn).toBe(`arn:iamgate:iam::${b.id}:user/admin`);
      expect(ok(await getUser('ADMIN', a.admin)).getUser.arn).toBe(`arn:iamgate:iam::${a.id}:user/admin`);
    }
    // B's entities, warm in the cache, are not A's to read.
    ok(await getUser(b.userName, b.admin));
    const missingUser = await getUser(b.userName, a.admin);
    expect(codeOf(missingUser)).toBe('NoSuchEntity');
    noSecretOfB(missingUser);
    ok(await t.gql('{ getRole(roleName: "VaultRole") { arn } }', {}, { token: b.admin }));
    const missingRole = await t.gql('{ getRole(roleName: "VaultRole") { arn } }', {}, { token: a.admin });
    expect(codeOf(missingRole)).toBe('NoSuchEntity');
    noSecretOfB(missingRole);
    const getPolicy = 'query($p: String!) { getPolicy(policyArn: $p) { arn policyName } }';
    ok(await t.gql(getPolicy, { p: b.policyArn }, { token: b.admin }));
    const refused = await t.gql(getPolicy, { p: b.policyArn }, { token: a.admin });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.data?.getPolicy ?? null).toBeNull();
    // A creates its own `vault-keeper`: A's revision moves and A reads its own, B still its own.
    ok(
      await t.gql(
        'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
        { u: b.userName },
        { token: a.admin },
      ),
    );
    expect(ok(await getUser(b.userName, a.admin)).getUser.arn).toBe(
      `arn:iamgate:iam::${a.id}:user/${b.userName}`,
    );
    expect(ok(await getUser(b.userName, b.admin)).getUser.arn).toBe(b.userArn);
  });

  it("reads a role whose trust policy names another account's user every time, so that its deletion there shows", async () => {
    const { t, a, b } = two;
    ok(await t.gql('mutation { createUser(input: { userName: "trusted" }) { arn } }', {}, { token: a.root }));
    await createRole(t, b.root, 'TrustsA', trust({ AWS: `arn:iamgate:iam::${a.id}:user/trusted` }));
    type Role = { getRole: { assumeRolePolicyDocument: string } };
    const getRole = () =>
      t.gql<Role>('{ getRole(roleName: "TrustsA") { assumeRolePolicyDocument } }', {}, { token: b.admin });
    expect(ok(await getRole()).getRole.assumeRolePolicyDocument).toContain(`:${a.id}:user/trusted"`);
    const before = t.store.queryCount();
    ok(await getRole());
    expect(t.store.queryCount() - before).toBe(1);
    // Deleting A's user moves A's revision, not B's; B's role must show the deleted user's unique id at once.
    ok(await t.gql('mutation { deleteUser(userName: "trusted") }', {}, { token: a.root }));
    const shown = ok(await getRole()).getRole.assumeRolePolicyDocument;
    expect(shown).not.toContain(':user/trusted');
    expect(shown).toMatch(/"AIDA[A-Z0-9]+"/);
  });
});
