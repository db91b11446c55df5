import { testDrivers } from '@iamgate/store/testing';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import {
  ROOT_PASSWORD,
  startTestGateway,
  type TestGateway,
  USER_PASSWORD,
  userWithPolicy,
} from './support/test-gateway.js';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt principalArn accountId sessionId passwordResetRequired } }';

interface SignInData {
  signIn: {
    token: string;
    expiresAt: string;
    principalArn: string;
    accountId: string;
    sessionId: string;
    passwordResetRequired: boolean;
  };
}

describe.each(testDrivers())('sign-in on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, {
      IAMGATE_SIGNIN_MAX_FAILURES: '3',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '12',
    });
    root = await t.rootToken();
    await userWithPolicy(t, root, 'alice', allow('iam:*'));
  });
  afterAll(async () => t?.cleanup());

  it('issues a session JWT with the registered claims, verifiable with the published JWKS', async () => {
    const data = ok(
      await t.gql<SignInData>(SIGN_IN, {
        input: { user: { account: t.account.id, userName: 'alice', password: USER_PASSWORD } },
      }),
    );
    const { token, principalArn, sessionId } = data.signIn;
    expect(principalArn).toBe(`arn:iamgate:iam::${t.account.id}:user/alice`);
    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(typeof header.kid).toBe('string');
    const jwks = await (await t.gateway.fetch(new Request('http://localhost/.well-known/jwks.json'))).json();
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: 'http://localhost:4000',
      audience: 'iamgate',
      currentDate: t.clock.now(),
    });
    const user = await t.store.users.get(t.account.id, 'alice');
    expect(payload).toMatchObject({
      sub: user.id,
      sid: sessionId,
      arn: principalArn,
      acct: t.account.id,
      ptyp: 'user',
      name: 'alice',
    });
    expect(payload.exp).toBe((payload.iat as number) + 3600);
    expect(payload.nbf).toBe(payload.iat);
    expect(typeof payload.jti).toBe('string');
    expect(new Date(data.signIn.expiresAt).getTime()).toBe((payload.exp as number) * 1000);
  });

  it('signs in with the account alias instead of the id', async () => {
    ok(await t.gql('mutation { createAccountAlias(accountAlias: "acme-corp") }', {}, { token: root }));
    const data = ok(
      await t.gql<SignInData>(SIGN_IN, {
        input: { user: { account: 'acme-corp', userName: 'alice', password: USER_PASSWORD } },
      }),
    );
    expect(data.signIn.accountId).toBe(t.account.id);
  });

  it('answers every failure the same way, whether or not the principal exists', async () => {
    const attempts = [
      { root: { email: t.account.rootEmail, password: 'wrong-password-1A' } },
      { root: { email: 'nobody@example.com', password: 'wrong-password-1A' } },
      { user: { account: t.account.id, userName: 'alice', password: 'wrong-password-1A' } },
      { user: { account: t.account.id, userName: 'ghost', password: 'wrong-password-1A' } },
      { user: { account: '000000000000', userName: 'alice', password: 'wrong-password-1A' } },
      { accessKey: { accessKeyId: 'AKIANOTAREALKEY00000', secretAccessKey: 'nope' } },
    ];
    const answers = [];
    for (const input of attempts) {
      const response = await t.gql(SIGN_IN, { input });
      answers.push({
        status: response.status,
        code: codeOf(response),
        message: response.errors?.[0]?.message,
      });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({
      status: 401,
      code: 'InvalidClientTokenId',
      message: 'the sign-in credentials are not valid',
    });
  });

  it('audits failed sign-ins in the named account, hiding names that match nobody', async () => {
    const page = ok(
      await t.gql<{
        auditEvents: {
          edges: { node: { principalArn: string | null; errorCode: string; details: string } }[];
        };
      }>(
        '{ auditEvents(filter: { action: "iamgate:SignIn", decision: Deny }) { edges { node { principalArn errorCode details } } } }',
        {},
        { token: root },
      ),
    ).auditEvents.edges.map((e) => ({ ...e.node, details: JSON.parse(e.node.details) }));
    // Newest first: ghost (hidden, CloudTrail-style), alice, root.
    expect(page.map((e) => [e.principalArn, e.details.name])).toEqual([
      [null, 'HIDDEN_DUE_TO_SECURITY_REASONS'],
      [`arn:iamgate:iam::${t.account.id}:user/alice`, 'alice'],
      [`arn:iamgate:iam::${t.account.id}:root`, t.account.rootEmail],
    ]);
    expect(page.every((e) => e.errorCode === 'InvalidClientTokenId')).toBe(true);
  });

  it('slows failures down and locks the principal out, existing or not, until the window passes', async () => {
    for (const userName of ['bob-locked', 'ghost-locked']) {
      if (userName === 'bob-locked') await userWithPolicy(t, root, userName, null);
      const input = (password: string) => ({ user: { account: t.account.id, userName, password } });
      t.sleeps.length = 0;
      for (let i = 0; i < 3; i++)
        expect(codeOf(await t.gql(SIGN_IN, { input: input('bad-Passw0rd') }))).toBe('InvalidClientTokenId');
      expect(t.sleeps).toEqual([250, 500, 1000]);
      const locked = await t.gql(SIGN_IN, { input: input(USER_PASSWORD) });
      expect(locked.status).toBe(429);
      expect(codeOf(locked)).toBe('Throttling');
      expect(locked.headers.get('retry-after')).toBe('900');
    }
    t.clock.advance(901);
    const again = await t.gql<SignInData>(SIGN_IN, {
      input: { user: { account: t.account.id, userName: 'bob-locked', password: USER_PASSWORD } },
    });
    expect(ok(again).signIn.principalArn).toContain(':user/bob-locked');
  });

  it('locks a source address out after failures across principals (behind a trusted proxy)', async () => {
    const proxied = await t.variant({ IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3', IAMGATE_TRUST_PROXY: '2' });
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } });
    for (const userName of ['u1', 'u2', 'u3']) {
      const input = { user: { account: t.account.id, userName, password: 'bad-Passw0rd' } };
      expect(codeOf(await proxied.gql(SIGN_IN, { input }, from('203.0.113.7')))).toBe('InvalidClientTokenId');
    }
    const rootInput = { input: { root: { email: t.account.rootEmail, password: ROOT_PASSWORD } } };
    expect(codeOf(await proxied.gql(SIGN_IN, rootInput, from('203.0.113.7')))).toBe('Throttling');
    ok(await proxied.gql(SIGN_IN, rootInput, from('198.51.100.1')));
  });

  it('signs in with an active access key, records its use, and refuses it once inactive', async () => {
    type Key = { createAccessKey: { accessKeyId: string; secretAccessKey: string } };
    const key = ok(
      await t.gql<Key>(
        'mutation { createAccessKey(userName: "alice") { accessKeyId secretAccessKey } }',
        {},
        { token: root },
      ),
    ).createAccessKey;
    const input = { accessKey: key };
    const session = ok(await t.gql<SignInData>(SIGN_IN, { input })).signIn;
    expect(session.principalArn).toBe(`arn:iamgate:iam::${t.account.id}:user/alice`);
    const lastUsed = ok(
      await t.gql<{ getAccessKeyLastUsed: { action: string; serviceName: string; lastUsedDate: string } }>(
        'query($k: String!) { getAccessKeyLastUsed(accessKeyId: $k) { action serviceName lastUsedDate } }',
        { k: key.accessKeyId },
        { token: session.token },
      ),
    ).getAccessKeyLastUsed;
    expect(lastUsed).toMatchObject({ action: 'iamgate:SignIn', serviceName: 'iamgate' });
    const wrong = await t.gql(SIGN_IN, {
      input: { accessKey: { ...key, secretAccessKey: `${key.secretAccessKey}x` } },
    });
    expect(codeOf(wrong)).toBe('InvalidClientTokenId');
    ok(
      await t.gql(
        'mutation($k: String!) { updateAccessKey(userName: "alice", accessKeyId: $k, status: Inactive) { status } }',
        { k: key.accessKeyId },
        { token: root },
      ),
    );
    expect(codeOf(await t.gql(SIGN_IN, { input }))).toBe('InvalidClientTokenId');
  });

  // IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html: a user whose password must be reset
  // can only change it; AllowUsersToChangePassword (on in the default policy) lets it do so without a policy.
  it('confines a session whose password must be reset to changing it', async () => {
    await userWithPolicy(t, root, 'carol', allow('iam:*'));
    ok(
      await t.gql(
        'mutation { updateLoginProfile(userName: "carol", passwordResetRequired: true) { userName } }',
        {},
        { token: root },
      ),
    );
    const first = ok(
      await t.gql<SignInData>(SIGN_IN, {
        input: { user: { account: t.account.id, userName: 'carol', password: USER_PASSWORD } },
      }),
    ).signIn;
    expect(first.passwordResetRequired).toBe(true);
    const denied = await t.gql('{ listUsers { edges { cursor } } }', {}, { token: first.token });
    expect(codeOf(denied)).toBe('AccessDenied');
    expect(denied.errors?.[0]?.extensions?.failedLayer).toBe('session');
    const change = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    expect(
      codeOf(await t.gql(change, { o: 'not-the-Passw0rd', n: 'New-passw0rd-carol' }, { token: first.token })),
    ).toBe('InvalidInput');
    ok(await t.gql(change, { o: USER_PASSWORD, n: 'New-passw0rd-carol' }, { token: first.token }));
    const second = ok(
      await t.gql<SignInData>(SIGN_IN, {
        input: { user: { account: t.account.id, userName: 'carol', password: 'New-passw0rd-carol' } },
      }),
    ).signIn;
    expect(second.passwordResetRequired).toBe(false);
    ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token: second.token }));
  });

  it('lets a user without any policy change its own password only while the password policy allows it', async () => {
    const dave = await userWithPolicy(t, root, 'dave', null);
    const change = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    ok(await t.gql(change, { o: USER_PASSWORD, n: 'Dave-passw0rd-2' }, { token: dave }));
    ok(
      await t.gql(
        'mutation { updateAccountPasswordPolicy(input: { minimumPasswordLength: 10 }) { allowUsersToChangePassword } }',
        {},
        { token: root },
      ),
    );
    const refused = await t.gql(change, { o: 'Dave-passw0rd-2', n: 'Dave-passw0rd-3' }, { token: dave });
    expect(codeOf(refused)).toBe('AccessDenied');
    ok(await t.gql('mutation { deleteAccountPasswordPolicy }', {}, { token: root }));
  });
});
