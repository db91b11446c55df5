import type { ContextValue } from '@iamgate/policy';
import type { VerifiedPrincipal } from '../token/verified-principal.js';

/** A request as the route table sees it. */
export interface RouteRequest {
  /** Upper case. */
  method: string;
  /** The path, without the query string, not decoded. */
  path: string;
  /** Route parameters (`:id`, and `*` for a trailing wildcard), decoded. Empty for a `RouteFunction`. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** A request header by (case-insensitive) name. */
  header(name: string): string | undefined;
}

/** A request whose token has been verified: resource and context functions see who is asking. */
export interface AuthenticatedRouteRequest extends RouteRequest {
  principal: VerifiedPrincipal;
}

/** What a request asks to do: the action, the resource it acts on, and extra condition keys. */
export interface RouteTarget {
  /** `service:ActionName`, e.g. `orders:GetOrder`. */
  action: string;
  /** The resource ARN (or `*`), or a function of the authenticated request that builds it. */
  resource: string | ((req: AuthenticatedRouteRequest) => string);
  /** Condition keys for this route (e.g. `orders:Amount`), added to the request context. */
  context?: (req: AuthenticatedRouteRequest) => Record<string, ContextValue>;
}

/**
 * Routes to targets, keyed `'<METHOD> <path pattern>'`. The method is upper case or `*`; a `HEAD` request uses its
 * `GET` route when it has none of its own. Patterns have static segments, `:name` parameters and an optional trailing
 * `*` (any rest of the path, in `params['*']`). The most specific pattern wins: static over parameter over wildcard.
 * `'public'` marks routes that need no token at all.
 *
 * @example
 * const routes: RouteTable = {
 *   'GET /healthz': 'public',
 *   'GET /orders/:id': {
 *     action: 'orders:GetOrder',
 *     resource: (req) => `arn:iamgate:orders::${req.principal.account}:order/${req.params.id}`,
 *   },
 * };
 */
export type RouteTable = Readonly<Record<string, RouteTarget | 'public'>>;

/** Maps a request to its target itself; `undefined` means no target, which is denied. */
export type RouteFunction = (req: RouteRequest) => RouteTarget | 'public' | undefined;
