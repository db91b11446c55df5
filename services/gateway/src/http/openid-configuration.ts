import { TOKEN_ALGORITHMS } from '../tokens/token-service.js';

/** What iamgate's discovery document is made from. */
export interface DiscoverySettings {
  /**
   * The `iss` of session tokens (`IAMGATE_TOKEN_ISSUER`): the public URL, which `loadConfig` requires, since the
   * document is served under it and OpenID Connect Discovery 1.0, section 4.3 requires the two to be the same.
   */
  issuer: string;
  /** The gateway's public URL (`IAMGATE_PUBLIC_URL`), where `/.well-known/jwks.json` is served. */
  publicUrl: string;
}

/** The claims of iamgate session tokens (`SessionClaims`); `auth_time` only when an MFA code was checked. */
const CLAIMS = [
  'iss',
  'aud',
  'sub',
  'iat',
  'nbf',
  'exp',
  'jti',
  'sid',
  'arn',
  'acct',
  'ptyp',
  'name',
  'role',
  'srcid',
  'tags',
  'amr',
  'auth_time',
];

/**
 * iamgate's OpenID Connect discovery document (OpenID Connect Discovery 1.0, section 3), so that standard libraries
 * verify its session tokens from the issuer alone: discovery, then the key set at `jwks_uri`. iamgate issues tokens
 * through its API, not through browser flows, so the document describes verification only, like the discovery
 * documents of Kubernetes service account issuers: no `authorization_endpoint`, and `id_token` as the one response
 * type.
 */
export function openidConfiguration(settings: DiscoverySettings): Record<string, unknown> {
  return {
    issuer: settings.issuer,
    jwks_uri: `${settings.publicUrl}/.well-known/jwks.json`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [...TOKEN_ALGORITHMS],
    claims_supported: CLAIMS,
  };
}
