import { invalidInput, limitExceeded, noSuchEntity } from '../errors.js';

/**
 * AWS's limits of OpenID Connect providers (`IAM/latest/UserGuide/reference_iam-quotas.html`,
 * `IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html`): 100 providers per account, 100 client IDs of
 * 1-255 characters per provider, 5 thumbprints of 40 hex characters, a URL of at most 255 characters.
 */
export const OIDC_PROVIDER_LIMITS = {
  providersPerAccount: 100,
  clientIdsPerProvider: 100,
  clientIdLength: 255,
  thumbprintsPerProvider: 5,
  urlLength: 255,
} as const;

/** How an issuer URL may be written besides `https://`. */
export interface IssuerUrlOptions {
  /**
   * Also accept `http://` for a loopback host (`127.0.0.0/8`, `::1`, `localhost`): local development and tests
   * with an issuer on the same machine. Off unless the gateway is configured for it.
   */
  allowLoopbackHttp?: boolean;
}

/** An issuer URL, checked: `issuer` as given (with its scheme), `url` without it, as in the ARN. */
export interface CheckedIssuerUrl {
  issuer: string;
  url: string;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Checks a provider URL as `CreateOpenIDConnectProvider` takes it: `https://` (AWS accepts nothing else), a host,
 * optionally a port and a path, no query, fragment or user information, at most 255 characters. The text is kept
 * as given: OpenID Connect compares a token's `iss` with the issuer exactly (OpenID Connect Core 1.0, section
 * 3.1.3.7), so nothing is normalized.
 */
export function checkIssuerUrl(input: string, options: IssuerUrlOptions = {}): CheckedIssuerUrl {
  const scheme = /^https:\/\//.test(input) ? 'https://' : /^http:\/\//.test(input) ? 'http://' : undefined;
  const bad = (why: string) => invalidInput(`url \`${input}\` ${why}`, { field: 'url' });
  if (scheme === undefined) throw bad('must start with `https://`');
  const url = input.slice(scheme.length);
  if (url.length === 0 || url.length > OIDC_PROVIDER_LIMITS.urlLength) {
    throw bad(`must have 1 to ${OIDC_PROVIDER_LIMITS.urlLength} characters after the scheme`);
  }
  if (/[\s?#@\\]/.test(url) || url.startsWith('/')) {
    throw bad('must be a host with an optional port and path, without query, fragment or user information');
  }
  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    throw bad('is not a valid URL');
  }
  if (parsed.hostname === '') throw bad('has no host');
  if (scheme === 'http://' && !(options.allowLoopbackHttp === true && LOOPBACK_HOST.test(parsed.hostname))) {
    throw bad(
      options.allowLoopbackHttp === true
        ? 'must start with `https://` (`http://` is accepted for a loopback host only)'
        : 'must start with `https://`',
    );
  }
  return { issuer: input, url };
}

/**
 * The ARN of a provider: `arn:<partition>:iam::<account>:oidc-provider/<url>`
 * (`IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns`).
 */
export function oidcProviderArn(partition: string, accountId: string, url: string): string {
  return `arn:${partition}:iam::${accountId}:oidc-provider/${url}`;
}

const ARN = /^arn:([^:]+):iam::(\d{12}):oidc-provider\/(.+)$/;

/**
 * The URL a provider ARN names in `accountId`. Not an `oidc-provider` ARN is `InvalidInput`; one of another
 * partition or account is `NoSuchEntity`, worded like a provider that does not exist (an ARN is no capability).
 */
export function providerUrlOf(partition: string, accountId: string, arn: string): string {
  const m = ARN.exec(arn);
  if (!m) throw invalidInput(`\`${arn}\` is not an OpenID Connect provider ARN`, { field: 'arn' });
  if (m[1] !== partition || m[2] !== accountId) throw noSuchEntity('OpenID Connect provider', arn);
  return m[3] as string;
}

/** Client IDs (audiences): 1-255 characters each, duplicates dropped, at most 100. */
export function checkClientIds(clientIds: readonly string[]): string[] {
  const out = [...new Set(clientIds)];
  for (const id of out) checkClientId(id);
  if (out.length > OIDC_PROVIDER_LIMITS.clientIdsPerProvider) {
    throw limitExceeded(
      'clientIdsPerOidcProvider',
      OIDC_PROVIDER_LIMITS.clientIdsPerProvider,
      'too many client IDs for the provider',
    );
  }
  return out;
}

/** One client ID: 1-255 characters. */
export function checkClientId(clientId: string): string {
  if (
    typeof clientId !== 'string' ||
    clientId.length < 1 ||
    clientId.length > OIDC_PROVIDER_LIMITS.clientIdLength
  ) {
    throw invalidInput(`client ID \`${String(clientId)}\` must have 1 to 255 characters`, {
      field: 'clientId',
    });
  }
  return clientId;
}

/**
 * Thumbprints: SHA-1 fingerprints of the issuer's certificate, 40 hex characters each (kept lowercase), duplicates
 * dropped, at most 5. Stored and returned as AWS does; the gateway does not pin them (it trusts the TLS
 * certificate chain), see the gateway README.
 */
export function checkThumbprints(thumbprints: readonly string[]): string[] {
  const out = [...new Set(thumbprints.map((t) => (typeof t === 'string' ? t.toLowerCase() : t)))];
  for (const t of out) {
    if (typeof t !== 'string' || !/^[0-9a-f]{40}$/.test(t)) {
      throw invalidInput(`thumbprint \`${String(t)}\` must be 40 hexadecimal characters`, {
        field: 'thumbprintList',
      });
    }
  }
  if (out.length > OIDC_PROVIDER_LIMITS.thumbprintsPerProvider) {
    throw limitExceeded(
      'thumbprintsPerOidcProvider',
      OIDC_PROVIDER_LIMITS.thumbprintsPerProvider,
      'too many thumbprints for the provider',
    );
  }
  return out;
}
