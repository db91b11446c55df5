import type { Plugin } from 'graphql-yoga';

/** A plain HTTP route answered before GraphQL handling. */
export interface Route {
  method: 'GET';
  path: string;
  handle: (request: Request) => Promise<Response> | Response;
}

/**
 * Answers the gateway's plain HTTP endpoints (`/healthz`, `/readyz`, `/.well-known/jwks.json`) from the same
 * server as GraphQL, so that they share the request-id and logging plugins.
 */
export function useRoutes(routes: readonly Route[]): Plugin {
  const byPath = new Map(routes.map((r) => [r.path, r]));
  return {
    async onRequest({ request, url, endResponse }) {
      const route = byPath.get(url.pathname);
      if (route === undefined) return;
      if (request.method !== route.method && request.method !== 'HEAD') {
        endResponse(
          json(405, { code: 'MethodNotAllowed', message: `use \`${route.method}\`` }, { allow: 'GET, HEAD' }),
        );
        return;
      }
      endResponse(await route.handle(request));
    },
  };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
