import type { TestDriver } from '@iamgate/store/testing';
import { ok } from './graphql-client.js';
import { allow } from './policies.js';
import { assumeRole, createRole, trust } from './roles.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './test-gateway.js';

/**
 * Strings that exist only inside account B: if any of them appears in an answer to account A (without A having
 * sent it), B's data leaked.
 */
export const B_SECRETS = {
  path: '/b-secret-division/',
  tagValue: 'b-secret-tag-value',
  action: 'bsecret:ReadTheVault',
  email: 'root-b-secret@example.com',
} as const;

/** Two accounts on one gateway, each with a root and an administrator, and a populated account B. */
export interface TwoAccounts {
  t: TestGateway;
  a: { id: string; root: string; admin: string };
  b: {
    id: string;
    root: string;
    admin: string;
    /** A user at a secret path, with a secret tag, an inline policy and a live session. */
    userName: string;
    /** The user's ARN with its secret path: only B knows it, so tests never send it as A. */
    userArn: string;
    /** The ARN A could guess: the user's name without its path. */
    userArnGuessed: string;
    userId: string;
    roleArn: string;
    roleId: string;
    policyArn: string;
    policyId: string;
    /** The session id (`sid`) of a live role session of B with a session policy. */
    sessionId: string;
    accessKeyId: string;
    workloadId: string;
  };
  cleanup: () => Promise<void>;
}

/** An administrator policy: everything IAM, STS and iamgate allow, on everything. */
const ADMIN = allow(['iam:*', 'sts:*', 'iamgate:*']);

async function rootToken(t: TestGateway, email: string): Promise<string> {
  return ok(
    await t.gql<{ signIn: { token: string } }>(
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
      { e: email, p: ROOT_PASSWORD },
    ),
  ).signIn.token;
}

/**
 * Starts a gateway with account A (the test gateway's own, the operator account) and account B, which A creates
 * with `createAccount`, each with an administrator user; B gets entities of every kind, made through the API as a
 * tenant would. The fixture for every cross-tenant test.
 */
export async function startTwoAccounts(driver: TestDriver): Promise<TwoAccounts> {
  const t = await startTestGateway(driver);
  const rootA = await t.rootToken();
  // Account B is made as tenants are: by the operator account (A) through the API.
  const accountB = ok(
    await t.gql<{ createAccount: { accountId: string } }>(
      'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
      { i: { email: B_SECRETS.email, password: ROOT_PASSWORD } },
      { token: rootA },
    ),
  ).createAccount;
  const rootB = await rootToken(t, B_SECRETS.email);
  const adminA = await userWithPolicy(t, rootA, 'admin', ADMIN);
  const bUsers = (userName: string, document: string) =>
    userWithPolicy(
      { ...t, userToken: (u, p) => t.userToken(u, p, accountB.accountId) },
      rootB,
      userName,
      document,
    );
  const adminB = await bUsers('admin', ADMIN);
  const created = ok(
    await t.gql<{ createUser: { arn: string; userId: string } }>(
      'mutation($p: String!, $v: String!) { createUser(input: { userName: "vault-keeper", path: $p, tags: [{ key: "clearance", value: $v }] }) { arn userId } }',
      { p: B_SECRETS.path, v: B_SECRETS.tagValue },
      { token: rootB },
    ),
  ).createUser;
  ok(
    await t.gql(
      'mutation($d: String!) { putUserPolicy(userName: "vault-keeper", policyName: "vault", policyDocument: $d) { policyName } }',
      { d: allow(B_SECRETS.action) },
      { token: rootB },
    ),
  );
  const accessKeyId = ok(
    await t.gql<{ createAccessKey: { accessKeyId: string } }>(
      'mutation { createAccessKey(userName: "vault-keeper") { accessKeyId } }',
      {},
      { token: rootB },
    ),
  ).createAccessKey.accessKeyId;
  const policy = ok(
    await t.gql<{ createPolicy: { arn: string; policyId: string } }>(
      'mutation($d: String!) { createPolicy(input: { policyName: "VaultPolicy", policyDocument: $d }) { arn policyId } }',
      { d: allow(B_SECRETS.action) },
      { token: rootB },
    ),
  ).createPolicy;
  const roleArn = await createRole(
    t,
    rootB,
    'VaultRole',
    trust({ AWS: accountB.accountId }),
    allow(B_SECRETS.action),
  );
  const assumed = ok(
    await assumeRole(t, adminB, {
      roleArn,
      roleSessionName: 'vault-session',
      policy: allow(B_SECRETS.action),
    }),
  ).assumeRole;
  const workloadId = ok(
    await t.gql<{ createWorkload: { credential: { workloadId: string } } }>(
      'mutation { createWorkload(input: { workloadName: "vault-worker" }) { credential { workloadId } } }',
      {},
      { token: rootB },
    ),
  ).createWorkload.credential.workloadId;
  return {
    t,
    a: { id: t.account.id, root: rootA, admin: adminA },
    b: {
      id: accountB.accountId,
      root: rootB,
      admin: adminB,
      userName: 'vault-keeper',
      userArn: created.arn,
      userArnGuessed: `arn:iamgate:iam::${accountB.accountId}:user/vault-keeper`,
      userId: created.userId,
      roleArn,
      roleId: assumed.assumedRoleUser.assumedRoleId.split(':')[0] as string,
      policyArn: policy.arn,
      policyId: policy.policyId,
      sessionId: assumed.credentials.sessionId,
      accessKeyId,
      workloadId,
    },
    cleanup: () => t.cleanup(),
  };
}
