export {
  type AddressBlock as IpBlock,
  type NetworkAddress as IpAddress,
  parseAddressBlock as parseIpBlock,
  parseNetworkAddress as parseIp,
} from '@iamgate/policy';
export type { AuthorizationInput, AuthorizationResult, Authorizer } from './authorize/authorizer.js';
export { policyAuthorizer } from './authorize/policy-authorizer.js';
export type { PolicySet, PolicySource, PolicyTarget } from './authorize/policy-source.js';
export { type StaticPolicySourceOptions, staticPolicySource } from './authorize/static-policy-source.js';
export { fetchRequestFacts } from './context/fetch-request-facts.js';
export { buildRequestContext, type TransportFacts } from './context/request-context.js';
export { type RequestFacts, transportFacts } from './context/request-facts.js';
export { compileTrustProxy, type ProxyTrust, type TrustProxy } from './context/trust-proxy.js';
export { accessDeniedMessage } from './core/access-denied-message.js';
export {
  type AuthorizeRequestResult,
  createGate,
  type Gate,
  type GateOptions,
  type IamgateState,
} from './core/create-gate.js';
export type { Denial, DenialBody } from './core/denial.js';
export type { DecisionEvent, ErrorPhase, GateHooks } from './core/hooks.js';
export {
  AuthenticationError,
  type AuthenticationErrorCode,
  type ConfigErrorCode,
  DENIAL_STATUS,
  type DenialCode,
  MiddlewareConfigError,
} from './errors.js';
export type { RevocationCheck } from './revocation/revocation-check.js';
export { createRevocationList, type RevocationList } from './revocation/revocation-list.js';
export type {
  AuthenticatedRouteRequest,
  RouteFunction,
  RouteRequest,
  RouteTable,
  RouteTarget,
} from './routes/route-target.js';
export { bearerToken } from './token/bearer-token.js';
export {
  createTokenVerifier,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerificationAlgorithm,
} from './token/create-token-verifier.js';
export type { SessionTokenClaims } from './token/session-claims.js';
export type { PrincipalType, VerifiedPrincipal } from './token/verified-principal.js';
