/**
 * The claims of an iamgate session token: what the gateway signs and what `@iamgate/middleware` reads from the
 * tokens it verifies. The registered claims (`iss`, `aud`, `sub`, `iat`, `nbf`, `exp`, `jti`) follow RFC 7519; `sid`
 * follows OpenID Connect's session id claim, `amr` RFC 8176 and `auth_time` OpenID Connect Core section 2. The rest
 * are iamgate's, and are what an app needs to decide without calling the gateway.
 *
 * CAUTION: this is a public contract between the gateway and every app: a claim may be added, never renamed or
 * retyped, and an app must not require a claim older gateways did not issue.
 */
import { tryParseArn } from '../arn.js';
import type { SessionPrincipalType } from '../principal-context.js';

/** What kind of principal a session belongs to (the `ptyp` claim); matches the store's session `principalType`. */
export type PrincipalType = SessionPrincipalType;

/** The claims of an iamgate session token. */
export interface SessionClaims {
  iss: string;
  aud: string;
  /** The principal's unique id: the user id, the account id for root, `roleId:sessionName` for a role session. */
  sub: string;
  iat: number;
  nbf: number;
  exp: number;
  /** A unique id of this token. */
  jti: string;
  /** The session this token belongs to; revoking the session invalidates the token. */
  sid: string;
  /** The principal's ARN (`arn:<partition>:iam::<account>:user/<path><name>`, `...:root`, an assumed-role ARN). */
  arn: string;
  /** The account the principal belongs to. */
  acct: string;
  ptyp: PrincipalType;
  /** The user name for users; absent for root and role sessions. */
  name?: string;
  /** Role sessions: the role's ARN with its path (`aws:PrincipalArn` for the session; its own ARN has no path). */
  role?: string;
  /** Role sessions: the source identity (`aws:SourceIdentity`), when one was set. */
  srcid?: string;
  /** Principal tags at issue time (`aws:PrincipalTag/*`). */
  tags: Record<string, string>;
  /**
   * How the principal authenticated (RFC 8176): `pwd` or `swk` for a sign-in, with `mfa` and `otp` when an MFA code
   * was checked (`aws:MultiFactorAuthPresent`). Empty for a session that did not authenticate with MFA itself.
   */
  amr?: string[];
  /** When the MFA code was checked, in seconds since the epoch (`aws:MultiFactorAuthAge`); only with `mfa`. */
  auth_time?: number;
  /** Any other claim of a verified token. */
  [claim: string]: unknown;
}

/** The claims a gateway chooses when issuing a token; its token service fills in the registered claims. */
export type SessionClaimsInput = Pick<
  SessionClaims,
  'sub' | 'sid' | 'arn' | 'acct' | 'ptyp' | 'name' | 'role' | 'srcid' | 'tags' | 'amr' | 'auth_time'
>;

/** The registered claims every session token has; a JWT library is told to require them before the rest is read. */
export const REGISTERED_CLAIMS = ['iss', 'aud', 'sub', 'iat', 'nbf', 'exp', 'jti'] as const;

const PRINCIPAL_TYPES: ReadonlySet<unknown> = new Set<PrincipalType>(['root', 'user', 'role']);
const REQUIRED_STRINGS = ['iss', 'aud', 'sub', 'jti', 'sid', 'acct'] as const;
const OPTIONAL_STRINGS = ['name', 'role', 'srcid'] as const;
const REQUIRED_NUMBERS = ['iat', 'nbf', 'exp'] as const;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isStringMap(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const v of Object.values(value)) if (typeof v !== 'string') return false;
  return true;
}

/**
 * What is wrong with a payload as session claims, in words (`the \`arn\` claim must be an ARN`), or undefined when
 * it has their shape. The gateway never issues such a token, so one that fails was not made by it.
 *
 * @example
 * sessionClaimsProblem({ ...claims, ptyp: 'admin' }); // 'the `ptyp` claim must be `root`, `user` or `role`'
 */
export function sessionClaimsProblem(payload: Readonly<Record<string, unknown>>): string | undefined {
  for (const claim of REQUIRED_STRINGS) {
    if (!isNonEmptyString(payload[claim])) return `the \`${claim}\` claim must be a non-empty string`;
  }
  for (const claim of REQUIRED_NUMBERS) {
    if (typeof payload[claim] !== 'number') return `the \`${claim}\` claim must be a number`;
  }
  if (!PRINCIPAL_TYPES.has(payload.ptyp)) return 'the `ptyp` claim must be `root`, `user` or `role`';
  const arn = payload.arn;
  if (typeof arn !== 'string' || tryParseArn(arn) === undefined) return 'the `arn` claim must be an ARN';
  for (const claim of OPTIONAL_STRINGS) {
    const value = payload[claim];
    if (value !== undefined && !isNonEmptyString(value)) {
      return `the \`${claim}\` claim must be a non-empty string when present`;
    }
  }
  if (!isStringMap(payload.tags)) return 'the `tags` claim must be an object of strings';
  const amr = payload.amr;
  if (amr !== undefined && !(Array.isArray(amr) && amr.every((m) => typeof m === 'string'))) {
    return 'the `amr` claim must be an array of strings';
  }
  const authTime = payload.auth_time;
  if (authTime !== undefined && typeof authTime !== 'number') return 'the `auth_time` claim must be a number';
  return undefined;
}

/** Whether a verified payload has the shape of `SessionClaims` (see `sessionClaimsProblem`). */
export function isSessionClaims(payload: Readonly<Record<string, unknown>>): payload is SessionClaims {
  return sessionClaimsProblem(payload) === undefined;
}

/**
 * Whether the session authenticated with MFA (`amr` holds `mfa`), and when (`auth_time`); undefined when the token
 * does not say how it authenticated.
 */
export function sessionMfa(
  claims: Pick<SessionClaims, 'amr' | 'auth_time'>,
): { present: boolean; authenticatedAt?: number } | undefined {
  if (claims.amr === undefined) return undefined;
  const present = claims.amr.includes('mfa');
  return claims.auth_time === undefined ? { present } : { present, authenticatedAt: claims.auth_time };
}
