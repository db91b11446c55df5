import {
  type Authorizer,
  createGate,
  createTokenVerifier,
  type GateOptions,
  policyAuthorizer,
  type RequestFacts,
  type RevocationCheck,
  type RouteTable,
  staticPolicySource,
} from '../../src/index.js';
import { orderArn, POLICIES } from './orders-policies.js';
import { AUDIENCE, ISSUER, keySet, type TestKey } from './signing-keys.js';

/** The orders service's routes, as an app would write them. */
export const ORDER_ROUTES: RouteTable = {
  'GET /healthz': 'public',
  'GET /orders/:id': {
    action: 'orders:GetOrder',
    resource: (req) => orderArn(req.params.id as string, req.principal.account),
  },
  'PUT /orders/:id': { action: 'orders:UpdateOrder', resource: (req) => orderArn(req.params.id as string) },
  'DELETE /orders/:id': {
    action: 'orders:DeleteOrder',
    resource: (req) => orderArn(req.params.id as string),
  },
  'POST /orders/:id/cancel': {
    action: 'orders:CancelOrder',
    resource: (req) => orderArn(req.params.id as string),
    context: (req) => ({ 'orders:Reason': req.query.get('reason') ?? 'none' }),
  },
  'GET /profiles/:name': {
    action: 'orders:GetProfile',
    resource: (req) => `arn:iamgate:orders::${req.principal.account}:profile/${req.params.name}`,
  },
};

/** The gate of the tests: local key set, the test policies, the orders routes; anything can be overridden. */
export function ordersGate(
  key: TestKey,
  overrides: Partial<GateOptions> & { revocation?: RevocationCheck } = {},
) {
  const { revocation, ...rest } = overrides;
  const verifier = createTokenVerifier({ jwks: keySet(key), issuer: ISSUER, audience: AUDIENCE, revocation });
  const authorizer: Authorizer = policyAuthorizer(staticPolicySource(POLICIES, { revision: 7 }));
  return createGate({ verifier, authorizer, routes: ORDER_ROUTES, ...rest });
}

/** Request facts for the core, with headers given by lower-case name. */
export function facts(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  transport: { remoteAddress?: string; secure?: boolean } = {},
): RequestFacts {
  return {
    method,
    url,
    header: (name) => headers[name],
    secure: transport.secure ?? false,
    ...(transport.remoteAddress === undefined ? {} : { remoteAddress: transport.remoteAddress }),
  };
}

/** An `Authorization` header for a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
