import type { Plugin } from 'graphql-yoga';
import { deadlineAnswer, withinDeadline } from './use-request-deadline.js';

/** What a route answers: a status, a text body and headers. */
export interface RouteAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** A plain HTTP route answered beside GraphQL. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** Answers the request; `serverContext` is the server's (`{ req, res }` under Node's http). */
  handle: (request: Request, serverContext: unknown) => Promise<RouteAnswer> | RouteAnswer;
}

/** The methods a route answers: a GET route also answers HEAD. */
function allowed(route: Route): string {
  return route.method === 'GET' ? 'GET, HEAD' : route.method;
}

/**
 * Answers the gateway's plain HTTP endpoints (`/healthz`, `/readyz`, `/.well-known/jwks.json`, `/authorize`) from
 * the same server as GraphQL, so that they share the request-id, logging and CORS plugins, each within the request
 * deadline as GraphQL is (`timeoutMs`; none when not positive). Routes answer plain values and the response is made
 * with the server's own `Response` (`fetchAPI`): under Node's http its text body is written to the socket as it is,
 * where a global `Response` would be read back through a web stream (about a tenth of a decision call's CPU).
 */
export function useRoutes(routes: readonly Route[], timeoutMs: number): Plugin {
  const byPath = new Map(routes.map((r) => [r.path, r]));
  return {
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      const route = byPath.get(url.pathname);
      if (route === undefined) return;
      const respond = (answer: RouteAnswer) =>
        endResponse(new fetchAPI.Response(answer.body, { status: answer.status, headers: answer.headers }));
      const head = request.method === 'HEAD' && route.method === 'GET';
      if (request.method !== route.method && !head) {
        respond(
          json(
            405,
            { code: 'MethodNotAllowed', message: `use \`${route.method}\`` },
            { allow: allowed(route) },
          ),
        );
        return;
      }
      const handled = Promise.resolve(route.handle(request, serverContext));
      respond(await withinDeadline(handled, timeoutMs, deadlineAnswer));
    },
  };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): RouteAnswer {
  return {
    status,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  };
}
