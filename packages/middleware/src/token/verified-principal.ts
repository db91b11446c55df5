import type { PrincipalType } from '@iamgate/policy/contracts';
import type { JWTPayload } from 'jose';

export type { PrincipalType };

/**
 * The caller, as proven by a verified session token. Handlers receive it as `req.iamgate.principal` (or
 * `c.get('iamgate').principal`, `context.iamgate.principal`).
 */
export interface VerifiedPrincipal {
  /** The principal's ARN: a user, the account root, or a role session (`arn:P:sts::A:assumed-role/Role/Session`). */
  arn: string;
  /** The account the principal belongs to. */
  account: string;
  type: PrincipalType;
  /** The principal's unique id (`sub`): the user id, the account id for root, `roleId:sessionName` for a role session. */
  id: string;
  /** The user name, for users only. */
  userName?: string;
  /** The session the token belongs to (`sid`); revoking the session invalidates the token. */
  sessionId: string;
  /** The token's own id (`jti`). */
  tokenId: string;
  /** When the token was issued, in seconds since the epoch (`iat`). */
  issuedAt: number;
  /** When the token expires, in seconds since the epoch (`exp`). */
  expiresAt: number;
  /** Principal tags at issue time (`aws:PrincipalTag/*`). */
  tags: Readonly<Record<string, string>>;
  /** For role sessions, when the token carries it: the role's ARN with its path. */
  roleArn?: string;
  /** For role sessions, when the token carries it: the source identity set at assumeRole. */
  sourceIdentity?: string;
  /** When the token says how the session authenticated: whether MFA was used and when authentication happened. */
  mfa?: { present: boolean; authenticatedAt?: number };
  /** Every verified claim, for app-specific needs. */
  claims: Readonly<JWTPayload>;
}
