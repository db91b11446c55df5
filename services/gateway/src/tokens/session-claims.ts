import type { JWTPayload } from 'jose';

/** What kind of principal a session belongs to; matches the store's session `principalType`. */
export type PrincipalType = 'root' | 'user' | 'role';

/**
 * The claims of an iamgate session token. The registered claims (`iss`, `aud`, `sub`, `iat`, `nbf`, `exp`, `jti`)
 * follow RFC 7519; `sid` follows OpenID Connect's session id claim. The rest are iamgate's and are what the
 * middleware needs to decide without calling the gateway.
 *
 * CAUTION: this is a public contract: `@iamgate/middleware` reads these claims from tokens it verifies.
 */
export interface SessionClaims extends JWTPayload {
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
  /** The principal's ARN (`arn:<partition>:iam::<account>:user/<path><name>`, `...:root`). */
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
}

/** The claims a caller chooses when issuing a token; the token service fills in the registered claims. */
export type SessionClaimsInput = Pick<
  SessionClaims,
  'sub' | 'sid' | 'arn' | 'acct' | 'ptyp' | 'name' | 'role' | 'srcid' | 'tags' | 'amr' | 'auth_time'
>;

/** Whether a verified payload has the shape of a `SessionClaims`. */
export function isSessionClaims(payload: JWTPayload): payload is SessionClaims {
  const p = payload as Record<string, unknown>;
  return (
    typeof p.sub === 'string' &&
    typeof p.sid === 'string' &&
    typeof p.arn === 'string' &&
    typeof p.acct === 'string' &&
    (p.ptyp === 'root' || p.ptyp === 'user' || p.ptyp === 'role') &&
    (p.name === undefined || typeof p.name === 'string') &&
    (p.role === undefined || typeof p.role === 'string') &&
    (p.srcid === undefined || typeof p.srcid === 'string') &&
    (p.amr === undefined || (Array.isArray(p.amr) && p.amr.every((m) => typeof m === 'string'))) &&
    (p.auth_time === undefined || typeof p.auth_time === 'number') &&
    typeof p.tags === 'object' &&
    p.tags !== null &&
    Object.values(p.tags).every((v) => typeof v === 'string') &&
    typeof p.jti === 'string' &&
    typeof p.iat === 'number' &&
    typeof p.exp === 'number'
  );
}
