/**
 * The root user changes its own password (issue 12; a root user task in AWS, `id_root-user.html#root-user-tasks`)
 * with `changePassword`: the current password is checked and counted like a root sign-in, the new one must satisfy
 * the default password policy, and the old one stops working.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from './support/test-gateway.js';

const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }';
const NEW_PASSWORD = 'Brand-new-root-passw0rd';

describe.each(testDrivers())('the root password on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_SIGNIN_MAX_FAILURES: '3' });
  });
  afterAll(async () => t?.cleanup());

  it('changes with the current password, refusing a wrong one and a weak new one', async () => {
    const root = await t.rootToken();
    expect(codeOf(await t.gql(CHANGE, { o: 'not-it', n: NEW_PASSWORD }, { token: root }))).toBe(
      'InvalidInput',
    );
    expect(codeOf(await t.gql(CHANGE, { o: ROOT_PASSWORD, n: 'weak' }, { token: root }))).toBe(
      'PasswordPolicyViolation',
    );
    expect(ok(await t.gql(CHANGE, { o: ROOT_PASSWORD, n: NEW_PASSWORD }, { token: root }))).toEqual({
      changePassword: true,
    });
    const email = t.account.rootEmail;
    expect(codeOf(await t.gql(SIGN_IN, { e: email, p: ROOT_PASSWORD }))).toBe('InvalidClientTokenId');
    ok(await t.gql(SIGN_IN, { e: email, p: NEW_PASSWORD }));
  });

  it("counts wrong current passwords on root's sign-in lockout", async () => {
    const root = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN, { e: t.account.rootEmail, p: NEW_PASSWORD }),
    ).signIn.token;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(codeOf(await t.gql(CHANGE, { o: `wrong-${i}`, n: 'Another-passw0rd-9' }, { token: root })));
    expect(codes).toEqual(['InvalidInput', 'InvalidInput', 'InvalidInput', 'Throttling']);
    // The lockout is the sign-in's: root cannot sign in either until it ends.
    expect(codeOf(await t.gql(SIGN_IN, { e: t.account.rootEmail, p: NEW_PASSWORD }))).toBe('Throttling');
  });
});
