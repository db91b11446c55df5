import { rawSql } from '@iamgate/store/testing';
import { Secret, TOTP } from 'otpauth';
import { ok } from './graphql-client.js';
import { allow } from './policies.js';
import { createRole, trust } from './roles.js';
import { ROOT_PASSWORD, type TestGateway, USER_PASSWORD } from './test-gateway.js';

const DAY_MS = 86_400_000;

/**
 * An account seeded for the credential report and the security findings, every timestamp fixed relative to `t0`
 * (the test clock when seeding), so that both can be asserted exactly:
 *
 * - the root user (account created t0-500d) signed in at t0, with access key `rootKey` (created t0-200d, never used),
 *   no MFA;
 * - `alice` (created t0-400d): password set t0-30d, used t0; an MFA device enabled; `aliceOld` (t0-150d, Inactive,
 *   never used) and `aliceNew` (t0-10d, used to sign in at t0);
 * - `bob` (t0-300d): no password, no MFA, `bobKey` (t0-100d, never used), managed policy `AdminAll` (`*` on `*`)
 *   attached directly;
 * - `carol` (t0-200d): password set t0-95d and never used, no MFA, member of `devs`, whose inline policy
 *   `pass-any-role` allows `iam:PassRole` on `*`;
 * - role `Deployer` (trust: the account) with a narrow inline policy; password policy `MaxPasswordAge` 90.
 */
export interface SeededAccount {
  accountId: string;
  t0: Date;
  rootToken: string;
  keys: { rootKey: string; aliceOld: string; aliceNew: string; bobKey: string };
}

const at = (t0: Date, days: number) => new Date(t0.getTime() + days * DAY_MS).toISOString();

/** Seeds `t.account` (see `SeededAccount`); `t`'s clock must not move while seeding. */
export async function seedAccount(t: TestGateway): Promise<SeededAccount> {
  const t0 = t.clock.now();
  const accountId = t.account.id;
  const root = await t.rootToken();
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    ok(await t.gql<T>(query, variables, { token: root }));
  const newKey = async (userName: string | null) =>
    (
      await call<{ createAccessKey: { accessKeyId: string; secretAccessKey: string } }>(
        'mutation($u: String) { createAccessKey(userName: $u) { accessKeyId secretAccessKey } }',
        { u: userName },
      )
    ).createAccessKey;
  for (const userName of ['alice', 'bob', 'carol']) {
    await call('mutation($u: String!) { createUser(input: { userName: $u }) { arn } }', { u: userName });
  }
  for (const userName of ['alice', 'carol']) {
    await call(
      'mutation($u: String!, $p: String!) { createLoginProfile(userName: $u, password: $p) { userName } }',
      {
        u: userName,
        p: USER_PASSWORD,
      },
    );
  }
  const rootKey = await newKey(null);
  const aliceOld = await newKey('alice');
  const aliceNew = await newKey('alice');
  const bobKey = await newKey('bob');
  await call(
    'mutation($k: String!) { updateAccessKey(userName: "alice", accessKeyId: $k, status: Inactive) { status } }',
    {
      k: aliceOld.accessKeyId,
    },
  );
  const admin = await call<{ createPolicy: { arn: string } }>(
    'mutation($d: String!) { createPolicy(input: { policyName: "AdminAll", policyDocument: $d }) { arn } }',
    { d: allow('*') },
  );
  await call('mutation($a: String!) { attachUserPolicy(userName: "bob", policyArn: $a) }', {
    a: admin.createPolicy.arn,
  });
  await call('mutation { createGroup(groupName: "devs") { arn } }');
  await call('mutation { addUserToGroup(groupName: "devs", userName: "carol") }');
  await call(
    'mutation($d: String!) { putGroupPolicy(groupName: "devs", policyName: "pass-any-role", policyDocument: $d) { policyName } }',
    { d: allow('iam:PassRole') },
  );
  await createRole(
    t,
    root,
    'Deployer',
    trust({ AWS: accountId }),
    allow('orders:Get*', `arn:iamgate:orders::${accountId}:order/*`),
  );
  await call('mutation { updateAccountPasswordPolicy(input: { maxPasswordAge: 90 }) { maxPasswordAge } }');

  // What no operation sets: times in the past (the store's own timestamps are the database's `now()`).
  await rawSql(t.store, 'update accounts set created_at = $1 where id = $2', [at(t0, -500), accountId]);
  for (const [name, days] of [
    ['alice', -400],
    ['bob', -300],
    ['carol', -200],
  ] as const) {
    await rawSql(t.store, 'update users set created_at = $1 where account_id = $2 and name = $3', [
      at(t0, days),
      accountId,
      name,
    ]);
  }
  for (const [name, days] of [
    ['alice', -30],
    ['carol', -95],
  ] as const) {
    await rawSql(
      t.store,
      'update login_profiles set password_changed_at = $1 where user_id = (select id from users where account_id = $2 and name = $3)',
      [at(t0, days), accountId, name],
    );
  }
  const keyDays: [string, number][] = [
    [rootKey.accessKeyId, -200],
    [aliceOld.accessKeyId, -150],
    [aliceNew.accessKeyId, -10],
    [bobKey.accessKeyId, -100],
  ];
  for (const [id, days] of keyDays) {
    await rawSql(t.store, 'update access_keys set created_at = $1 where id = $2', [at(t0, days), id]);
  }

  // Real uses, recorded at the gateway clock's t0: alice's password and her new key sign in.
  await t.userToken('alice', USER_PASSWORD);
  ok(
    await t.gql('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { accessKey: { accessKeyId: aliceNew.accessKeyId, secretAccessKey: aliceNew.secretAccessKey } },
    }),
  );
  // An MFA device enabled for alice through the API, after her sign-ins (which it would otherwise hold to a code).
  type Created = {
    createVirtualMFADevice: { base32StringSeed: string; virtualMFADevice: { serialNumber: string } };
  };
  const device = ok(
    await t.gql<Created>(
      'mutation { createVirtualMFADevice(virtualMFADeviceName: "alice-phone") { base32StringSeed virtualMFADevice { serialNumber } } }',
      {},
      { token: root },
    ),
  ).createVirtualMFADevice;
  const secret = Secret.fromBase32(device.base32StringSeed);
  const now = t.clock.now().getTime();
  ok(
    await t.gql(
      'mutation($s: String!, $c1: String!, $c2: String!) { enableMFADevice(userName: "alice", serialNumber: $s, authenticationCode1: $c1, authenticationCode2: $c2) { enableDate } }',
      {
        s: device.virtualMFADevice.serialNumber,
        c1: TOTP.generate({ secret, timestamp: now - 30_000 }),
        c2: TOTP.generate({ secret, timestamp: now }),
      },
      { token: root },
    ),
  );
  return {
    accountId,
    t0,
    rootToken: root,
    keys: {
      rootKey: rootKey.accessKeyId,
      aliceOld: aliceOld.accessKeyId,
      aliceNew: aliceNew.accessKeyId,
      bobKey: bobKey.accessKeyId,
    },
  };
}

/** Creates another account through the API (as the operator account's root) and signs its root in. */
export async function otherAccount(
  t: TestGateway,
  operatorRoot: string,
  email: string,
): Promise<{ accountId: string; rootToken: string }> {
  const { accountId } = ok(
    await t.gql<{ createAccount: { accountId: string } }>(
      'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
      { i: { email, password: ROOT_PASSWORD } },
      { token: operatorRoot },
    ),
  ).createAccount;
  const rootToken = ok(
    await t.gql<{ signIn: { token: string } }>(
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
      { e: email, p: ROOT_PASSWORD },
    ),
  ).signIn.token;
  return { accountId, rootToken };
}
