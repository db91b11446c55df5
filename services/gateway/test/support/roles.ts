import { type GqlResponse, ok } from './graphql-client.js';
import type { TestGateway } from './test-gateway.js';

/** A trust policy (JSON text) allowing `principal` to perform `actions` (default `sts:AssumeRole`). */
export function trust(
  principal: object | string,
  extra: object = {},
  actions: string | string[] = 'sts:AssumeRole',
): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: actions, ...extra }],
  });
}

/** Creates a role with a trust policy and (optionally) an inline permission policy; returns its ARN. */
export async function createRole(
  t: Pick<TestGateway, 'gql'>,
  token: string,
  name: string,
  trustPolicy: string,
  permissions: string | null = null,
  more: Record<string, unknown> = {},
): Promise<string> {
  const arn = ok(
    await t.gql<{ createRole: { arn: string } }>(
      'mutation($i: CreateRoleInput!) { createRole(input: $i) { arn } }',
      { i: { roleName: name, assumeRolePolicyDocument: trustPolicy, ...more } },
      { token },
    ),
  ).createRole.arn;
  if (permissions !== null) {
    ok(
      await t.gql(
        'mutation($r: String!, $d: String!) { putRolePolicy(roleName: $r, policyName: "p", policyDocument: $d) { policyName } }',
        { r: name, d: permissions },
        { token },
      ),
    );
  }
  return arn;
}

/** What `assumeRole` returns in tests. */
export interface Assumed {
  assumeRole: {
    credentials: { sessionId: string; sessionToken: string; expiration: string };
    assumedRoleUser: { arn: string; assumedRoleId: string };
    sourceIdentity: string | null;
  };
}

const ASSUME =
  'mutation($i: AssumeRoleInput!) { assumeRole(input: $i) { credentials { sessionId sessionToken expiration } ' +
  'assumedRoleUser { arn assumedRoleId } sourceIdentity } }';

/** Calls `assumeRole` as `token`. */
export function assumeRole(
  t: Pick<TestGateway, 'gql'>,
  token: string,
  input: Record<string, unknown>,
): Promise<GqlResponse<Assumed>> {
  return t.gql<Assumed>(ASSUME, { i: input }, { token });
}

/** Calls `assumeRole` as `token` and returns the session token. */
export async function assumedToken(
  t: Pick<TestGateway, 'gql'>,
  token: string,
  input: Record<string, unknown>,
): Promise<string> {
  return ok(await assumeRole(t, token, input)).assumeRole.credentials.sessionToken;
}

/** `getCallerIdentity` of a token. */
export async function whoAmI(
  t: Pick<TestGateway, 'gql'>,
  token: string,
): Promise<{ arn: string; userId: string; account: string }> {
  type Who = { getCallerIdentity: { arn: string; userId: string; account: string } };
  return ok(await t.gql<Who>('{ getCallerIdentity { arn userId account } }', {}, { token }))
    .getCallerIdentity;
}

/** Whole seconds from the test clock's now until an ISO expiration (JWT times are whole seconds). */
export function secondsUntil(expiration: string, now: Date): number {
  return Math.ceil((Date.parse(expiration) - now.getTime()) / 1000);
}

/** Creates a user with a password and an inline policy in the account `token` belongs to, and signs it in there. */
export async function userIn(
  t: Pick<TestGateway, 'gql' | 'userToken'>,
  token: string,
  accountId: string,
  userName: string,
  document: string | null,
): Promise<string> {
  const password = 'User-passw0rd-for-tests';
  ok(
    await t.gql(
      'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
      { u: userName },
      { token },
    ),
  );
  ok(
    await t.gql(
      'mutation($u: String!, $p: String!) { createLoginProfile(userName: $u, password: $p) { userName } }',
      { u: userName, p: password },
      { token },
    ),
  );
  if (document !== null) {
    ok(
      await t.gql(
        'mutation($u: String!, $d: String!) { putUserPolicy(userName: $u, policyName: "p", policyDocument: $d) { policyName } }',
        { u: userName, d: document },
        { token },
      ),
    );
  }
  return t.userToken(userName, password, accountId);
}
