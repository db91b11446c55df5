import type { JWTPayload } from 'jose';
import { AuthenticationError } from '../errors.js';
import type { PrincipalType, VerifiedPrincipal } from './verified-principal.js';

/**
 * The claims of an iamgate session token, as the gateway issues them
 * (`services/gateway/src/tokens/session-claims.ts`, whose `SessionClaims` is the contract). Role sessions may carry
 * the optional claims below; the middleware reads them when present and never requires them.
 */
export interface SessionTokenClaims extends JWTPayload {
  iss: string;
  aud: string;
  sub: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
  sid: string;
  arn: string;
  acct: string;
  ptyp: PrincipalType;
  name?: string;
  tags: Record<string, string>;
  /** Role sessions: the role's ARN with its path (`arn:P:iam::A:role/path/Name`). */
  role?: string;
  /** Role sessions: the source identity (`sts:SourceIdentity`). */
  srcid?: string;
  /** Authentication methods (RFC 8176); `mfa` among them means the session was authenticated with MFA. */
  amr?: string[];
  /** When the principal authenticated, in seconds since the epoch (OpenID Connect Core, section 2). */
  auth_time?: number;
}

/** The claims `jose` must find before the shape check runs; it validates `iss`, `aud`, `exp` and `nbf` itself. */
export const REQUIRED_REGISTERED_CLAIMS = ['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti'] as const;

const PRINCIPAL_TYPES = new Set<unknown>(['root', 'user', 'role']);

function invalid(claim: string, expected: string): AuthenticationError {
  return new AuthenticationError('TOKEN_INVALID', `the \`${claim}\` claim must be ${expected}`);
}

function requireString(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') throw invalid(claim, 'a non-empty string');
  return value;
}

function optionalString(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw invalid(claim, 'a non-empty string when present');
  return value;
}

function readTags(payload: JWTPayload): Record<string, string> {
  const tags = payload.tags;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) throw invalid('tags', 'an object');
  for (const value of Object.values(tags))
    if (typeof value !== 'string') throw invalid('tags', 'a string map');
  return tags as Record<string, string>;
}

function readMfa(payload: JWTPayload): VerifiedPrincipal['mfa'] {
  const { amr, auth_time: authTime } = payload;
  if (amr === undefined) return undefined;
  if (!Array.isArray(amr) || !amr.every((m) => typeof m === 'string')) throw invalid('amr', 'a string array');
  if (authTime !== undefined && typeof authTime !== 'number') throw invalid('auth_time', 'a number');
  const present = amr.includes('mfa');
  return authTime === undefined ? { present } : { present, authenticatedAt: authTime };
}

/**
 * Checks the iamgate claims of a payload whose signature and registered claims `jose` has already verified, and
 * builds the principal. A missing or mistyped claim is `TOKEN_INVALID`: the gateway never issues one, so the token
 * was not made by it.
 */
export function principalFromClaims(payload: JWTPayload): VerifiedPrincipal {
  const type = payload.ptyp;
  if (!PRINCIPAL_TYPES.has(type)) throw invalid('ptyp', '`root`, `user` or `role`');
  const arn = requireString(payload, 'arn');
  if (!arn.startsWith('arn:')) throw invalid('arn', 'an ARN');
  const principal: VerifiedPrincipal = {
    arn,
    account: requireString(payload, 'acct'),
    type: type as PrincipalType,
    id: requireString(payload, 'sub'),
    sessionId: requireString(payload, 'sid'),
    tokenId: requireString(payload, 'jti'),
    // INVARIANT: jose has checked that iat and exp are present and numeric (REQUIRED_REGISTERED_CLAIMS).
    issuedAt: payload.iat as number,
    expiresAt: payload.exp as number,
    tags: readTags(payload),
    claims: payload,
  };
  const userName = optionalString(payload, 'name');
  if (userName !== undefined) principal.userName = userName;
  const roleArn = optionalString(payload, 'role');
  if (roleArn !== undefined) principal.roleArn = roleArn;
  const sourceIdentity = optionalString(payload, 'srcid');
  if (sourceIdentity !== undefined) principal.sourceIdentity = sourceIdentity;
  const mfa = readMfa(payload);
  if (mfa !== undefined) principal.mfa = mfa;
  return principal;
}
