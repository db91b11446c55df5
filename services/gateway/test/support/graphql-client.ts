import type { Gateway } from '../../src/gateway.js';

/** One GraphQL error as the gateway returns it. */
export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL response with its HTTP status and headers. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** The response's `extensions` (warnings, policy findings), when it has any. */
  extensions?: Record<string, unknown> | undefined;
}

/** Options of one call. */
export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
  /** The URL called; `http://localhost/graphql` by default (so `aws:SecureTransport` is false). */
  url?: string;
}

/**
 * Sends a GraphQL operation through `gateway.fetch`, the real HTTP entry point, in process: the request is parsed,
 * authenticated, limited, authorized and answered exactly as over a socket.
 */
export async function gql<T = Record<string, unknown>>(
  gateway: Gateway,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const response = await gateway.fetch(
    new Request(options.url ?? 'http://localhost/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as {
    data?: T | null;
    errors?: GqlError[];
    extensions?: Record<string, unknown>;
  };
  return {
    status: response.status,
    headers: response.headers,
    data: body.data,
    errors: body.errors,
    extensions: body.extensions,
  };
}

/** The error code of the first error, or `undefined` when the call succeeded. */
export function codeOf(response: GqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export function ok<T>(response: GqlResponse<T>): T {
  if (response.errors !== undefined || response.data == null) {
    throw new Error(`expected success, got ${response.status}: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
