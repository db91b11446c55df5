/**
 * Closing an account (issue 12): only its root user may, with the account id typed again; from the commit on, none
 * of its principals authenticates or signs in, on every instance sharing the store, whatever credential it holds
 * (root and user sign-in tokens, role sessions, access keys); its id, root e-mail and alias stay taken; other
 * accounts are untouched.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust, userIn } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const HOUR_MS = 3_600_000;
const PASSWORD = 'Closing-passw0rd-1';
const CLOSE = 'mutation($a: String!) { closeAccount(input: { accountId: $a }) }';
const SIGN_IN_ROOT =
  'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }';
const SIGN_IN_KEY =
  'mutation($k: String!, $s: String!) { signIn(input: { accessKey: { accessKeyId: $k, secretAccessKey: $s } }) { token } }';

describe.each(testDrivers())('closing an account on %s', (driver) => {
  let t: TestGateway;
  let other: Pick<TestGateway, 'gateway' | 'gql'>;
  let operatorRoot: string;
  let accountId: string;
  let root: string;
  let admin: string;
  let session: string;
  let key: { accessKeyId: string; secretAccessKey: string };

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } });
    other = await t.variant({});
    operatorRoot = await t.rootToken();
    accountId = ok(
      await t.gql<{ createAccount: { accountId: string } }>(
        'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
        { i: { email: 'closing@example.com', password: PASSWORD, accountAlias: 'closing' } },
        { token: operatorRoot },
      ),
    ).createAccount.accountId;
    root = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN_ROOT, { e: 'closing@example.com', p: PASSWORD }),
    ).signIn.token;
    admin = await userIn(t, root, accountId, 'admin', allow('*'));
    const roleArn = await createRole(
      t,
      root,
      'Worker',
      trust({ AWS: `arn:iamgate:iam::${accountId}:user/admin` }),
    );
    session = await assumedToken(t, admin, { roleArn, roleSessionName: 'before-closing' });
    key = ok(
      await t.gql<{ createAccessKey: { accessKeyId: string; secretAccessKey: string } }>(
        'mutation { createAccessKey(userName: "admin") { accessKeyId secretAccessKey } }',
        {},
        { token: root },
      ),
    ).createAccessKey;
  });
  afterAll(async () => t?.cleanup());

  const whoAmI = (gateway: Pick<TestGateway, 'gql'>, token: string) =>
    gateway.gql('{ getCallerIdentity { arn } }', {}, { token });

  it('refuses anyone but the root user, and a confirmation that is not the account id, changing nothing', async () => {
    // An administrator allowed everything still may not close the account: a root user task.
    const byAdmin = await t.gql(CLOSE, { a: accountId }, { token: admin });
    expect(codeOf(byAdmin)).toBe('AccessDenied');
    const bySession = await t.gql(CLOSE, { a: accountId }, { token: session });
    expect(codeOf(bySession)).toBe('AccessDenied');
    // Another account's root cannot close this one, nor confirm with this one's id.
    expect(codeOf(await t.gql(CLOSE, { a: accountId }, { token: operatorRoot }))).toBe('ValidationError');
    expect(codeOf(await t.gql(CLOSE, { a: t.account.id }, { token: root }))).toBe('ValidationError');
    for (const token of [root, admin, session]) ok(await whoAmI(t, token));
  });

  it('stops every principal of the account at once on every instance, and leaves other accounts alone', async () => {
    for (const gateway of [t, other])
      for (const token of [root, admin, session]) ok(await whoAmI(gateway, token));
    expect(ok(await t.gql(CLOSE, { a: accountId }, { token: root })).closeAccount).toBe(true);
    for (const gateway of [t, other]) {
      for (const token of [root, admin, session]) {
        const refused = await whoAmI(gateway, token);
        expect(refused.status).toBe(401);
        expect(['InvalidClientTokenId', 'ExpiredToken']).toContain(codeOf(refused));
      }
    }
    // No new credentials either: root and user passwords, access keys.
    expect(codeOf(await t.gql(SIGN_IN_ROOT, { e: 'closing@example.com', p: PASSWORD }))).toBe(
      'InvalidClientTokenId',
    );
    for (const account of [accountId, 'closing']) {
      const user = await t.gql(
        'mutation($a: String!) { signIn(input: { user: { account: $a, userName: "admin", password: "User-passw0rd-for-tests" } }) { token } }',
        { a: account },
      );
      expect(codeOf(user)).toBe('InvalidClientTokenId');
    }
    expect(codeOf(await t.gql(SIGN_IN_KEY, { k: key.accessKeyId, s: key.secretAccessKey }))).toBe(
      'InvalidClientTokenId',
    );
    // The operator account works as before.
    ok(await whoAmI(t, operatorRoot));
    ok(await t.gql('{ listUsers { edges { node { arn } } } }', {}, { token: operatorRoot }));
  });

  it('keeps the id, root e-mail and alias of the closed account from anyone else', async () => {
    const again = await t.gql(
      'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
      { i: { email: 'CLOSING@example.com', password: PASSWORD } },
      { token: operatorRoot },
    );
    expect(codeOf(again)).toBe('EntityAlreadyExists');
    const alias = await t.gql(
      'mutation { createAccountAlias(accountAlias: "closing") }',
      {},
      { token: operatorRoot },
    );
    expect(codeOf(alias)).toBe('EntityAlreadyExists');
    const closed = await t.store.accounts.get(accountId);
    expect(closed.closedAt).toBeInstanceOf(Date);
  });
});

describe.each(testDrivers())('the grace period of a closed account on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    // A one-day grace period, and the sweeper every 50 ms: the test clock decides when the period is over.
    t = await startTestGateway(
      driver,
      { IAMGATE_CLOSED_ACCOUNT_RETENTION_DAYS: '1' },
      { intervals: { accountPurgeMs: 50 } },
    );
  });
  afterAll(async () => t?.cleanup());

  it("deletes the account's data once the period is over, and keeps its id and e-mail taken", async () => {
    const operator = await t.rootToken();
    const made = ok(
      await t.gql<{ createAccount: { accountId: string } }>(
        'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
        { i: { email: 'leaving@example.com', password: PASSWORD } },
        { token: operator },
      ),
    ).createAccount.accountId;
    const root = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN_ROOT, { e: 'leaving@example.com', p: PASSWORD }),
    ).signIn.token;
    ok(
      await t.gql(
        'mutation { createUser(input: { userName: "kept-a-while" }) { arn } }',
        {},
        { token: root },
      ),
    );
    ok(await t.gql(CLOSE, { a: made }, { token: root }));
    // Within the period, the data is still there (for the operator to recover from the database if need be).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await t.store.users.find(made, 'kept-a-while'))?.name).toBe('kept-a-while');
    t.clock.advance(86_400 + 60);
    await vi.waitFor(async () => expect(await t.store.users.find(made, 'kept-a-while')).toBeUndefined(), {
      timeout: 10_000,
      interval: 50,
    });
    const again = await t.gql(
      'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
      { i: { email: 'leaving@example.com', password: PASSWORD } },
      { token: await t.rootToken() },
    );
    expect(codeOf(again)).toBe('EntityAlreadyExists');
    expect((await t.store.accounts.get(made)).closedAt).toBeInstanceOf(Date);
  });
});
