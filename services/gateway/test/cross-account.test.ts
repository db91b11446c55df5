import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

// IAM entities have no resource-based policies, so no principal reaches another account's entities
// (IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html): not even that account's root or
// an administrator allowed `iam:*` on `*`.
describe.each(testDrivers())('account isolation on %s', (driver) => {
  let t: TestGateway;
  let rootA: string;
  let rootB: string;
  let policyA: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    rootA = await t.rootToken();
    await userWithPolicy(t, rootA, 'alice', allow('iam:*'));
    policyA = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "Secret", policyDocument: $d }) { arn } }',
        { d: allow('iam:GetUser') },
        { token: rootA },
      ),
    ).createPolicy.arn;
    const b = await t.createAccount('root-b@example.com');
    rootB = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: b.rootEmail, p: ROOT_PASSWORD },
      ),
    ).signIn.token;
  });
  afterAll(async () => t?.cleanup());

  it('lists only the caller account entities', async () => {
    type Users = { listUsers: { edges: unknown[] } };
    expect(
      ok(await t.gql<Users>('{ listUsers { edges { cursor } } }', {}, { token: rootB })).listUsers.edges,
    ).toEqual([]);
    expect(
      ok(await t.gql<Users>('{ listUsers { edges { cursor } } }', {}, { token: rootA })).listUsers.edges,
    ).toHaveLength(1);
    type Policies = { listPolicies: { edges: unknown[] } };
    expect(
      ok(await t.gql<Policies>('{ listPolicies { edges { cursor } } }', {}, { token: rootB })).listPolicies
        .edges,
    ).toEqual([]);
  });

  it('resolves names in the caller account only', async () => {
    expect(codeOf(await t.gql('{ getUser(userName: "alice") { arn } }', {}, { token: rootB }))).toBe(
      'NoSuchEntity',
    );
  });

  it('denies another account root on an entity named by ARN, without revealing whether it exists', async () => {
    const existing = await t.gql(
      'query($a: String!) { getPolicy(policyArn: $a) { arn } }',
      { a: policyA },
      { token: rootB },
    );
    const missing = await t.gql(
      'query($a: String!) { getPolicy(policyArn: $a) { arn } }',
      { a: `${policyA}Nope` },
      { token: rootB },
    );
    expect(codeOf(existing)).toBe('AccessDenied');
    expect(codeOf(missing)).toBe('AccessDenied');
    expect(existing.errors?.[0]?.extensions?.failedLayer).toBe('resource');
  });

  it('denies a same-account administrator allowed iam:* on * the entities of another account', async () => {
    const b = await t.store.accounts.findByRootEmail('root-b@example.com');
    ok(
      await t.gql(
        'mutation($d: String!) { createPolicy(input: { policyName: "BPolicy", policyDocument: $d }) { arn } }',
        { d: allow('iam:GetUser') },
        { token: rootB },
      ),
    );
    const alice = await t.userToken('alice', 'User-passw0rd-for-tests');
    const response = await t.gql(
      'query($a: String!) { getPolicy(policyArn: $a) { arn } }',
      { a: `arn:iamgate:iam::${b?.id}:policy/BPolicy` },
      { token: alice },
    );
    expect(codeOf(response)).toBe('AccessDenied');
  });

  it('keeps each account audit log to itself', async () => {
    type Events = { auditEvents: { edges: { node: { accountId: string } }[] } };
    const events = ok(
      await t.gql<Events>(
        '{ auditEvents(first: 100) { edges { node { accountId } } } }',
        {},
        { token: rootB },
      ),
    );
    const accounts = new Set(events.auditEvents.edges.map((e) => e.node.accountId));
    expect(accounts.has(t.account.id)).toBe(false);
    expect(accounts.size).toBe(1);
  });
});
