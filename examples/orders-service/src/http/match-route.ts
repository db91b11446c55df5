import type { RouteTable, RouteTarget } from '@iamgate/middleware';

/**
 * A route of a service, declared once: the handler that runs and what the middleware checks before it (the
 * action and resource, or `public`). The path pattern has `:name` segments, as in the middleware's route table.
 */
export interface Route<H> {
  method: 'GET' | 'POST';
  pattern: string;
  target: RouteTarget | 'public';
  handler: H;
}

/** The route a request runs, and the values of its `:name` segments. */
export interface RouteMatch<H> {
  handler: H;
  params: Record<string, string>;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) {
      if (g === '') return undefined;
      params[w.slice(1)] = decodeURIComponent(g);
    } else if (w !== g) return undefined;
  }
  return params;
}

/**
 * Finds the handler of a request. The patterns are the keys of the service's middleware route table, so the
 * action the middleware checked is the action of the handler that runs.
 *
 * @example
 * matchRoute([{ method: 'GET', pattern: '/orders/:id', handler }], 'GET', '/orders/7'); // { handler, params: { id: '7' } }
 */
export function matchRoute<H>(
  routes: readonly Route<H>[],
  method: string,
  path: string,
): RouteMatch<H> | undefined {
  for (const route of routes) {
    if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
    const params = matchPath(route.pattern, path);
    if (params !== undefined) return { handler: route.handler, params };
  }
  return undefined;
}

/**
 * The middleware's route table of a service's routes, so that the checked routes and the served routes cannot
 * drift apart: a request without a handler maps to nothing and is refused with 403 before it gets a 404.
 */
export function routeTable<H>(routes: readonly Route<H>[]): RouteTable {
  return Object.fromEntries(routes.map((route) => [`${route.method} ${route.pattern}`, route.target]));
}
