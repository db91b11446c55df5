import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPoliciesOf } from '../src/cache/request-policies.js';
import { ok } from './support/graphql-client.js';
import { allow, deny } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

type Authz = { authorize: { allowed: boolean; revision: number } };
const CHECK = 'query { authorize(action: "orders:GetOrder", resource: "*") { allowed revision } }';

// Decisions are made from policies cached per principal and dropped when the account revision moves.
describe.each(testDrivers())('the policy cache on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('orders:GetOrder'));
  });
  afterAll(async () => t?.cleanup());

  it('answers a repeated decision from memory, and reads the policies again after a change', async () => {
    const first = ok(await t.gql<Authz>(CHECK, {}, { token: alice })).authorize;
    expect(first.allowed).toBe(true);
    const cache = t.gateway.services.policies;
    const before = cache.stats();
    expect(ok(await t.gql<Authz>(CHECK, {}, { token: alice })).authorize.allowed).toBe(true);
    expect(cache.stats().misses - before.misses).toBe(0);
    expect(cache.stats().hits - before.hits).toBe(1);
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "alice", policyName: "deny", policyDocument: $d) { policyName } }',
        { d: deny('orders:GetOrder') },
        { token: root },
      ),
    );
    const missesBefore = cache.stats().misses;
    const after = ok(await t.gql<Authz>(CHECK, {}, { token: alice })).authorize;
    expect(cache.stats().misses - missesBefore).toBe(1);
    expect(after.allowed).toBe(false);
    expect(after.revision).toBeGreaterThan(first.revision);
  });

  it('hands the engine the same frozen policy lists for every request of a principal until its account moves', async () => {
    const user = await t.store.users.get(t.account.id, 'alice');
    const ref = { kind: 'user', accountId: t.account.id, userId: user.id } as const;
    const cache = t.gateway.services.policies;
    const first = requestPoliciesOf(await cache.get(ref));
    // The same object: the engine finds its compiled, action-indexed policy set by the lists' identity.
    expect(requestPoliciesOf(await cache.get(ref))).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.identity)).toBe(true);
    ok(
      await t.gql(
        'mutation { tagUser(userName: "alice", tags: [{ key: "k", value: "v" }]) { userName } }',
        {},
        { token: root },
      ),
    );
    expect(requestPoliciesOf(await cache.get(ref))).not.toBe(first);
  });

  it('keeps instances sharing a store consistent: a change through one is seen by the other', async () => {
    const other = await t.variant({});
    const check = 'query { authorize(action: "orders:ListOrders", resource: "*") { allowed } }';
    type Allowed = { authorize: { allowed: boolean } };
    expect(ok(await other.gql<Allowed>(check, {}, { token: alice })).authorize.allowed).toBe(false);
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "alice", policyName: "list", policyDocument: $d) { policyName } }',
        { d: allow('orders:ListOrders') },
        { token: root },
      ),
    );
    expect(ok(await other.gql<Allowed>(check, {}, { token: alice })).authorize.allowed).toBe(true);
  });
});
