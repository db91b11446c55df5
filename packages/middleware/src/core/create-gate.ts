import type { ContextValue, Decision } from '@iamgate/policy';
import type { Authorizer } from '../authorize/authorizer.js';
import { buildRequestContext } from '../context/request-context.js';
import { type RequestFacts, splitTarget, transportFacts } from '../context/request-facts.js';
import { compileTrustProxy, type TrustProxy } from '../context/trust-proxy.js';
import { MiddlewareConfigError } from '../errors.js';
import { GateRouteRequest } from '../routes/route-request.js';
import { createRouteResolver } from '../routes/route-resolver.js';
import type { AuthenticatedRouteRequest, RouteFunction, RouteTable } from '../routes/route-target.js';
import type { TokenVerifier } from '../token/create-token-verifier.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import { authenticate } from './authenticate.js';
import { decide } from './decide.js';
import { accessDenial, authenticationDenial, type Denial, failureDenial, unmappedDenial } from './denial.js';
import { type GateHooks, reportError } from './hooks.js';

/** How the middleware authenticates, maps and decides requests. */
export interface GateOptions extends GateHooks {
  verifier: TokenVerifier;
  authorizer: Authorizer;
  /** The route table, or a function from request to target. Requests that map to nothing are denied. */
  routes: RouteTable | RouteFunction;
  /** Compare static route segments case-sensitively, as Fastify and Hono route. Default false (as Express). */
  caseSensitive?: boolean;
  /** Which proxies to believe about the client's address and scheme. Default: none. */
  trustProxy?: TrustProxy;
  /** Condition keys for every request, added to the context (they cannot override keys about the principal). */
  context?: (req: AuthenticatedRouteRequest) => Record<string, ContextValue>;
  /** The current time for `aws:CurrentTime` and `aws:EpochTime`. Default `() => new Date()`. */
  clock?: () => Date;
}

/** What a handler receives about an allowed request. */
export interface IamgateState {
  principal: VerifiedPrincipal;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  decision: Decision;
  /** The policy revision of the decision, when the authorizer reports one. */
  revision?: number;
}

/** The outcome for one request: allowed (with the state to hand on), public (not checked), or a refusal. */
export type AuthorizeRequestResult = ({ status: 'allowed' } & IamgateState) | { status: 'public' } | Denial;

/** The framework-neutral middleware: adapters turn requests into `RequestFacts` and results into responses. */
export interface Gate {
  /** Authenticates, maps and decides one request. Never throws: every failure is a `Denial`. */
  authorizeRequest(facts: RequestFacts): Promise<AuthorizeRequestResult>;
}

/**
 * Creates the middleware core. Route table and proxy settings are checked here, so a mistake fails at start-up.
 *
 * @example
 * const gate = createGate({
 *   verifier: createTokenVerifier({ jwksUrl, issuer, audience: 'orders-service' }),
 *   authorizer: policyAuthorizer(staticPolicySource(policiesByPrincipal)),
 *   routes: { 'GET /orders/:id': { action: 'orders:GetOrder', resource: (req) => orderArn(req) } },
 * });
 * const result = await gate.authorizeRequest(facts); // { status: 'allowed', principal, decision, ... } or a Denial
 */
export function createGate(options: GateOptions): Gate {
  const { verifier, authorizer } = options;
  if (verifier === undefined || authorizer === undefined) {
    throw new MiddlewareConfigError('InvalidOption', '`verifier` and `authorizer` are required');
  }
  const resolve = createRouteResolver(options.routes, options.caseSensitive === true);
  const trust = compileTrustProxy(options.trustProxy);
  const clock = options.clock ?? (() => new Date());
  const hooks: GateHooks = { onDecision: options.onDecision, onError: options.onError };

  return {
    async authorizeRequest(facts) {
      const method = facts.method.toUpperCase();
      const { path, search } = splitTarget(facts.url);
      const req = new GateRouteRequest(method, path, search, (name) => facts.header(name.toLowerCase()));
      let route: ReturnType<typeof resolve>;
      try {
        route = resolve(req);
      } catch (error) {
        reportError(hooks, error, 'route');
        return failureDenial('ServiceFailure', 'the request could not be mapped to an action');
      }
      if (route.kind === 'public') return { status: 'public' };

      const authentication = await authenticate(verifier, facts.header('authorization'), hooks);
      if (authentication.kind === 'failed') return authenticationDenial(authentication.error);
      const { principal } = authentication;
      if (route.kind === 'unmatched') return unmappedDenial(method, path);

      const { target } = route;
      req.params = route.params;
      req.principal = principal;
      let resource: string;
      let appContext: Record<string, ContextValue> | undefined;
      try {
        resource = typeof target.resource === 'function' ? target.resource(req) : target.resource;
        const global = options.context?.(req);
        const local = target.context?.(req);
        appContext = global && local ? { ...global, ...local } : (global ?? local);
      } catch (error) {
        reportError(hooks, error, 'route');
        return failureDenial('ServiceFailure', 'the request could not be mapped to an action');
      }
      const context = buildRequestContext(principal, transportFacts(trust, facts, clock()), appContext);
      const { action } = target;
      const bearerToken = authentication.token;
      const result = await decide(authorizer, { principal, action, resource, context, bearerToken }, hooks);
      if (result.kind === 'stale')
        return failureDenial('ServiceUnavailable', 'no current decision could be made');
      const { decision, revision } = result;
      if (decision.decision !== 'Allow') return accessDenial(principal.arn, action, resource, decision);
      const allowed = { status: 'allowed' as const, principal, action, resource, context, decision };
      return revision === undefined ? allowed : { ...allowed, revision };
    },
  };
}
