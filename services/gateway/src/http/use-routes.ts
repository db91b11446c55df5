import type { Plugin } from 'graphql-yoga';
import { withinDeadline } from './use-request-deadline.js';

/** A plain HTTP route answered beside GraphQL. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** Answers the request; `serverContext` is the server's (`{ req, res }` under Node's http). */
  handle: (request: Request, serverContext: unknown) => Promise<Response> | Response;
}

/** The methods a route answers: a GET route also answers HEAD. */
function allowed(route: Route): string {
  return route.method === 'GET' ? 'GET, HEAD' : route.method;
}

/**
 * Answers the gateway's plain HTTP endpoints (`/healthz`, `/readyz`, `/.well-known/jwks.json`, `/authorize`) from
 * the same server as GraphQL, so that they share the request-id, logging and CORS plugins, each within the request
 * deadline as GraphQL is (`timeoutMs`; none when not positive).
 */
export function useRoutes(routes: readonly Route[], timeoutMs: number): Plugin {
  const byPath = new Map(routes.map((r) => [r.path, r]));
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const route = byPath.get(url.pathname);
      if (route === undefined) return;
      const head = request.method === 'HEAD' && route.method === 'GET';
      if (request.method !== route.method && !head) {
        endResponse(
          json(
            405,
            { code: 'MethodNotAllowed', message: `use \`${route.method}\`` },
            { allow: allowed(route) },
          ),
        );
        return;
      }
      endResponse(await withinDeadline(Promise.resolve(route.handle(request, serverContext)), timeoutMs));
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
