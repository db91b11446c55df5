import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorFromGraphql, type GraphqlErrorBody } from '../errors/from-graphql-error.js';
import { NetworkError, UnexpectedResponseError } from '../errors/sdk-errors.js';
import { readEventStream } from './event-stream.js';
import { type GraphqlEndpoint, parseReply, type RequestOptions } from './graphql-http.js';
import { idToSend, requestBody, UNKNOWN_DOCUMENT_CODE } from './request-body.js';

/** Options of one subscription. */
export interface SubscribeOptions extends RequestOptions {
  /** Called on every chunk received (pings included). */
  onActivity?: () => void;
}

/**
 * Opens a GraphQL subscription over server-sent events (GraphQL over SSE, "distinct connections" mode, which
 * graphql-yoga serves: a POST with `Accept: text/event-stream`) and resolves once the gateway has accepted it, to
 * the stream of results. A refusal before the stream starts (`Unauthenticated`, `ExpiredToken`, `AccessDenied`)
 * rejects with its typed error; an error event later ends the stream with its typed error. Connecting is not
 * retried (the owner of a long-lived subscription decides when to reconnect), except with the document's text when
 * the gateway does not know its id, as `postGraphql` does.
 */
export async function subscribeGraphql<R, V>(
  endpoint: GraphqlEndpoint,
  document: TypedDocumentNode<R, V>,
  variables: V | undefined,
  options: SubscribeOptions = {},
): Promise<AsyncGenerator<R>> {
  const id = idToSend(endpoint.documents, document);
  let opened = await connect(endpoint, requestBody(document, variables, id), options);
  if (id !== undefined && opened.refusal?.extensions?.code === UNKNOWN_DOCUMENT_CODE) {
    endpoint.documents.unknownIds.add(document);
    opened = await connect(endpoint, requestBody(document, variables), options);
  }
  const { response, refusal } = opened;
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const meta = { httpStatus: response.status, requestId };
  if (refusal !== undefined) throw errorFromGraphql(refusal, meta);
  if (response.body === null || !isEventStream(response)) {
    throw new UnexpectedResponseError(
      `the gateway answered HTTP ${response.status} without an event stream`,
      {
        httpStatus: response.status,
        ...(requestId === undefined ? {} : { requestId }),
      },
    );
  }
  return results<R>(readEventStream(response.body, options.onActivity), meta);
}

function isEventStream(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('text/event-stream');
}

/**
 * One attempt at opening the stream: the response, and the first GraphQL error when the gateway refused before
 * streaming (its body then read in full).
 */
async function connect(
  endpoint: GraphqlEndpoint,
  body: string,
  options: SubscribeOptions,
): Promise<{ response: Response; refusal?: GraphqlErrorBody }> {
  const headers: Record<string, string> = {
    ...endpoint.headers,
    'content-type': 'application/json',
    accept: 'text/event-stream',
  };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await endpoint.fetch(
      new Request(endpoint.url, {
        method: 'POST',
        headers,
        body,
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new NetworkError('the gateway could not be reached (1 attempt)', { attempts: 1, cause: error });
  }
  if (isEventStream(response) && response.body !== null) return { response };
  // Refused before streaming: a GraphQL error response, or something else entirely.
  const reply = { status: response.status, headers: response.headers, body: await response.text() };
  const refusal = parseReply(reply).errors?.[0];
  return refusal === undefined ? { response } : { response, refusal };
}

async function* results<R>(
  events: AsyncGenerator<{ event: string; data: string }>,
  meta: { httpStatus: number; requestId: string | undefined },
): AsyncGenerator<R> {
  try {
    for await (const { event, data } of events) {
      if (event === 'complete') return;
      if (event !== 'next' && event !== 'message') continue;
      let payload: { data?: unknown; errors?: GraphqlErrorBody[] };
      try {
        payload = JSON.parse(data) as typeof payload;
      } catch (error) {
        throw new UnexpectedResponseError('the gateway sent an event that is not JSON', {
          httpStatus: meta.httpStatus,
          cause: error,
          ...(meta.requestId === undefined ? {} : { requestId: meta.requestId }),
        });
      }
      const first = payload.errors?.[0];
      if (first !== undefined) throw errorFromGraphql(first, meta);
      if (typeof payload.data === 'object' && payload.data !== null) yield payload.data as R;
    }
  } finally {
    await events.return(undefined);
  }
}
