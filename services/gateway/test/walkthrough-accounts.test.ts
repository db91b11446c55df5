/**
 * The README's second walk-through ("Many accounts"), end to end through HTTP: the operator makes two accounts, B
 * lets A's `alice` in through a role with an external id, alice reads B's users with the role's credentials, and a
 * guardrail on A then stops her, naming the layer.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const PASSWORD = 'Tenant-passw0rd-1';
const ALICE_PASSWORD = 'Alice-passw0rd-1';

describe.each(testDrivers())('many accounts walk-through on %s', (driver) => {
  let t: TestGateway;
  let operator: string;
  const ids = { a: '', b: '' };
  const roots = { a: '', b: '' };
  let alice = '';
  let roleArn = '';

  const signInRoot = async (email: string) =>
    ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: email, p: PASSWORD },
      ),
    ).signIn.token;
  const assume = () =>
    t.gql<{ assumeRole: { credentials: { sessionToken: string } } }>(
      `mutation($r: String!) { assumeRole(input: { roleArn: $r, roleSessionName: "alice", externalId: "a-to-b" }) { credentials { sessionToken } } }`,
      { r: roleArn },
      { token: alice },
    );

  beforeAll(async () => {
    t = await startTestGateway(driver);
    operator = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('1. the operator makes two accounts, each with its root user', async () => {
    for (const key of ['a', 'b'] as const) {
      ids[key] = ok(
        await t.gql<{ createAccount: { accountId: string } }>(
          'mutation($e: String!, $p: String!) { createAccount(input: { email: $e, password: $p }) { accountId } }',
          { e: `team-${key}@example.com`, p: PASSWORD },
          { token: operator },
        ),
      ).createAccount.accountId;
      roots[key] = await signInRoot(`team-${key}@example.com`);
    }
  });

  it('2. B trusts A through a role with an external id; A lets alice assume it', async () => {
    const trustA = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:iamgate:iam::${ids.a}:root` },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'a-to-b' } },
        },
      ],
    });
    roleArn = ok(
      await t.gql<{ createRole: { arn: string } }>(
        'mutation($t: String!) { createRole(input: { roleName: "Auditor", assumeRolePolicyDocument: $t }) { arn } }',
        { t: trustA },
        { token: roots.b },
      ),
    ).createRole.arn;
    ok(
      await t.gql(
        'mutation($d: String!) { putRolePolicy(roleName: "Auditor", policyName: "read", policyDocument: $d) { policyName } }',
        {
          d: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
          }),
        },
        { token: roots.b },
      ),
    );
    const canAssume = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn }],
    });
    ok(
      await t.gql(
        `mutation($p: String!, $d: String!) {
          createUser(input: { userName: "alice" }) { arn }
          createLoginProfile(userName: "alice", password: $p) { userName }
          putUserPolicy(userName: "alice", policyName: "assume-auditor", policyDocument: $d) { policyName }
        }`,
        { p: ALICE_PASSWORD, d: canAssume },
        { token: roots.a },
      ),
    );
    alice = await t.userToken('alice', ALICE_PASSWORD, ids.a);
  });

  it("3. alice assumes B's role and reads B's users with its credentials", async () => {
    const session = ok(await assume()).assumeRole.credentials.sessionToken;
    ok(await t.gql('mutation { createUser(input: { userName: "bob" }) { arn } }', {}, { token: roots.b }));
    const users = ok(
      await t.gql<{ listUsers: { edges: { node: { arn: string } }[] } }>(
        '{ listUsers { edges { node { arn } } } }',
        {},
        { token: session },
      ),
    ).listUsers.edges.map((e) => e.node.arn);
    expect(users).toEqual([`arn:iamgate:iam::${ids.b}:user/bob`]);
  });

  it("4. a guardrail on A's account stops her, naming the layer", async () => {
    ok(await t.gql('mutation { createOrganization { id } }', {}, { token: operator }));
    const handshake = ok(
      await t.gql<{ inviteAccountToOrganization: { id: string } }>(
        'mutation($a: String!) { inviteAccountToOrganization(accountId: $a) { id } }',
        { a: ids.a },
        { token: operator },
      ),
    ).inviteAccountToOrganization.id;
    ok(
      await t.gql(
        'mutation($h: String!) { acceptHandshake(handshakeId: $h) { state } }',
        { h: handshake },
        { token: roots.a },
      ),
    );
    const policyId = ok(
      await t.gql<{ createGuardrailPolicy: { id: string } }>(
        'mutation($c: String!) { createGuardrailPolicy(name: "NoRoleHopping", content: $c) { id } }',
        {
          c: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }],
          }),
        },
        { token: operator },
      ),
    ).createGuardrailPolicy.id;
    ok(
      await t.gql(
        'mutation($p: String!, $t: String!) { attachGuardrailPolicy(policyId: $p, targetId: $t) }',
        { p: policyId, t: ids.a },
        { token: operator },
      ),
    );
    const refused = await assume();
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.decision).toBe('ExplicitDeny');
    expect(JSON.stringify(refused.errors?.[0]?.extensions?.deniedBy)).toContain('guardrail');
  });
});
