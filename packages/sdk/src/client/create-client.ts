import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type AuthorizeOptions,
  type AuthorizeRequest,
  authorizeBatchRemotely,
  authorizeRemotely,
  type Decide,
} from '../authorize/remote-authorize.js';
import type { RemoteDecision } from '../authorize/remote-decision.js';
import type { ResolveOptions, SessionCredentials } from '../credentials/credential-provider.js';
import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import { apiOperations, subscriptionOperations } from '../generated/operation-map.js';
import { createLocalEvaluator, type LocalEvaluator } from '../local/local-evaluator.js';
import type { LocalEvaluatorOptions } from '../local/local-evaluator-options.js';
import { postDecisions } from '../transport/decision-http.js';
import { apiMethods, subscriptionMethods } from './api-methods.js';
import type { ApiMethods, RequestArgs, SubscriptionArgs, SubscriptionMethods } from './call-types.js';
import { type ClientCore, clientCore } from './client-core.js';
import type { ClientOptions } from './client-options.js';

/** A client of one gateway, acting as one principal. */
export interface IamgateClient {
  /** The GraphQL endpoint the client calls. */
  readonly url: string;
  /**
   * Every query and mutation of the gateway as a typed method named after its root field, resolving to that field's
   * value: `await client.api.createUser({ userName: 'alice' })` is the new `User`.
   */
  readonly api: ApiMethods<typeof apiOperations>;
  /**
   * Every subscription of the gateway as a typed method returning the stream of its root field's values, over
   * server-sent events: `for await (const { revision } of client.subscriptions.policyRevision())`.
   */
  readonly subscriptions: SubscriptionMethods<typeof subscriptionOperations>;
  /**
   * Runs any typed document (the generated `CreateUserDocument`, or one of your own built with graphql-codegen)
   * and resolves to its whole `data`.
   */
  request<R, V>(document: TypedDocumentNode<R, V>, ...args: RequestArgs<V>): Promise<R>;
  /** Opens any typed subscription document (on the first read) and yields each `data`. */
  subscribe<R, V>(document: TypedDocumentNode<R, V>, ...args: SubscriptionArgs<V>): AsyncGenerator<R>;
  /**
   * Asks the gateway whether the client's principal (or `options.principalArn`) may perform `action` on `resource`.
   * Allowed or denied, the answer is a `RemoteDecision`, never an error.
   */
  authorize(request: AuthorizeRequest, options?: AuthorizeOptions): Promise<RemoteDecision>;
  /**
   * Up to 100 `authorize` questions for one principal in one round trip; the decisions come in order. Both ask the
   * gateway's decision endpoint (`POST /authorize` beside `/graphql`), which answers as `authorizeBatch` does.
   */
  authorizeBatch(
    requests: readonly AuthorizeRequest[],
    options?: AuthorizeOptions,
  ): Promise<RemoteDecision[]>;
  /**
   * Starts a local evaluator: the account's (or one principal's) policy snapshot, kept current by the revision
   * subscription, deciding in process in microseconds. Needs `iamgate:GetPolicySnapshot`.
   */
  localEvaluator(options?: LocalEvaluatorOptions): LocalEvaluator;
  /** The session the client currently sends, signing in first if needed; `undefined` for an anonymous client. */
  credentials(options?: ResolveOptions): Promise<SessionCredentials | undefined>;
}

/**
 * Creates a client of the gateway at `url`. Requests carry the session of `credentials`, which providers that sign
 * in renew before it expires; a request the gateway refuses with `ExpiredToken` (a session revoked or expired
 * early) gets a new session and is sent once more. Errors are typed by code (`isIamgateError(e, 'AccessDenied')`).
 *
 * @example
 * const client = createClient({
 *   url: 'https://iam.example.com/graphql',
 *   credentials: fromAccessKey({ accessKeyId, secretAccessKey }),
 * });
 * const alice = await client.api.createUser({ userName: 'alice' });
 * const page = await client.api.listUsers({ first: 10 });
 */
/** How a decision is asked: with the client's credentials, or as the caller whose token is given (`asCaller`). */
function decideFor(core: ClientCore, options: AuthorizeOptions = {}): Decide {
  const token = options.asCaller;
  if (token === undefined) return core.decide;
  if (options.principalArn !== undefined) {
    throw new InvalidConfigurationError(
      "`asCaller` decides for the token's holder: give no `principalArn` with it",
      'asCaller',
    );
  }
  return (body, call = {}) =>
    postDecisions(core.endpoint, body, {
      token,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    });
}

export function createClient(options: ClientOptions): IamgateClient {
  const core = clientCore(options);
  const send = core.send;
  return {
    url: core.endpoint.url,
    api: apiMethods(apiOperations, send),
    subscriptions: subscriptionMethods(subscriptionOperations, core.open),
    request: (document, ...[variables, call]) => send(document, variables, call),
    subscribe: (document, ...[variables, call]) => core.open(document, variables, call),
    authorize: (request, authorizeOptions) =>
      authorizeRemotely(decideFor(core, authorizeOptions), request, authorizeOptions),
    authorizeBatch: (requests, authorizeOptions) =>
      authorizeBatchRemotely(decideFor(core, authorizeOptions), requests, authorizeOptions),
    localEvaluator: (evaluatorOptions) => createLocalEvaluator(core, evaluatorOptions),
    credentials: async (resolveOptions) => core.provider?.resolve(core.context, resolveOptions),
  };
}
