import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorFromGraphql, type GraphqlErrorBody } from '../errors/from-graphql-error.js';
import { UnexpectedResponseError } from '../errors/sdk-errors.js';
import type { FetchLike } from './fetch-like.js';
import { type DocumentSending, idToSend, requestBody, UNKNOWN_DOCUMENT_CODE } from './request-body.js';
import type { RetryPolicy } from './retry-policy.js';
import { type HttpReply, sendRequest } from './send-request.js';

/** Where and how GraphQL requests are sent. */
export interface GraphqlEndpoint {
  /** The gateway's GraphQL URL, e.g. `https://iam.example.com/graphql`. */
  url: string;
  fetch: FetchLike;
  retry: RetryPolicy;
  /** Headers sent with every request (e.g. `user-agent`). */
  headers: Readonly<Record<string, string>>;
  /** How long one attempt may wait for the whole answer, in milliseconds; 0 waits for ever. */
  timeoutMs: number;
  /** Whether documents travel by their trusted ids or as text. */
  documents: DocumentSending;
}

/** Options of one request. */
export interface RequestOptions {
  /** The session token, sent as `Authorization: Bearer <token>`; anonymous without one. */
  token?: string;
  signal?: AbortSignal;
}

/** The request id header the gateway answers with. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** The body of a response read as a GraphQL response, or `UnexpectedResponseError`. */
export function parseReply(reply: HttpReply): { data?: unknown; errors?: GraphqlErrorBody[] } {
  const requestId = reply.headers.get(REQUEST_ID_HEADER);
  const unexpected = (why: string, cause?: unknown) =>
    new UnexpectedResponseError(`the gateway answered HTTP ${reply.status} ${why}`, {
      httpStatus: reply.status,
      ...(requestId === null ? {} : { requestId }),
      ...(cause === undefined ? {} : { cause }),
    });
  if (!(reply.headers.get('content-type') ?? '').includes('json')) throw unexpected('without a JSON body');
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.body);
  } catch (error) {
    throw unexpected('with a body that is not JSON', error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw unexpected('with JSON that is not a GraphQL response');
  }
  const body = parsed as { data?: unknown; errors?: unknown };
  if (body.errors !== undefined && !Array.isArray(body.errors)) throw unexpected('with malformed `errors`');
  return body as { data?: unknown; errors?: GraphqlErrorBody[] };
}

/** One exchange: the request sent (by id or with the text) and its reply read as GraphQL. */
async function exchange(
  endpoint: GraphqlEndpoint,
  body: string,
  options: RequestOptions,
): Promise<{ reply: HttpReply; result: { data?: unknown; errors?: GraphqlErrorBody[] } }> {
  const headers: Record<string, string> = {
    ...endpoint.headers,
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const reply = await sendRequest(
    (signal) =>
      new Request(endpoint.url, {
        method: 'POST',
        headers,
        body,
        signal,
      }),
    endpoint.fetch,
    endpoint.retry,
    options.signal,
    endpoint.timeoutMs,
  );
  return { reply, result: parseReply(reply) };
}

/**
 * Runs one GraphQL operation over HTTP POST (GraphQL over HTTP, `application/graphql-response+json`) and returns
 * its `data`. The document goes by its trusted id when it has one (`documentId`); a gateway that does not know the
 * id answers `PersistedDocumentNotFound`, and the text is sent instead, then and from then on. The first GraphQL
 * error becomes the matching typed error (`AccessDeniedError`, ...); a response that is not GraphQL becomes
 * `UnexpectedResponseError`; network failures are retried by `sendRequest`.
 */
export async function postGraphql<R, V>(
  endpoint: GraphqlEndpoint,
  document: TypedDocumentNode<R, V>,
  variables: V | undefined,
  options: RequestOptions = {},
): Promise<R> {
  const id = idToSend(endpoint.documents, document);
  let { reply, result } = await exchange(endpoint, requestBody(document, variables, id), options);
  if (id !== undefined && result.errors?.[0]?.extensions?.code === UNKNOWN_DOCUMENT_CODE) {
    endpoint.documents.unknownIds.add(document);
    ({ reply, result } = await exchange(endpoint, requestBody(document, variables), options));
  }
  const requestId = reply.headers.get(REQUEST_ID_HEADER) ?? undefined;
  const first = result.errors?.[0];
  if (first !== undefined) throw errorFromGraphql(first, { httpStatus: reply.status, requestId });
  if (typeof result.data !== 'object' || result.data === null) {
    throw new UnexpectedResponseError(`the gateway answered HTTP ${reply.status} without data or errors`, {
      httpStatus: reply.status,
      ...(requestId === undefined ? {} : { requestId }),
    });
  }
  return result.data as R;
}
