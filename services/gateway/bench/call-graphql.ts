import type { Gateway } from '../src/gateway.js';

/** One GraphQL call (a JSON body) through `gateway.fetch`, with an optional token; any error aborts the benchmark. */
export async function call(gateway: Gateway, body: string, token?: string): Promise<unknown> {
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    }),
  );
  const result = (await response.json()) as { data?: unknown; errors?: unknown };
  if (result.errors !== undefined) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
