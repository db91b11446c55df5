import {
  type Authorizer,
  createGate,
  createTokenVerifier,
  type Gate,
  type RouteTable,
} from '@iamgate/middleware';

/** Where the gateway is and how its session tokens are checked. */
export interface GatewayTrust {
  /** The gateway's base URL, e.g. `http://localhost:4000`; its keys are at `/.well-known/jwks.json`. */
  gatewayUrl: string;
  /** The `iss` of its tokens (`IAMGATE_TOKEN_ISSUER`, by default the gateway's public URL). */
  issuer: string;
  /** The `aud` of its tokens (`IAMGATE_TOKEN_AUDIENCE`, by default `iamgate`). */
  audience: string;
}

/**
 * A gate for one of the example services: session tokens verified against the gateway's JWKS, requests mapped by
 * `routes`, decisions from `authorizer`. Routes compare case-sensitively, as the services' own routers do.
 *
 * @example
 * const gate = sessionGate(trust, remoteAuthorizer(client), { 'GET /orders/:id': { action, resource } });
 */
export function sessionGate(trust: GatewayTrust, authorizer: Authorizer, routes: RouteTable): Gate {
  const verifier = createTokenVerifier({
    jwksUrl: new URL('/.well-known/jwks.json', trust.gatewayUrl).toString(),
    issuer: trust.issuer,
    audience: trust.audience,
  });
  return createGate({ verifier, authorizer, routes, caseSensitive: true });
}
