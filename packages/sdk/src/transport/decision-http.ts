import { errorFromGraphql } from '../errors/from-graphql-error.js';
import { UnexpectedResponseError } from '../errors/sdk-errors.js';
import type { GraphqlEndpoint, RequestOptions } from './graphql-http.js';
import { parseReply, REQUEST_ID_HEADER } from './graphql-http.js';
import { sendRequest } from './send-request.js';

/**
 * The URL of the gateway's decision endpoint beside its GraphQL endpoint: `https://iam.example.com/graphql` ->
 * `https://iam.example.com/authorize` (a path prefix is kept: `/iam/graphql` -> `/iam/authorize`).
 */
export function decisionUrl(graphqlUrl: string): string {
  return new URL('authorize', graphqlUrl).toString();
}

/**
 * POSTs a JSON body to the gateway's decision endpoint (`POST /authorize`) and returns its JSON answer. Errors come
 * as GraphQL errors do (`{ "errors": [{ "message", "extensions": { "code" } }] }`) and become the same typed errors
 * (`AccessDeniedError`, ...); network failures are retried by `sendRequest`.
 */
export async function postDecisions(
  endpoint: GraphqlEndpoint,
  body: unknown,
  options: RequestOptions = {},
): Promise<Record<string, unknown>> {
  const url = decisionUrl(endpoint.url);
  const text = JSON.stringify(body);
  const headers: Record<string, string> = {
    ...endpoint.headers,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const reply = await sendRequest(
    (signal) =>
      new Request(url, {
        method: 'POST',
        headers,
        body: text,
        signal,
      }),
    endpoint.fetch,
    endpoint.retry,
    options.signal,
    endpoint.timeoutMs,
  );
  const parsed = parseReply(reply) as Record<string, unknown> & {
    errors?: Parameters<typeof errorFromGraphql>[0][];
  };
  const requestId = reply.headers.get(REQUEST_ID_HEADER) ?? undefined;
  const first = parsed.errors?.[0];
  if (first !== undefined) throw errorFromGraphql(first, { httpStatus: reply.status, requestId });
  if (reply.status !== 200 || !Array.isArray(parsed.results)) {
    throw new UnexpectedResponseError(`the gateway answered HTTP ${reply.status} without decisions`, {
      httpStatus: reply.status,
      ...(requestId === undefined ? {} : { requestId }),
    });
  }
  return parsed;
}
