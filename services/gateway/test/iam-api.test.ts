import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

// The IAM operations beyond the walk-through, each with the AWS behaviour its API reference page describes.
describe.each(testDrivers())('IAM API on %s', (driver) => {
  let t: TestGateway;
  let token: string;
  let policyArn: string;
  const run = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    ok(await t.gql<T>(query, variables, { token }));

  beforeAll(async () => {
    t = await startTestGateway(driver);
    token = await t.rootToken();
    policyArn = `arn:iamgate:iam::${t.account.id}:policy/Versioned`;
  });
  afterAll(async () => t?.cleanup());

  // IAM/latest/APIReference/API_CreatePolicyVersion.html: at most five versions; the default cannot be deleted.
  it('keeps up to five policy versions with one default', async () => {
    await run(
      'mutation($d: String!) { createPolicy(input: { policyName: "Versioned", policyDocument: $d }) { arn } }',
      { d: allow('iam:GetUser') },
    );
    const create =
      'mutation($a: String!, $d: String!, $s: Boolean) { createPolicyVersion(policyArn: $a, policyDocument: $d, setAsDefault: $s) { versionId isDefaultVersion } }';
    for (const n of [2, 3, 4, 5]) {
      const v = await run<{ createPolicyVersion: { versionId: string } }>(create, {
        a: policyArn,
        d: allow(`iam:Get${n}*`),
        s: n === 5,
      });
      expect(v.createPolicyVersion.versionId).toBe(`v${n}`);
    }
    expect(codeOf(await t.gql(create, { a: policyArn, d: allow('iam:List*') }, { token }))).toBe(
      'LimitExceeded',
    );
    const versions = await run<{ listPolicyVersions: { versionId: string; isDefaultVersion: boolean }[] }>(
      'query($a: String!) { listPolicyVersions(policyArn: $a) { versionId isDefaultVersion } }',
      { a: policyArn },
    );
    expect(versions.listPolicyVersions.filter((v) => v.isDefaultVersion).map((v) => v.versionId)).toEqual([
      'v5',
    ]);
    const deleteVersion =
      'mutation($a: String!, $v: String!) { deletePolicyVersion(policyArn: $a, versionId: $v) }';
    expect(codeOf(await t.gql(deleteVersion, { a: policyArn, v: 'v5' }, { token }))).toBe('DeleteConflict');
    await run(deleteVersion, { a: policyArn, v: 'v1' });
    const policy = await run<{ setDefaultPolicyVersion: { defaultVersionId: string } }>(
      'mutation($a: String!) { setDefaultPolicyVersion(policyArn: $a, versionId: "v2") { defaultVersionId } }',
      { a: policyArn },
    );
    expect(policy.setDefaultPolicyVersion.defaultVersionId).toBe('v2');
    const v2 = await run<{ getPolicyVersion: { document: string } }>(
      'query($a: String!) { getPolicyVersion(policyArn: $a, versionId: "v2") { document } }',
      { a: policyArn },
    );
    expect(JSON.parse(v2.getPolicyVersion.document).Statement[0].Action).toBe('iam:Get2*');
  });

  it('attaches, lists the entities of, detaches and deletes a managed policy (API_DeletePolicy.html)', async () => {
    await run(
      'mutation { createUser(input: { userName: "ivan" }) { arn } createGroup(groupName: "ops") { arn } }',
    );
    await run(
      'mutation($a: String!) { attachUserPolicy(userName: "ivan", policyArn: $a) attachGroupPolicy(groupName: "ops", policyArn: $a) }',
      { a: policyArn },
    );
    const entities = await run<{
      listEntitiesForPolicy: { users: { name: string }[]; groups: { name: string }[] };
    }>('query($a: String!) { listEntitiesForPolicy(policyArn: $a) { users { name } groups { name } } }', {
      a: policyArn,
    });
    expect(entities.listEntitiesForPolicy).toEqual({ users: [{ name: 'ivan' }], groups: [{ name: 'ops' }] });
    const remove = 'mutation($a: String!) { deletePolicy(policyArn: $a) }';
    expect(codeOf(await t.gql(remove, { a: policyArn }, { token }))).toBe('DeleteConflict');
    await run(
      'mutation($a: String!) { detachUserPolicy(userName: "ivan", policyArn: $a) detachGroupPolicy(groupName: "ops", policyArn: $a) }',
      { a: policyArn },
    );
    expect(
      codeOf(
        await t.gql(
          'mutation($a: String!) { detachUserPolicy(userName: "ivan", policyArn: $a) }',
          { a: policyArn },
          { token },
        ),
      ),
    ).toBe('NoSuchEntity');
    for (const v of ['v3', 'v4', 'v5']) {
      await run('mutation($a: String!, $v: String!) { deletePolicyVersion(policyArn: $a, versionId: $v) }', {
        a: policyArn,
        v,
      });
    }
    await run(remove, { a: policyArn });
    expect(
      codeOf(
        await t.gql('query($a: String!) { getPolicy(policyArn: $a) { arn } }', { a: policyArn }, { token }),
      ),
    ).toBe('NoSuchEntity');
  });

  it('puts, gets, lists and deletes inline policies of users, groups and roles', async () => {
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'workload.iamgate' }, Action: 'sts:AssumeRole' }],
    });
    await run(
      'mutation($d: String!) { createRole(input: { roleName: "worker", assumeRolePolicyDocument: $d }) { arn } }',
      { d: trust },
    );
    for (const [kind, name] of [
      ['User', 'ivan'],
      ['Group', 'ops'],
      ['Role', 'worker'],
    ] as const) {
      const arg = `${kind.toLowerCase()}Name`;
      await run(
        `mutation($n: String!, $d: String!) { put${kind}Policy(${arg}: $n, policyName: "inline", policyDocument: $d) { policyName } }`,
        { n: name, d: allow('iam:List*') },
      );
      const got = await run<Record<string, { ownerName: string; document: string }>>(
        `query($n: String!) { get${kind}Policy(${arg}: $n, policyName: "inline") { ownerName document } }`,
        { n: name },
      );
      expect(got[`get${kind}Policy`]?.ownerName).toBe(name);
      const names = await run<Record<string, { edges: { node: string }[] }>>(
        `query($n: String!) { list${kind}Policies(${arg}: $n) { edges { node } } }`,
        { n: name },
      );
      expect(names[`list${kind}Policies`]?.edges.map((e) => e.node)).toEqual(['inline']);
      await run(`mutation($n: String!) { delete${kind}Policy(${arg}: $n, policyName: "inline") }`, {
        n: name,
      });
      expect(
        codeOf(
          await t.gql(
            `query($n: String!) { get${kind}Policy(${arg}: $n, policyName: "inline") { ownerName } }`,
            { n: name },
            { token },
          ),
        ),
      ).toBe('NoSuchEntity');
    }
  });

  it('manages group membership (API_AddUserToGroup.html, API_ListGroupsForUser.html)', async () => {
    await run('mutation { addUserToGroup(groupName: "ops", userName: "ivan") }');
    const groups = await run<{ listGroupsForUser: { edges: { node: { groupName: string } }[] } }>(
      '{ listGroupsForUser(userName: "ivan") { edges { node { groupName } } } }',
    );
    expect(groups.listGroupsForUser.edges.map((e) => e.node.groupName)).toEqual(['ops']);
    const group = await run<{ getGroup: { users: { edges: { node: { userName: string } }[] } } }>(
      '{ getGroup(groupName: "ops") { users { edges { node { userName } } } } }',
    );
    expect(group.getGroup.users.edges.map((e) => e.node.userName)).toEqual(['ivan']);
    expect(codeOf(await t.gql('mutation { deleteGroup(groupName: "ops") }', {}, { token }))).toBe(
      'DeleteConflict',
    );
    await run('mutation { removeUserFromGroup(groupName: "ops", userName: "ivan") }');
    await run('mutation { deleteGroup(groupName: "ops") }');
  });

  it('updates roles and validates trust policies (API_UpdateAssumeRolePolicy.html)', async () => {
    const role = await run<{ updateRole: { description: string; maxSessionDuration: number } }>(
      'mutation { updateRole(roleName: "worker", description: "batch jobs", maxSessionDuration: 14400) { description maxSessionDuration } }',
    );
    expect(role.updateRole).toEqual({ description: 'batch jobs', maxSessionDuration: 14400 });
    expect(
      codeOf(
        await t.gql(
          'mutation { updateRole(roleName: "worker", maxSessionDuration: 60) { roleName } }',
          {},
          { token },
        ),
      ),
    ).toBe('InvalidInput');
    const noPrincipal = allow('sts:AssumeRole');
    const bad = await t.gql(
      'mutation($d: String!) { updateAssumeRolePolicy(roleName: "worker", policyDocument: $d) { roleName } }',
      { d: noPrincipal },
      { token },
    );
    expect(codeOf(bad)).toBe('MalformedPolicyDocument');
    const tagged = await run<{ tagRole: { tags: { key: string }[] } }>(
      'mutation { tagRole(roleName: "worker", tags: [{ key: "env", value: "prod" }]) { tags { key } } }',
    );
    expect(tagged.tagRole.tags).toEqual([{ key: 'env' }]);
    await run('mutation { deleteRole(roleName: "worker") }');
    expect(codeOf(await t.gql('{ getRole(roleName: "worker") { arn } }', {}, { token }))).toBe(
      'NoSuchEntity',
    );
  });

  it('renames a user and deletes it once it has nothing left (API_DeleteUser.html)', async () => {
    const renamed = await run<{ updateUser: { arn: string } }>(
      'mutation { updateUser(userName: "ivan", newUserName: "ivana", newPath: "/eng/") { arn } }',
    );
    expect(renamed.updateUser.arn).toBe(`arn:iamgate:iam::${t.account.id}:user/eng/ivana`);
    const key = await run<{ createAccessKey: { accessKeyId: string } }>(
      'mutation { createAccessKey(userName: "ivana") { accessKeyId } }',
    );
    const keys = await run<{ listAccessKeys: { accessKeyId: string; status: string }[] }>(
      '{ listAccessKeys(userName: "ivana") { accessKeyId status } }',
    );
    expect(keys.listAccessKeys).toEqual([{ accessKeyId: key.createAccessKey.accessKeyId, status: 'Active' }]);
    await run('mutation($k: String!) { deleteAccessKey(userName: "ivana", accessKeyId: $k) }', {
      k: key.createAccessKey.accessKeyId,
    });
    await run(
      'mutation { createLoginProfile(userName: "ivana", password: "Ivana-passw0rd-1") { userName } }',
    );
    expect(codeOf(await t.gql('mutation { deleteUser(userName: "ivana") }', {}, { token }))).toBe(
      'DeleteConflict',
    );
    await run('mutation { deleteLoginProfile(userName: "ivana") }');
    expect(codeOf(await t.gql('{ getLoginProfile(userName: "ivana") { userName } }', {}, { token }))).toBe(
      'NoSuchEntity',
    );
    await run('mutation { untagUser(userName: "ivana", tagKeys: ["none"]) { userName } }');
    await run('mutation { deleteUser(userName: "ivana") }');
  });

  it('reports the account summary and alias (API_GetAccountSummary.html, API_ListAccountAliases.html)', async () => {
    await run('mutation { createAccountAlias(accountAlias: "summary-co") }');
    const summary = await run<{
      getAccountSummary: { users: number; quotas: { name: string; limit: number }[] };
      listAccountAliases: string[];
    }>('{ getAccountSummary { users quotas { name limit } } listAccountAliases }');
    expect(summary.listAccountAliases).toEqual(['summary-co']);
    expect(summary.getAccountSummary.quotas).toContainEqual({ name: 'accessKeysPerUser', limit: 2 });
    expect(codeOf(await t.gql('mutation { deleteAccountAlias(accountAlias: "other") }', {}, { token }))).toBe(
      'NoSuchEntity',
    );
    await run('mutation { deleteAccountAlias(accountAlias: "summary-co") }');
  });
});
