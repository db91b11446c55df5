/**
 * The operations issue 11 measures, and the account they run in: an IAM user `app` whose inline policy allows the
 * reads and `orders:Get*` (minus `secret-*`), a role `Worker` whose trust policy names `app`, a workload holding
 * the role `OrdersService`, 16 users who sign in with their passwords (one per connection: a principal's concurrent
 * sign-ins are limited), and enough users for a full `listUsers(first: 20)` page. Set up through `gateway.fetch`.
 */
import type { Gateway } from '../src/gateway.js';

/** The names of the measured operations, in table order. */
export const OPERATION_NAMES = [
  'anonymous { __typename }',
  'user { __typename }',
  'authorize',
  'getUser',
  'listUsers(first: 20)',
  'getRole',
  'authorizeBatch (100)',
  'POST /authorize (100)',
  'assumeRole',
  'getSessionToken',
  'assumeWorkloadRole',
  'signIn (password)',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/**
 * One measured operation: its GraphQL text, variables per connection (round-robin), and token; or, with `path`, a
 * plain JSON endpoint of the gateway whose bodies are the `variables`.
 */
export interface HotOperation {
  name: OperationName;
  query: string;
  variables: object[];
  token: string | undefined;
  path?: string;
}

/** The HTTP request bodies of an operation, one per entry of `variables`. */
export function bodiesOf(op: HotOperation): string[] {
  return op.variables.map((variables) =>
    JSON.stringify(op.path === undefined ? { query: op.query, variables } : variables),
  );
}

/** How many users sign in (the highest concurrency measured). */
export const SIGN_IN_USERS = 16;
const PASSWORD = 'Bench-passw0rd-1';

/** One GraphQL call through `gateway.fetch`; any error aborts the benchmark. */
async function call<T>(gateway: Gateway, query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';

/** Creates the account's principals (the account's root password is `rootPassword`) and returns the operations. */
export async function prepareHotOperations(
  gateway: Gateway,
  account: { id: string; rootEmail: string },
  rootPassword: string,
): Promise<HotOperation[]> {
  const signIn = async (input: object) =>
    (await call<{ signIn: { token: string } }>(gateway, SIGN_IN, { i: input })).signIn.token;
  const root = await signIn({ root: { email: account.rootEmail, password: rootPassword } });
  const asRoot = <T>(query: string, variables: object = {}) => call<T>(gateway, query, variables, root);
  const createUser = async (userName: string, policy?: object) => {
    await asRoot('mutation($u: String!) { createUser(input: { userName: $u }) { arn } }', { u: userName });
    await asRoot(
      'mutation($u: String!, $p: String!) { createLoginProfile(userName: $u, password: $p) { userName } }',
      { u: userName, p: PASSWORD },
    );
    if (policy === undefined) return;
    await asRoot(
      'mutation($u: String!, $d: String!) { putUserPolicy(userName: $u, policyName: "bench", policyDocument: $d) { policyName } }',
      { u: userName, d: JSON.stringify(policy) },
    );
  };
  const orders = `arn:iamgate:orders::${account.id}:order`;
  await createUser('app', {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:GetRole', 'iam:ListUsers'], Resource: '*' },
      { Sid: 'Orders', Effect: 'Allow', Action: 'orders:Get*', Resource: `${orders}/*` },
      { Sid: 'NoSecrets', Effect: 'Deny', Action: 'orders:*', Resource: `${orders}/secret-*` },
    ],
  });
  for (let i = 0; i < SIGN_IN_USERS; i++) await createUser(`signin-${i}`);
  for (let i = 0; i < 4; i++)
    await asRoot('mutation($u: String!) { createUser(input: { userName: $u }) { arn } }', {
      u: `member-${i}`,
    });
  const createRole = async (roleName: string, trust: object) =>
    (
      await asRoot<{ createRole: { arn: string } }>(
        'mutation($n: String!, $t: String!) { createRole(input: { roleName: $n, assumeRolePolicyDocument: $t }) { arn } }',
        { n: roleName, t: JSON.stringify({ Version: '2012-10-17', Statement: [trust] }) },
      )
    ).createRole.arn;
  const worker = await createRole('Worker', {
    Effect: 'Allow',
    Principal: { AWS: `arn:iamgate:iam::${account.id}:user/app` },
    Action: 'sts:AssumeRole',
  });
  type Created = {
    createWorkload: { workload: { arn: string }; credential: { workloadId: string; secret: string } };
  };
  const { workload, credential } = (
    await asRoot<Created>(
      'mutation { createWorkload(input: { workloadName: "orders-service" }) { workload { arn } credential { workloadId secret } } }',
    )
  ).createWorkload;
  const service = await createRole('OrdersService', {
    Effect: 'Allow',
    Principal: { Service: 'workload.iamgate' },
    Action: 'sts:AssumeRole',
    Condition: { ArnEquals: { 'aws:SourceArn': workload.arn } },
  });
  await asRoot(
    'mutation($r: String!) { attachRoleToWorkload(workloadName: "orders-service", roleArn: $r) { roleArn } }',
    { r: service },
  );
  const app = await signIn({ user: { account: account.id, userName: 'app', password: PASSWORD } });
  const batch = Array.from({ length: 100 }, (_, i) => ({
    action: 'orders:GetOrder',
    resource: `${orders}/${i % 10 === 0 ? 'secret-' : ''}${i}`,
  }));
  // `null`: no token (an explicit `undefined` would take the default).
  const one = (name: OperationName, query: string, variables: object = {}, token: string | null = app) => ({
    name,
    query,
    variables: [variables],
    token: token ?? undefined,
  });
  return [
    one('anonymous { __typename }', '{ __typename }', {}, null),
    one('user { __typename }', '{ __typename }'),
    one(
      'authorize',
      'query($r: String!) { authorize(action: "orders:GetOrder", resource: $r) { decision } }',
      {
        r: `${orders}/42`,
      },
    ),
    one('getUser', '{ getUser(userName: "app") { userName arn createDate } }'),
    one('listUsers(first: 20)', '{ listUsers(first: 20) { edges { node { userName arn } } } }'),
    one('getRole', '{ getRole(roleName: "Worker") { roleName arn assumeRolePolicyDocument } }'),
    one(
      'authorizeBatch (100)',
      'query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { decision } }',
      { r: batch },
    ),
    { ...one('POST /authorize (100)', '', { requests: batch }), path: '/authorize' },
    one(
      'assumeRole',
      'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "bench" }) { credentials { sessionToken } } }',
      { a: worker },
    ),
    one('getSessionToken', 'mutation { getSessionToken { sessionToken } }'),
    one(
      'assumeWorkloadRole',
      'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } } }',
      { id: credential.workloadId, s: credential.secret },
      null,
    ),
    {
      name: 'signIn (password)',
      query: SIGN_IN,
      variables: Array.from({ length: SIGN_IN_USERS }, (_, i) => ({
        i: { user: { account: account.id, userName: `signin-${i}`, password: PASSWORD } },
      })),
      token: undefined,
    },
  ];
}
