import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, assumeRole, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * A narrowed session stays narrowed when it assumes a role (issue "Trust first", hole 2). A grant to a role ARN in a
 * trust policy is limited by the session policies and permissions boundary of the calling session; only a grant
 * naming the exact session ARN is not (`IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles`,
 * `IAM/latest/UserGuide/access_policies.html#policies_session`).
 */
describe.each(testDrivers())('session policies cap assumeRole on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let firstRole: string;
  let secondRole: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('sts:AssumeRole'));
    firstRole = await createRole(
      t,
      root,
      'First',
      trust({ AWS: t.account.id }),
      allow(['iam:GetUser', 'sts:AssumeRole']),
    );
    secondRole = await createRole(t, root, 'Second', trust({ AWS: firstRole }), allow('iam:CreateUser'));
  });
  afterAll(async () => t?.cleanup());

  it('lets a session of the trusted role assume the second role when nothing narrows it', async () => {
    const first = await assumedToken(t, alice, { roleArn: firstRole, roleSessionName: 'wide' });
    const second = await assumedToken(t, first, { roleArn: secondRole, roleSessionName: 'chained' });
    ok(
      await t.gql(
        'mutation { createUser(input: { userName: "made-by-chain" }) { arn } }',
        {},
        { token: second },
      ),
    );
  });

  it('refuses the chain when the session policy of the first session does not allow sts:AssumeRole', async () => {
    const narrowed = await assumedToken(t, alice, {
      roleArn: firstRole,
      roleSessionName: 'narrow',
      policy: allow('iam:GetUser'),
    });
    const response = await assumeRole(t, narrowed, { roleArn: secondRole, roleSessionName: 'escape' });
    expect(codeOf(response)).toBe('AccessDenied');
    expect(response.errors?.[0]?.extensions?.failedLayer).toBe('session');
  });

  it('refuses the chain when the boundary of the first role does not allow sts:AssumeRole', async () => {
    const capped = await createRole(
      t,
      root,
      'Capped',
      trust({ AWS: t.account.id }),
      allow(['iam:GetUser', 'sts:AssumeRole']),
    );
    const boundary = ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($d: String!) { createPolicy(input: { policyName: "OnlyGetUser", policyDocument: $d }) { arn } }',
        { d: allow('iam:GetUser') },
        { token: root },
      ),
    ).createPolicy.arn;
    ok(
      await t.gql(
        'mutation($a: String!) { putRolePermissionsBoundary(roleName: "Capped", permissionsBoundary: $a) }',
        { a: boundary },
        { token: root },
      ),
    );
    const trustsCapped = await createRole(
      t,
      root,
      'TrustsCapped',
      trust({ AWS: capped }),
      allow('iam:CreateUser'),
    );
    const session = await assumedToken(t, alice, { roleArn: capped, roleSessionName: 'capped' });
    const response = await assumeRole(t, session, { roleArn: trustsCapped, roleSessionName: 'escape' });
    expect(codeOf(response)).toBe('AccessDenied');
    expect(response.errors?.[0]?.extensions?.failedLayer).toBe('permissionsBoundary');
  });

  it('refuses a session that may only change its password (password reset) any role', async () => {
    ok(await t.gql('mutation { createUser(input: { userName: "bob" }) { arn } }', {}, { token: root }));
    ok(
      await t.gql(
        'mutation($p: String!) { createLoginProfile(userName: "bob", password: $p, passwordResetRequired: true) { userName } }',
        { p: USER_PASSWORD },
        { token: root },
      ),
    );
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "bob", policyName: "p", policyDocument: $d) { policyName } }',
        { d: allow(['sts:AssumeRole', 'iam:ChangePassword']) },
        { token: root },
      ),
    );
    const bobArn = `arn:iamgate:iam::${t.account.id}:user/bob`;
    const trustsBob = await createRole(t, root, 'TrustsBob', trust({ AWS: bobArn }), allow('iam:CreateUser'));
    const resetSession = await t.userToken('bob', USER_PASSWORD);
    const response = await assumeRole(t, resetSession, { roleArn: trustsBob, roleSessionName: 'escape' });
    expect(codeOf(response)).toBe('AccessDenied');
    expect(response.errors?.[0]?.extensions?.failedLayer).toBe('session');
    // Nor does getSessionToken shed the restriction.
    expect(
      codeOf(await t.gql('mutation { getSessionToken { sessionToken } }', {}, { token: resetSession })),
    ).toBe('AccessDenied');
  });
});
