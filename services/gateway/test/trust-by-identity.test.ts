import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumeRole, createRole, trust, userIn, whoAmI } from './support/roles.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/** Creates a user without password or policies (so it can be deleted at once); returns its unique id. */
async function bareUser(t: TestGateway, token: string, name: string): Promise<string> {
  type Created = { createUser: { userId: string } };
  const created = await t.gql<Created>(
    'mutation($u: String!) { createUser(input: { userName: $u }) { userId } }',
    { u: name },
    { token },
  );
  return ok(created).createUser.userId;
}

/** Deletes a user made by `userWithPolicy`/`userIn`: its password and inline policy `p` first, as AWS requires. */
async function deleteUser(t: TestGateway, token: string, name: string, withLogin = true): Promise<void> {
  if (withLogin) {
    ok(await t.gql('mutation($u: String!) { deleteLoginProfile(userName: $u) }', { u: name }, { token }));
    ok(
      await t.gql(
        'mutation($u: String!) { deleteUserPolicy(userName: $u, policyName: "p") }',
        { u: name },
        { token },
      ),
    );
  }
  ok(await t.gql('mutation($u: String!) { deleteUser(userName: $u) }', { u: name }, { token }));
}

/** The `AWS` principals of each statement of a role's trust policy as `getRole` shows it. */
async function shownPrincipals(t: TestGateway, token: string, role: string): Promise<unknown[]> {
  type Got = { getRole: { assumeRolePolicyDocument: string } };
  const got = ok(
    await t.gql<Got>(
      'query($r: String!) { getRole(roleName: $r) { assumeRolePolicyDocument } }',
      { r: role },
      { token },
    ),
  );
  const document = JSON.parse(got.getRole.assumeRolePolicyDocument) as {
    Statement: { Principal: { AWS: unknown } }[];
  };
  return document.Statement.map((s) => s.Principal.AWS);
}

// A trust policy names identities, not names: "When you save the policy, AWS transforms the ARN to a unique
// principal ID ... The policy no longer applies, even if you recreate the user or role because it does not match the
// principal ID stored in the trust policy" (IAM/latest/UserGuide/reference_policies_elements_principal.html).
describe.each(testDrivers())('trust policies bound to identities on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let account: string;
  const arn = (name: string) => `arn:iamgate:iam::${account}:user/${name}`;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    account = t.account.id;
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('refuses a user who renamed herself to a deleted trusted user (reference_policies_elements_principal.html)', async () => {
    const bobId = await bareUser(t, root, 'bob');
    const role = await createRole(t, root, 'BobsRole', trust({ AWS: arn('bob') }), allow('iam:ListUsers'));
    await deleteUser(t, root, 'bob', false);
    // alice may do one thing only: UpdateUser on herself. Renaming needs the permission on the new name too
    // (API_UpdateUser.html), so allowed only on herself she cannot even take the name:
    const alice = await userWithPolicy(t, root, 'alice', allow('iam:UpdateUser', arn('alice')));
    const taken = await t.gql(
      'mutation { updateUser(userName: "alice", newUserName: "bob") { arn } }',
      {},
      { token: alice },
    );
    expect(codeOf(taken)).toBe('AccessDenied');
    expect(taken.errors?.[0]?.extensions?.resource).toBe(arn('bob'));
    // Given the name as well (a careless grant on user/*), she takes it, and the binding still refuses her.
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "alice", policyName: "p", policyDocument: $d) { policyName } }',
        { d: allow('iam:UpdateUser', [arn('alice'), arn('bob')]) },
        { token: root },
      ),
    );
    ok(
      await t.gql(
        'mutation { updateUser(userName: "alice", newUserName: "bob") { arn } }',
        {},
        { token: alice },
      ),
    );
    expect((await whoAmI(t, alice)).arn).toBe(arn('bob'));
    const refused = await assumeRole(t, alice, { roleArn: role, roleSessionName: 'not-bob' });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.failedLayer).toBe('resource');
    // The role shows the deleted user's unique id, not the ARN the new `bob` now has.
    expect(await shownPrincipals(t, root, 'BobsRole')).toEqual([bobId]);
  });

  it('still trusts a trusted user after a rename, and shows the new ARN (reference_policies_elements_principal.html)', async () => {
    const carol = await userWithPolicy(t, root, 'carol', null);
    const role = await createRole(
      t,
      root,
      'CarolsRole',
      trust({ AWS: arn('carol') }),
      allow('iam:ListUsers'),
    );
    ok(
      await t.gql(
        'mutation { updateUser(userName: "carol", newUserName: "caroline") { arn } }',
        {},
        { token: root },
      ),
    );
    expect(await shownPrincipals(t, root, 'CarolsRole')).toEqual([arn('caroline')]);
    const session = ok(await assumeRole(t, carol, { roleArn: role, roleSessionName: 'caroline' }));
    expect(session.assumeRole.assumedRoleUser.arn).toBe(
      `arn:iamgate:sts::${account}:assumed-role/CarolsRole/caroline`,
    );
  });

  // Role ids are matched with the session's `aws:userid` (`<roleId>:<session>`), so a recreated role is a stranger.
  it('refuses the sessions of a recreated role that a trust policy named (reference_policies_elements_principal.html)', async () => {
    const hopper = await userWithPolicy(t, root, 'hopper', null);
    const workerTrust = trust({ AWS: arn('hopper') });
    const worker = await createRole(t, root, 'Worker', workerTrust);
    const target = await createRole(t, root, 'Target', trust({ AWS: worker }), allow('iam:ListRoles'));
    const first = ok(await assumeRole(t, hopper, { roleArn: worker, roleSessionName: 'w1' })).assumeRole;
    const oldRoleId = first.assumedRoleUser.assumedRoleId.split(':')[0];
    expect(
      ok(await assumeRole(t, first.credentials.sessionToken, { roleArn: target, roleSessionName: 't1' })),
    ).toBeTruthy();
    ok(await t.gql('mutation { deleteRole(roleName: "Worker") }', {}, { token: root }));
    await createRole(t, root, 'Worker', workerTrust);
    const second = ok(await assumeRole(t, hopper, { roleArn: worker, roleSessionName: 'w2' })).assumeRole;
    expect(second.assumedRoleUser.arn).toBe(`arn:iamgate:sts::${account}:assumed-role/Worker/w2`);
    const refused = await assumeRole(t, second.credentials.sessionToken, {
      roleArn: target,
      roleSessionName: 't2',
    });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(await shownPrincipals(t, root, 'Target')).toEqual([oldRoleId]);
  });

  // AWS: "Invalid principal in policy" for a user or role that does not exist.
  it('refuses a trust policy naming a user that does not exist, with a finding code', async () => {
    const response = await t.gql(
      'mutation($i: CreateRoleInput!) { createRole(input: $i) { arn } }',
      { i: { roleName: 'Ghostly', assumeRolePolicyDocument: trust({ AWS: arn('ghost') }) } },
      { token: root },
    );
    expect(codeOf(response)).toBe('MalformedPolicyDocument');
    expect(response.errors?.[0]?.extensions?.findings).toEqual([
      expect.objectContaining({ code: 'PRINCIPAL_NOT_FOUND', path: '/Statement/0/Principal/AWS' }),
    ]);
  });

  it('saves back a policy that shows an orphaned id, but refuses a made-up id', async () => {
    const frankId = await bareUser(t, root, 'frank');
    await createRole(t, root, 'FranksRole', trust({ AWS: [arn('frank'), account] }));
    await deleteUser(t, root, 'frank', false);
    type Got = { getRole: { assumeRolePolicyDocument: string } };
    const shown = ok(
      await t.gql<Got>(
        '{ getRole(roleName: "FranksRole") { assumeRolePolicyDocument } }',
        {},
        { token: root },
      ),
    ).getRole.assumeRolePolicyDocument;
    const update =
      'mutation($d: String!) { updateAssumeRolePolicy(roleName: "FranksRole", policyDocument: $d) { arn } }';
    ok(await t.gql(update, { d: shown }, { token: root }));
    expect(await shownPrincipals(t, root, 'FranksRole')).toEqual([[frankId, account]]);
    const madeUp = await t.gql(update, { d: trust({ AWS: 'AIDAMADEUPMADEUPMADEU' }) }, { token: root });
    expect(codeOf(madeUp)).toBe('MalformedPolicyDocument');
    expect(madeUp.errors?.[0]?.extensions?.findings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_PRINCIPAL_ID' }),
    ]);
  });

  // An orphaned id names nobody but never disables its statement (docs/policy-semantics.md "Orphaned ids").
  it('keeps denying a live user named in a Deny next to a deleted one', async () => {
    const dave = await userWithPolicy(t, root, 'dave', null);
    const erin = await userWithPolicy(t, root, 'erin', null);
    await bareUser(t, root, 'gone');
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: [arn('dave'), arn('erin')] }, Action: 'sts:AssumeRole' },
        {
          Sid: 'NoDave',
          Effect: 'Deny',
          Principal: { AWS: [arn('gone'), arn('dave')] },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    const role = await createRole(t, root, 'DenyRole', document, allow('iam:ListUsers'));
    await deleteUser(t, root, 'gone', false);
    const denied = await assumeRole(t, dave, { roleArn: role, roleSessionName: 'dave' });
    expect(codeOf(denied)).toBe('AccessDenied');
    expect(denied.errors?.[0]?.extensions?.decision).toBe('ExplicitDeny');
    expect(denied.errors?.[0]?.extensions?.deniedBy).toEqual([
      { layer: 'resource', policyId: 'role/DenyRole/trust', sid: 'NoDave' },
    ]);
    expect(ok(await assumeRole(t, erin, { roleArn: role, roleSessionName: 'erin' }))).toBeTruthy();
  });

  // Cross-account trust is bound to the other account's entity too (reference_policies_elements_principal.html).
  it('binds a user of another account: its deleted-and-recreated namesake is refused', async () => {
    const other = await t.createAccount('other-trust@example.com');
    const otherRoot = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: other.rootEmail, p: ROOT_PASSWORD },
      ),
    ).signIn.token;
    const zoeArn = `arn:iamgate:iam::${other.id}:user/zoe`;
    const roleArn = `arn:iamgate:iam::${account}:role/PartnerZoe`;
    const zoe = await userIn(t, otherRoot, other.id, 'zoe', allow('sts:AssumeRole', roleArn));
    type Who = { getUser: { userId: string } };
    const zoeId = ok(await t.gql<Who>('{ getUser(userName: "zoe") { userId } }', {}, { token: otherRoot }))
      .getUser.userId;
    await createRole(t, root, 'PartnerZoe', trust({ AWS: zoeArn }), allow('iam:ListUsers'));
    expect(ok(await assumeRole(t, zoe, { roleArn, roleSessionName: 'zoe' }))).toBeTruthy();
    await deleteUser(t, otherRoot, 'zoe');
    const newZoe = await userIn(t, otherRoot, other.id, 'zoe', allow('sts:AssumeRole', roleArn));
    expect((await whoAmI(t, newZoe)).arn).toBe(zoeArn);
    const refused = await assumeRole(t, newZoe, { roleArn, roleSessionName: 'zoe' });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.failedLayer).toBe('resource');
    expect(await shownPrincipals(t, root, 'PartnerZoe')).toEqual([zoeId]);
  });
});
