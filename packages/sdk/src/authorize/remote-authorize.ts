import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ContextValue } from '@iamgate/policy';
import type { CallOptions } from '../client/call-types.js';
import {
  AuthorizeBatchDocument,
  AuthorizeDocument,
  type AuthorizeRequestInput,
} from '../generated/graphql.js';
import { toContextEntries } from './context-entries.js';
import { type RemoteDecision, toRemoteDecision } from './remote-decision.js';

/** One question for the gateway: may the principal perform `action` on `resource`? */
export interface AuthorizeRequest {
  /** `service:ActionName`, e.g. `orders:GetOrder`. */
  action: string;
  /** The resource ARN, or `*`. */
  resource: string;
  /**
   * The app's own condition keys and request facts. The principal's keys (`aws:PrincipalTag/*`, `aws:username`...)
   * come from its credentials at the gateway and are refused here (`InvalidInput`).
   */
  context?: Readonly<Record<string, ContextValue>>;
  /** The resource's own resource-based policy (JSON text), when the app keeps one. */
  resourcePolicy?: string;
  /** The account that owns the resource when its ARN does not say. */
  resourceAccount?: string;
}

/** Options of `authorize` and `authorizeBatch`. */
export interface AuthorizeOptions extends CallOptions {
  /**
   * Decide for this principal (a user, role or root ARN) rather than the client's own; the client's principal needs
   * `iam:SimulatePrincipalPolicy` on it.
   */
  principalArn?: string;
}

/** How remote authorization sends its queries: the client's `request`. */
export type Send = <R, V>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  options?: CallOptions,
) => Promise<R>;

function requestInput(request: AuthorizeRequest): AuthorizeRequestInput {
  return {
    action: request.action,
    resource: request.resource,
    ...(request.context === undefined ? {} : { context: toContextEntries(request.context) }),
    ...(request.resourcePolicy === undefined ? {} : { resourcePolicy: request.resourcePolicy }),
    ...(request.resourceAccount === undefined ? {} : { resourceAccount: request.resourceAccount }),
  };
}

function callOptions(options: AuthorizeOptions): CallOptions {
  return options.signal === undefined ? {} : { signal: options.signal };
}

/** One decision from the gateway's `authorize`. */
export async function authorizeRemotely(
  send: Send,
  request: AuthorizeRequest,
  options: AuthorizeOptions = {},
): Promise<RemoteDecision> {
  const variables = {
    ...requestInput(request),
    ...(options.principalArn === undefined ? {} : { principalArn: options.principalArn }),
  };
  const { authorize } = await send(AuthorizeDocument, variables, callOptions(options));
  return toRemoteDecision(authorize);
}

/** Up to 100 decisions for one principal from the gateway's `authorizeBatch`, in order. */
export async function authorizeBatchRemotely(
  send: Send,
  requests: readonly AuthorizeRequest[],
  options: AuthorizeOptions = {},
): Promise<RemoteDecision[]> {
  const variables = {
    requests: requests.map(requestInput),
    ...(options.principalArn === undefined ? {} : { principalArn: options.principalArn }),
  };
  const { authorizeBatch } = await send(AuthorizeBatchDocument, variables, callOptions(options));
  return authorizeBatch.map(toRemoteDecision);
}
