import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CredentialContext, CredentialProvider } from '../credentials/credential-provider.js';
import { toCredentialProvider } from '../credentials/to-provider.js';
import { withSession } from '../credentials/with-session.js';
import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import { postDecisions } from '../transport/decision-http.js';
import { type GraphqlEndpoint, postGraphql } from '../transport/graphql-http.js';
import { subscribeGraphql } from '../transport/graphql-subscribe.js';
import { documentSending } from '../transport/request-body.js';
import { retryPolicy } from '../transport/retry-policy.js';
import type { CallOptions, SubscriptionOptions } from './call-types.js';
import type { ClientOptions } from './client-options.js';
import { endpointUrl } from './endpoint-url.js';

/** What every part of a client shares: the endpoint, the credentials, and how operations are sent. */
export interface ClientCore {
  endpoint: GraphqlEndpoint;
  context: CredentialContext;
  provider: CredentialProvider | undefined;
  /** Runs a query or mutation with the client's session. */
  send<R, V>(document: TypedDocumentNode<R, V>, variables: V | undefined, call?: CallOptions): Promise<R>;
  /** POSTs a body to the decision endpoint (`/authorize` beside `/graphql`) with the client's session. */
  decide(body: unknown, call?: CallOptions): Promise<Record<string, unknown>>;
  /** Opens a subscription with the client's session, on the first read. */
  open<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V | undefined,
    call?: SubscriptionOptions,
  ): AsyncGenerator<R>;
}

/** The default of `ClientOptions.requestTimeoutMs`. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

function requestTimeout(value: number | undefined): number {
  if (value === undefined) return DEFAULT_REQUEST_TIMEOUT_MS;
  if (!Number.isFinite(value) || value < 0) {
    throw new InvalidConfigurationError(
      '`requestTimeoutMs` must be 0 or a positive number of milliseconds',
      'requestTimeoutMs',
    );
  }
  return value;
}

/** The core of a client for `options`; checks them (`InvalidConfiguration`). */
export function clientCore(options: ClientOptions): ClientCore {
  const endpoint: GraphqlEndpoint = {
    url: endpointUrl(options.url),
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    retry: retryPolicy(options.retry),
    headers: { ...options.headers },
    timeoutMs: requestTimeout(options.requestTimeoutMs),
    documents: documentSending(options.sendDocumentIds ?? true),
  };
  const context: CredentialContext = {
    execute: (document, variables, opts = {}) => postGraphql(endpoint, document, variables, opts),
    now: options.now ?? (() => new Date()),
  };
  const provider = options.credentials === undefined ? undefined : toCredentialProvider(options.credentials);

  const authenticated = <T>(run: (token?: string) => Promise<T>, signal?: AbortSignal): Promise<T> =>
    provider === undefined ? run() : withSession(provider, context, run, signal);

  return {
    endpoint,
    context,
    provider,
    send: (document, variables, call = {}) =>
      authenticated(
        (token) =>
          postGraphql(endpoint, document, variables, {
            ...(token === undefined ? {} : { token }),
            ...(call.signal === undefined ? {} : { signal: call.signal }),
          }),
        call.signal,
      ),
    decide: (body, call = {}) =>
      authenticated(
        (token) =>
          postDecisions(endpoint, body, {
            ...(token === undefined ? {} : { token }),
            ...(call.signal === undefined ? {} : { signal: call.signal }),
          }),
        call.signal,
      ),
    open: async function* <R, V>(
      document: TypedDocumentNode<R, V>,
      variables: V | undefined,
      call: SubscriptionOptions = {},
    ) {
      const stream = await authenticated(
        (token) =>
          subscribeGraphql(endpoint, document, variables, {
            ...(token === undefined ? {} : { token }),
            ...(call.signal === undefined ? {} : { signal: call.signal }),
            ...(call.onActivity === undefined ? {} : { onActivity: call.onActivity }),
          }),
        call.signal,
      );
      yield* stream;
    },
  };
}
