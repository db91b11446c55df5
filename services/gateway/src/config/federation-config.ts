import type { EnvReader } from './env-reader.js';

/**
 * How the gateway talks to the OpenID Connect issuers of registered providers (`assumeRoleWithWebIdentity`): only
 * those issuers are ever fetched, each fetch is bounded in time and size, and what they serve is kept for a while.
 */
export interface FederationSettings {
  /**
   * `IAMGATE_OIDC_FETCH_TIMEOUT_MS`: the longest one fetch of an issuer's discovery document or key set may take,
   * name resolution, connection, TLS and body included (default 3,000, at most 10,000). Past it the call fails
   * with `IDPCommunicationError`. A call waits on issuers no longer than `webIdentityBudgetMs` in all, whatever this
   * says.
   */
  fetchTimeoutMs: number;
  /**
   * `IAMGATE_OIDC_KEYS_TTL_SECONDS`: how long an issuer's discovery document and key set are used before they are
   * fetched again (default 600). A token signed by a key not in the set fetches it again at once, at most every 30
   * seconds per issuer.
   */
  keysTtlSeconds: number;
  /**
   * `IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS`: accept issuers on loopback addresses (`127.0.0.0/8`, `::1`,
   * `localhost`), over `http://` too, for local development and tests. Off by default: in production an issuer on
   * the gateway's own machine is a mistake, or an attempt to reach its local services.
   */
  allowLoopbackIssuers: boolean;
  /**
   * `IAMGATE_OIDC_ALLOW_PRIVATE_ISSUERS`: accept issuers on private networks (`10.0.0.0/8`, `172.16.0.0/12`,
   * `192.168.0.0/16`, `100.64.0.0/10`, `fc00::/7`), for an identity provider inside the same network. Off by
   * default, so that an account cannot make the gateway connect to hosts of its internal network.
   */
  allowPrivateIssuers: boolean;
}

/** The longest `assumeRoleWithWebIdentity` waits on issuers in all, when the request deadline is longer or off. */
export const MAX_WEB_IDENTITY_BUDGET_MS = 10_000;

/**
 * The time one `assumeRoleWithWebIdentity` may wait on issuers in all (discovery document and key set): half the
 * request deadline (`IAMGATE_REQUEST_TIMEOUT_MS`), at most `MAX_WEB_IDENTITY_BUDGET_MS` (also without a deadline),
 * so a slow issuer answers `IDPCommunicationError` well before the deadline answers `ServiceUnavailable`.
 *
 * @example
 * webIdentityBudgetMs(15_000); // 7500
 */
export function webIdentityBudgetMs(requestMs: number): number {
  return requestMs > 0
    ? Math.min(MAX_WEB_IDENTITY_BUDGET_MS, Math.floor(requestMs / 2))
    : MAX_WEB_IDENTITY_BUDGET_MS;
}

/** The `IAMGATE_OIDC_*` variables, validated. */
export function readFederationSettings(r: EnvReader): FederationSettings {
  return {
    fetchTimeoutMs: r.int('IAMGATE_OIDC_FETCH_TIMEOUT_MS', 3000, 100, MAX_WEB_IDENTITY_BUDGET_MS),
    keysTtlSeconds: r.int('IAMGATE_OIDC_KEYS_TTL_SECONDS', 600, 30, 86_400),
    allowLoopbackIssuers: r.bool('IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS', false),
    allowPrivateIssuers: r.bool('IAMGATE_OIDC_ALLOW_PRIVATE_ISSUERS', false),
  };
}
