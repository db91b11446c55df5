import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumeRole, createRole, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const REVOKE_ROLE = 'mutation($r: String!) { revokeRoleSessions(roleArn: $r) { revokedSessions } }';
const REVOKE = 'mutation($s: String!) { revokeSession(sessionId: $s) }';

// Revoking a role's active sessions (IAM/latest/UserGuide/id_roles_use_revoke-sessions.html): sessions issued
// before the revocation fail on their next use; sessions issued after it work. iamgate revokes by session row, so
// a revoked token fails at its next request on every instance (the account revision moves and every cache drops
// its entry), not after a policy-propagation delay.
describe.each(testDrivers())('revocation on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let role: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('iam:GetUser'));
    role = await createRole(
      t,
      root,
      'Ops',
      trust({ AWS: `arn:iamgate:iam::${t.account.id}:user/alice` }),
      allow('iam:ListUsers'),
    );
  });
  afterAll(async () => t?.cleanup());

  it('revokes every session of a role issued until now, at its next use, and later sessions work', async () => {
    const tokens = await Promise.all(
      ['one', 'two'].map(async (name) => {
        const r = ok(await assumeRole(t, alice, { roleArn: role, roleSessionName: name }));
        return r.assumeRole.credentials.sessionToken;
      }),
    );
    for (const token of tokens) expect((await whoAmI(t, token)).arn).toContain('assumed-role/Ops/');
    expect(codeOf(await t.gql(REVOKE_ROLE, { r: role }, { token: alice }))).toBe('AccessDenied');
    type Revoked = { revokeRoleSessions: { revokedSessions: number } };
    expect(
      ok(await t.gql<Revoked>(REVOKE_ROLE, { r: role }, { token: root })).revokeRoleSessions.revokedSessions,
    ).toBe(2);
    for (const token of tokens) {
      expect(codeOf(await t.gql('{ getCallerIdentity { arn } }', {}, { token }))).toBe('ExpiredToken');
    }
    t.clock.advance(1);
    const fresh = ok(await assumeRole(t, alice, { roleArn: role, roleSessionName: 'three' }));
    expect((await whoAmI(t, fresh.assumeRole.credentials.sessionToken)).arn).toContain(
      'assumed-role/Ops/three',
    );
  });

  it('revokes one session; a caller may revoke its own, not another principal session without permission', async () => {
    const session = ok(await assumeRole(t, alice, { roleArn: role, roleSessionName: 'single' })).assumeRole
      .credentials;
    const bob = await userWithPolicy(t, root, 'bob', null);
    expect(codeOf(await t.gql(REVOKE, { s: session.sessionId }, { token: bob }))).toBe('AccessDenied');
    expect(ok(await t.gql(REVOKE, { s: session.sessionId }, { token: root }))).toEqual({
      revokeSession: true,
    });
    expect(codeOf(await t.gql('{ getCallerIdentity { arn } }', {}, { token: session.sessionToken }))).toBe(
      'ExpiredToken',
    );
    type Signed = { signIn: { token: string; sessionId: string } };
    const own = ok(
      await t.gql<Signed>(
        'mutation { signIn(input: { user: { account: "' +
          t.account.id +
          '", userName: "bob", password: "User-passw0rd-for-tests" } }) { token sessionId } }',
      ),
    ).signIn;
    expect(ok(await t.gql(REVOKE, { s: own.sessionId }, { token: own.token }))).toEqual({
      revokeSession: true,
    });
    expect(codeOf(await t.gql('{ getCallerIdentity { arn } }', {}, { token: own.token }))).toBe(
      'ExpiredToken',
    );
    expect(bob).toBeTruthy();
  });
});
