import type { GatewayConfig } from '../config/gateway-config.js';

/** A URL as an issuer comparison sees it: host (lowercase, default port dropped) and path without trailing slashes. */
function comparable(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether `issuer` names the gateway itself: its token issuer (`IAMGATE_TOKEN_ISSUER`) or its public URL, whatever
 * the scheme, letter case, default port or trailing slashes. Such a provider would let any session token of the
 * gateway (one since revoked, or of a closed account, whose signature still verifies) mint fresh role sessions
 * through `assumeRoleWithWebIdentity`, so it is refused when created and when a token is presented.
 *
 * @example
 * isGatewayIssuer('https://IAM.example.com/', { publicUrl: 'https://iam.example.com', tokens }); // true
 */
export function isGatewayIssuer(
  issuer: string,
  config: Pick<GatewayConfig, 'publicUrl'> & { tokens: Pick<GatewayConfig['tokens'], 'issuer'> },
): boolean {
  const candidate = comparable(issuer);
  if (candidate === undefined) return false;
  return [config.tokens.issuer, config.publicUrl].some((own) => comparable(own) === candidate);
}
