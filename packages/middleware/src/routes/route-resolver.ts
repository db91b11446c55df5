import { MiddlewareConfigError } from '../errors.js';
import {
  compareSpecificity,
  compileRoutePattern,
  matchPattern,
  pathSegments,
  type RoutePattern,
} from './route-pattern.js';
import type { RouteFunction, RouteRequest, RouteTable, RouteTarget } from './route-target.js';

/** Where a request goes: nowhere checked (`public`), to a target, or nowhere known (`unmatched`, denied). */
export type ResolvedRoute =
  | { kind: 'public' }
  | { kind: 'target'; target: RouteTarget; params: Record<string, string> }
  | { kind: 'unmatched' };

/** Resolves a request to its route; a table's parameters come back in the result, not in `req.params`. */
export type RouteResolver = (req: RouteRequest) => ResolvedRoute;

interface CompiledRoute {
  pattern: RoutePattern;
  value: RouteTarget | 'public';
}

function checkTarget(key: string, value: unknown): RouteTarget | 'public' {
  if (value === 'public') return value;
  const target = value as RouteTarget;
  if (
    typeof target !== 'object' ||
    target === null ||
    typeof target.action !== 'string' ||
    !target.action.includes(':')
  ) {
    throw new MiddlewareConfigError(
      'InvalidRoute',
      `route \`${key}\` needs an \`action\` like \`orders:GetOrder\``,
    );
  }
  if (typeof target.resource !== 'string' && typeof target.resource !== 'function') {
    throw new MiddlewareConfigError('InvalidRoute', `route \`${key}\` needs a \`resource\``);
  }
  return target;
}

function fromFunction(fn: RouteFunction): RouteResolver {
  return (req) => {
    const value = fn(req);
    if (value === undefined) return { kind: 'unmatched' };
    if (value === 'public') return { kind: 'public' };
    return { kind: 'target', target: value, params: {} };
  };
}

/**
 * Compiles a route table (or wraps a route function). Static segments compare case-insensitively unless
 * `caseSensitive`: match what the app's router does, so that the action checked is the action of the handler that
 * runs (Express is case-insensitive by default; Fastify and Hono are case-sensitive).
 */
export function createRouteResolver(
  routes: RouteTable | RouteFunction,
  caseSensitive: boolean,
): RouteResolver {
  if (typeof routes === 'function') return fromFunction(routes);
  const compiled: CompiledRoute[] = Object.entries(routes).map(([key, value]) => ({
    pattern: compileRoutePattern(key, caseSensitive),
    value: checkTarget(key, value),
  }));
  compiled.sort((a, b) => compareSpecificity(a.pattern, b.pattern));
  const find = (method: string, raw: string[], folded: string[]) => {
    for (const route of compiled) {
      if (route.pattern.method !== method && route.pattern.method !== '*') continue;
      const params = matchPattern(route.pattern, raw, folded);
      if (params !== undefined) return { value: route.value, params };
    }
    return undefined;
  };
  return (req) => {
    const raw = pathSegments(req.path);
    const folded = caseSensitive ? raw : raw.map((s) => s.toLowerCase());
    // A HEAD request borrows the GET route when no route matches HEAD itself, as routers do.
    const found =
      find(req.method, raw, folded) ?? (req.method === 'HEAD' ? find('GET', raw, folded) : undefined);
    if (found === undefined) return { kind: 'unmatched' };
    return found.value === 'public'
      ? { kind: 'public' }
      : { kind: 'target', target: found.value, params: found.params };
  };
}
