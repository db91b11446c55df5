import type { OidcProvider } from '@iamgate/store';
import { decodeJwt, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { IamError } from '../errors/iam-error.js';
import { IssuerFetchError } from './bounded-fetch.js';
import type { IssuerKeys } from './issuer-keys.js';

/**
 * The algorithms a web identity token may be signed with: asymmetric ones only, so that a key published in an
 * issuer's JWKS can verify but never sign (`none` and HMAC are refused, whatever the key set holds).
 */
export const WEB_IDENTITY_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

/** Accepted clock skew between the gateway and an issuer, in seconds (`exp`, `nbf`, `iat`). */
export const WEB_IDENTITY_CLOCK_TOLERANCE_SECONDS = 30;

/** `WebIdentityToken`: 4 to 20,000 characters (`API_AssumeRoleWithWebIdentity.html`). */
export const MAX_WEB_IDENTITY_TOKEN_LENGTH = 20_000;

/** The claim AWS reads a session's source identity from, and iamgate too. */
export const SOURCE_IDENTITY_CLAIM = 'https://aws.amazon.com/source_identity';

/** What a verified web identity token says. */
export interface VerifiedWebIdentity {
  /** `iss`: the provider's issuer. */
  issuer: string;
  /** `sub`: the identity at the issuer (`SubjectFromWebIdentityToken`). */
  subject: string;
  /** The first `aud` value that is a client ID of the provider (`Audience`). */
  audience: string;
  /** `amr`, when the token has it: how the subject authenticated. */
  amr: string[] | undefined;
  /** The source identity the issuer set, when it did. */
  sourceIdentity: string | undefined;
  claims: JWTPayload;
}

/**
 * Why a token was refused: the stable code, and `reason` for the audit log of the role's account, which the caller
 * is not always shown. `detail`, when there is one, is for the operator's log only (how an issuer failed: names,
 * addresses, statuses). `cachedFailure`: the issuer was not asked, an earlier failure answered.
 */
export class WebIdentityRefusal extends IamError {
  readonly detail: string | undefined;
  readonly cachedFailure: boolean;

  constructor(
    code: 'InvalidIdentityToken' | 'ExpiredToken' | 'IDPCommunicationError',
    message: string,
    readonly reason: string,
    options: { detail?: string; cachedFailure?: boolean } = {},
  ) {
    super(code, message);
    this.detail = options.detail;
    this.cachedFailure = options.cachedFailure ?? false;
  }
}

/** The message of every refusal made before the token's signature verified: it names nothing an outsider could probe. */
export const UNVERIFIED_TOKEN = 'the web identity token could not be validated';

/**
 * The issuer a token claims (`iss`), read without verifying anything: only to choose the provider whose keys will
 * verify it. `InvalidIdentityToken` when it is no JWT or has no issuer.
 */
export function claimedIssuer(token: string): string {
  let payload: JWTPayload;
  try {
    payload = decodeJwt(token);
  } catch {
    throw new WebIdentityRefusal('InvalidIdentityToken', UNVERIFIED_TOKEN, 'not a JWT');
  }
  if (typeof payload.iss !== 'string' || !/^https?:\/\/./.test(payload.iss)) {
    throw new WebIdentityRefusal('InvalidIdentityToken', UNVERIFIED_TOKEN, 'no http(s) `iss` claim');
  }
  return payload.iss;
}

/**
 * Verifies a web identity token against its provider as `AssumeRoleWithWebIdentity` does
 * (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`, `IAM/latest/UserGuide/id_roles_providers_oidc.html`):
 * signed with an asymmetric algorithm by a key of the issuer's key set, `iss` equal to the provider's issuer, an
 * `aud` among its client IDs, `exp` in the future and `nbf`/`iat` not (30 seconds of skew), and a `sub`. A token
 * naming a key the cached set lacks is refused at once and the set fetched again in the background (at most every
 * 30 seconds), so a refusal never waits on the issuer. Refusals before the signature verified all read the same
 * (`UNVERIFIED_TOKEN`); afterwards the caller holds a genuine token and is told what is wrong with it. Issuers not
 * read by `deadline` (a `performance.now()` time) answer `IDPCommunicationError`.
 */
export async function verifyWebIdentityToken(
  token: string,
  provider: OidcProvider,
  keys: IssuerKeys,
  now: Date,
  deadline = Number.POSITIVE_INFINITY,
): Promise<VerifiedWebIdentity> {
  if (provider.clientIds.length === 0) {
    throw new WebIdentityRefusal(
      'InvalidIdentityToken',
      UNVERIFIED_TOKEN,
      `provider \`${provider.arn}\` has no client IDs`,
    );
  }
  let signatureVerified = false;
  const resolveKey: JWTVerifyGetKey = async (header, jws) => {
    const current = await keys.current(provider.issuer, deadline);
    try {
      return await current(header, jws);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) keys.refreshInBackground(provider.issuer);
      throw error;
    }
  };
  try {
    const { payload } = await jwtVerify(
      token,
      async (header, jws) => {
        const key = await resolveKey(header, jws);
        // jose checks the signature right after the key is found, and the claims only once it verified.
        signatureVerified = true;
        return key;
      },
      {
        algorithms: WEB_IDENTITY_ALGORITHMS,
        issuer: provider.issuer,
        audience: provider.clientIds,
        currentDate: now,
        clockTolerance: WEB_IDENTITY_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      },
    );
    return checked(payload, provider, now);
  } catch (error) {
    throw refusal(error, signatureVerified);
  }
}

function checked(payload: JWTPayload, provider: OidcProvider, now: Date): VerifiedWebIdentity {
  const sub = payload.sub;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
    throw new WebIdentityRefusal(
      'InvalidIdentityToken',
      'the web identity token has no valid `sub` (1-255 characters)',
      'sub',
    );
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + WEB_IDENTITY_CLOCK_TOLERANCE_SECONDS) {
    throw new WebIdentityRefusal(
      'InvalidIdentityToken',
      'the web identity token was issued in the future',
      'iat',
    );
  }
  const auds = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  const audience = auds.find((aud) => provider.clientIds.includes(aud)) as string;
  const amr = payload.amr;
  const source = payload[SOURCE_IDENTITY_CLAIM];
  return {
    issuer: provider.issuer,
    subject: sub,
    audience,
    amr:
      typeof amr === 'string'
        ? [amr]
        : Array.isArray(amr)
          ? amr.filter((v) => typeof v === 'string')
          : undefined,
    sourceIdentity: typeof source === 'string' ? source : undefined,
    claims: payload,
  };
}

/** The refusal for what `jwtVerify` (or the key lookup) threw. */
function refusal(error: unknown, signatureVerified: boolean): unknown {
  if (error instanceof WebIdentityRefusal) return error;
  if (error instanceof IssuerFetchError) {
    // The audit log gets the code only: the detail (what a name resolved to, a status) is the gateway's network.
    return new WebIdentityRefusal(
      'IDPCommunicationError',
      'the identity provider of the token could not be reached or did not answer as an OpenID Connect issuer',
      error.code,
      { detail: error.message, cachedFailure: error.cached },
    );
  }
  if (!(error instanceof errors.JOSEError)) return error;
  if (!signatureVerified) return new WebIdentityRefusal('InvalidIdentityToken', UNVERIFIED_TOKEN, error.code);
  if (error instanceof errors.JWTExpired) {
    return new WebIdentityRefusal('ExpiredToken', 'the web identity token has expired', error.code);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const messages: Record<string, string> = {
      aud: 'the audience of the web identity token is not a client ID of the provider',
      nbf: 'the web identity token is not valid yet',
      sub: 'the web identity token has no `sub`',
      exp: 'the web identity token has no `exp`',
      iss: 'the issuer of the web identity token is not the provider',
    };
    return new WebIdentityRefusal(
      'InvalidIdentityToken',
      messages[error.claim] ?? `the claim \`${error.claim}\` of the web identity token is not valid`,
      `${error.claim}: ${error.reason}`,
    );
  }
  return new WebIdentityRefusal('InvalidIdentityToken', UNVERIFIED_TOKEN, error.code);
}
