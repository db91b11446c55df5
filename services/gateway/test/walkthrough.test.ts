import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

// The walk-through of the README, end to end through HTTP: root signs in, creates an administrator with a policy,
// the administrator builds groups, policies and roles, and a user with a narrow policy is denied outside it.
describe.each(testDrivers())('walk-through on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('lets root create an administrator, who signs in', async () => {
    // A new user may do nothing until a policy allows it (IAM/latest/UserGuide/id_users.html).
    admin = await userWithPolicy(t, root, 'admin', null);
    const before = await t.gql('{ listUsers { edges { node { userName } } } }', {}, { token: admin });
    expect(codeOf(before)).toBe('AccessDenied');
    ok(
      await t.gql(
        `mutation($d: String!) { putUserPolicy(userName: "admin", policyName: "AdministratorAccess", policyDocument: $d) { policyName } }`,
        { d: allow('iam:*') },
        { token: root },
      ),
    );
    admin = await t.userToken('admin', USER_PASSWORD);
    const users = ok(
      await t.gql<{ listUsers: { edges: { node: { userName: string } }[] } }>(
        '{ listUsers { edges { node { userName } } } }',
        {},
        { token: admin },
      ),
    );
    expect(users.listUsers.edges.map((e) => e.node.userName)).toEqual(['admin']);
  });

  it('lets the administrator build groups, managed policies and roles', async () => {
    const policy = ok(
      await t.gql<{ createPolicy: { arn: string; defaultVersionId: string } }>(
        `mutation($d: String!) { createPolicy(input: { policyName: "ReadUsers", path: "/app/", policyDocument: $d }) { arn defaultVersionId } }`,
        { d: allow(['iam:GetUser', 'iam:ListUsers']) },
        { token: admin },
      ),
    ).createPolicy;
    expect(policy.arn).toBe(`arn:iamgate:iam::${t.account.id}:policy/app/ReadUsers`);
    expect(policy.defaultVersionId).toBe('v1');

    ok(await t.gql('mutation { createGroup(groupName: "readers") { arn } }', {}, { token: admin }));
    ok(
      await t.gql(
        'mutation($a: String!) { attachGroupPolicy(groupName: "readers", policyArn: $a) }',
        { a: policy.arn },
        { token: admin },
      ),
    );
    const role = ok(
      await t.gql<{ createRole: { arn: string; maxSessionDuration: number } }>(
        `mutation($d: String!) { createRole(input: { roleName: "deployer", assumeRolePolicyDocument: $d, maxSessionDuration: 7200 }) { arn maxSessionDuration } }`,
        {
          d: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: t.account.id }, Action: 'sts:AssumeRole' }],
          }),
        },
        { token: admin },
      ),
    ).createRole;
    expect(role).toEqual({ arn: `arn:iamgate:iam::${t.account.id}:role/deployer`, maxSessionDuration: 7200 });
    ok(
      await t.gql(
        'mutation($a: String!) { attachRolePolicy(roleName: "deployer", policyArn: $a) }',
        { a: policy.arn },
        { token: admin },
      ),
    );
    const attached = ok(
      await t.gql<{ listAttachedRolePolicies: { edges: { node: { policyArn: string } }[] } }>(
        '{ listAttachedRolePolicies(roleName: "deployer") { edges { node { policyArn } } } }',
        {},
        { token: admin },
      ),
    );
    expect(attached.listAttachedRolePolicies.edges.map((e) => e.node.policyArn)).toEqual([policy.arn]);
  });

  it('gives a group member the group policy, and denies it everything else', async () => {
    await userWithPolicy(t, admin, 'reader', null);
    ok(
      await t.gql(
        'mutation { addUserToGroup(groupName: "readers", userName: "reader") }',
        {},
        { token: admin },
      ),
    );
    const reader = await t.userToken('reader', USER_PASSWORD);

    const allowed = await t.gql<{ getUser: { userName: string } }>(
      '{ getUser(userName: "admin") { userName } }',
      {},
      { token: reader },
    );
    expect(ok(allowed).getUser.userName).toBe('admin');

    const denied = await t.gql(
      'mutation { createUser(input: { userName: "mallory" }) { arn } }',
      {},
      { token: reader },
    );
    expect(denied.status).toBe(403);
    expect(codeOf(denied)).toBe('AccessDenied');
    const extensions = denied.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({
      principal: `arn:iamgate:iam::${t.account.id}:user/reader`,
      action: 'iam:CreateUser',
      resource: `arn:iamgate:iam::${t.account.id}:user/mallory`,
      decision: 'ImplicitDeny',
      failedLayer: 'identity',
    });
    expect(denied.errors?.[0]?.message).toContain(
      'no identity-based policy allows the `iam:CreateUser` action',
    );
    const after = ok(
      await t.gql<{ listUsers: { edges: unknown[] } }>(
        '{ listUsers { edges { cursor } } }',
        {},
        { token: admin },
      ),
    );
    expect(after.listUsers.edges).toHaveLength(2);
  });

  it('paginates lists with cursors and filters them by path prefix and name', async () => {
    for (const name of ['ana', 'bea', 'cid']) {
      ok(
        await t.gql(
          'mutation($n: String!) { createUser(input: { userName: $n, path: "/team/" }) { arn } }',
          { n: name },
          {
            token: admin,
          },
        ),
      );
    }
    type Page = {
      listUsers: {
        edges: { node: { userName: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const query =
      'query($after: String) { listUsers(pathPrefix: "/team/", first: 2, after: $after) { edges { node { userName } } pageInfo { hasNextPage endCursor } } }';
    const first = ok(await t.gql<Page>(query, {}, { token: admin })).listUsers;
    expect(first.edges.map((e) => e.node.userName)).toEqual(['ana', 'bea']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await t.gql<Page>(query, { after: first.pageInfo.endCursor }, { token: admin }),
    ).listUsers;
    expect(second.edges.map((e) => e.node.userName)).toEqual(['cid']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const named = ok(
      await t.gql<Page>(
        '{ listUsers(nameContains: "E") { edges { node { userName } } pageInfo { hasNextPage endCursor } } }',
        {},
        {
          token: admin,
        },
      ),
    ).listUsers;
    expect(named.edges.map((e) => e.node.userName)).toEqual(['bea', 'reader']);
  });
});
