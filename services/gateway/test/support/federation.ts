/** Shared operations and helpers of the federation tests (`federation-*.test.ts`). */
import { type GqlResponse, ok } from './graphql-client.js';
import { trust } from './roles.js';
import type { TestGateway } from './test-gateway.js';

export const PROVIDER_FIELDS = 'arn url issuer clientIdList thumbprintList tags { key value } createDate';
export const CREATE = `mutation($i: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $i) { ${PROVIDER_FIELDS} } }`;
export const GET = `query($a: String!) { getOpenIDConnectProvider(openIDConnectProviderArn: $a) { ${PROVIDER_FIELDS} } }`;
export const LIST = '{ listOpenIDConnectProviders { arn } }';
export const DELETE = 'mutation($a: String!) { deleteOpenIDConnectProvider(openIDConnectProviderArn: $a) }';
export const ADD_CLIENT =
  'mutation($a: String!, $c: String!) { addClientIDToOpenIDConnectProvider(openIDConnectProviderArn: $a, clientId: $c) { clientIdList } }';
export const REMOVE_CLIENT =
  'mutation($a: String!, $c: String!) { removeClientIDFromOpenIDConnectProvider(openIDConnectProviderArn: $a, clientId: $c) { clientIdList } }';
export const THUMBPRINTS =
  'mutation($a: String!, $t: [String!]!) { updateOpenIDConnectProviderThumbprint(openIDConnectProviderArn: $a, thumbprintList: $t) { thumbprintList } }';
export const TAG =
  'mutation($a: String!) { tagOpenIDConnectProvider(openIDConnectProviderArn: $a, tags: [{ key: "team", value: "ci" }]) { tags { key value } } }';
export const ASSUME =
  'mutation($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { credentials { sessionId sessionToken expiration } ' +
  'assumedRoleUser { arn assumedRoleId } subjectFromWebIdentityToken provider audience sourceIdentity packedPolicySize } }';

export const AUDIT_EVENTS =
  'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 50) { edges { node { requestId errorCode details } } } }';

export interface Provider {
  arn: string;
  url: string;
  issuer: string;
  clientIdList: string[];
  thumbprintList: string[];
  tags: { key: string; value: string }[];
}
export interface Assumed {
  assumeRoleWithWebIdentity: {
    credentials: { sessionId: string; sessionToken: string; expiration: string };
    assumedRoleUser: { arn: string; assumedRoleId: string };
    subjectFromWebIdentityToken: string;
    provider: string;
    audience: string;
    sourceIdentity: string | null;
    packedPolicySize: number;
  };
}

export const GATEWAY_ENV = {
  IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true',
  IAMGATE_OIDC_FETCH_TIMEOUT_MS: '500',
};

/** A trust policy letting `providerArn` assume the role with conditions on its token's claims. */
export function webIdentityTrust(
  providerArn: string,
  condition: object,
  actions: string | string[] = 'sts:AssumeRoleWithWebIdentity',
) {
  return trust({ Federated: providerArn }, { Condition: condition }, actions);
}

export async function createProvider(
  t: Pick<TestGateway, 'gql'>,
  token: string,
  input: Record<string, unknown>,
): Promise<Provider> {
  return ok(await t.gql<{ createOpenIDConnectProvider: Provider }>(CREATE, { i: input }, { token }))
    .createOpenIDConnectProvider;
}

export function assume(
  t: Pick<TestGateway, 'gql'>,
  input: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GqlResponse<Assumed>> {
  return t.gql<Assumed>(ASSUME, { i: { roleSessionName: 'ci-run', ...input } }, headers ? { headers } : {});
}

/** A moment for work the gateway does in the background (a key set fetched after its request arrived). */
export function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds `fn` took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** The refused `assumeRoleWithWebIdentity` of request `requestId`, as the role account (`token`) reads its audit log. */
export async function deniedWebIdentityEvent(
  t: TestGateway,
  token: string,
  requestId: string,
): Promise<{ errorCode: string; details: Record<string, unknown> }> {
  const events = ok(
    await t.gql<{
      auditEvents: { edges: { node: { requestId: string; errorCode: string; details: string } }[] };
    }>(AUDIT_EVENTS, { f: { action: 'sts:AssumeRoleWithWebIdentity', decision: 'Deny' } }, { token }),
  ).auditEvents.edges.map((edge) => edge.node);
  const event = events.find((e) => e.requestId === requestId);
  if (event === undefined) throw new Error(`no audit event of request \`${requestId}\``);
  return { errorCode: event.errorCode, details: JSON.parse(event.details) as Record<string, unknown> };
}
