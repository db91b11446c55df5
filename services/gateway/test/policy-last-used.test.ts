/**
 * Policies' last use (issue 13, "last-used data everywhere"): which managed policy last allowed a request, when, for
 * whom and for what. AWS keeps last-accessed data per service (`IAM/latest/UserGuide/access_policies_last-accessed.html`);
 * iamgate also keeps it per policy. Gateways record uses in memory and write them in batches.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, USER_PASSWORD } from './support/test-gateway.js';

const LAST_USED =
  'query($a: String!) { getPolicy(policyArn: $a) { lastUsed { lastUsedDate principalArn action } } }';

describe.each(testDrivers())("managed policies' last use on %s", (driver) => {
  let t: TestGateway;
  let root: string;
  let arn: string;

  beforeAll(async () => {
    // A short flush interval: the test waits for the timer rather than reaching into the gateway.
    t = await startTestGateway(driver, {}, { intervals: { usageFlushMs: 25 } });
    root = await t.rootToken();
    arn = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "listers", policyDocument: $d }) { arn } }',
        { d: allow(['iam:ListUsers', 'iam:GetPolicy']) },
        { token: root },
      ),
    ).createPolicy.arn;
    ok(await t.gql('mutation { createUser(input: { userName: "lee" }) { arn } }', {}, { token: root }));
    ok(
      await t.gql(
        'mutation($p: String!) { createLoginProfile(userName: "lee", password: $p) { userName } }',
        { p: USER_PASSWORD },
        { token: root },
      ),
    );
    ok(
      await t.gql(
        'mutation($a: String!) { attachUserPolicy(userName: "lee", policyArn: $a) }',
        { a: arn },
        { token: root },
      ),
    );
  });
  afterAll(async () => t?.cleanup());

  const lastUsed = async () =>
    ok(await t.gql<{ getPolicy: { lastUsed: unknown } }>(LAST_USED, { a: arn }, { token: root })).getPolicy
      .lastUsed;

  it('is null until the policy allows something, then names the request it allowed', async () => {
    expect(await lastUsed()).toBeNull();
    const lee = await t.userToken('lee', USER_PASSWORD);
    // A refused request uses no policy.
    expect(codeOf(await t.gql('{ listGroups { edges { node { groupName } } } }', {}, { token: lee }))).toBe(
      'AccessDenied',
    );
    ok(await t.gql('{ listUsers { edges { node { userName } } } }', {}, { token: lee }));
    await vi.waitFor(async () => expect(await lastUsed()).not.toBeNull(), { timeout: 10_000, interval: 50 });
    expect(await lastUsed()).toEqual({
      lastUsedDate: t.clock.now().toISOString(),
      principalArn: `arn:iamgate:iam::${t.account.id}:user/lee`,
      action: 'iam:ListUsers',
    });
  });

  it("counts apps' decisions too: `authorize` for the principal uses its policies", async () => {
    const lee = await t.userToken('lee', USER_PASSWORD);
    t.clock.advance(30);
    type Decided = { authorize: { allowed: boolean } };
    const decided = ok(
      await t.gql<Decided>(
        '{ authorize(action: "iam:ListUsers", resource: "*") { allowed } }',
        {},
        { token: lee },
      ),
    );
    expect(decided.authorize.allowed).toBe(true);
    await vi.waitFor(
      async () => expect(await lastUsed()).toMatchObject({ lastUsedDate: t.clock.now().toISOString() }),
      { timeout: 10_000, interval: 50 },
    );
  });

  it('moves forward only, and stays with its account', async () => {
    const lee = await t.userToken('lee', USER_PASSWORD);
    t.clock.advance(60);
    ok(await t.gql('query($a: String!) { getPolicy(policyArn: $a) { arn } }', { a: arn }, { token: lee }));
    await vi.waitFor(
      async () =>
        expect(await lastUsed()).toMatchObject({
          action: 'iam:GetPolicy',
          lastUsedDate: t.clock.now().toISOString(),
        }),
      { timeout: 10_000, interval: 50 },
    );
    // An older use arriving late (another instance flushing late) changes nothing.
    await t.store.policies.recordUses([
      {
        policyArn: arn,
        at: new Date(t.clock.now().getTime() - 3_600_000),
        principalArn: 'arn:late',
        action: 'iam:Late',
      },
    ]);
    expect(await lastUsed()).toMatchObject({ action: 'iam:GetPolicy' });
    // A use naming the same path and name in another account touches only that account's policy (none here).
    const other = await t.createAccount('other@example.com');
    await t.store.policies.recordUses([
      {
        policyArn: arn.replace(t.account.id, other.id),
        at: new Date(t.clock.now().getTime() + 1000),
        principalArn: 'arn:x',
        action: 'iam:X',
      },
    ]);
    expect(await lastUsed()).toMatchObject({ action: 'iam:GetPolicy' });
  });
});
