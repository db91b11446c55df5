import type { PrincipalType } from '@iamgate/policy/contracts';

/** The authenticated caller of a request, from its verified session token. */
export interface Principal {
  type: PrincipalType;
  /** The principal's ARN: `arn:<p>:iam::<a>:root`, `arn:<p>:iam::<a>:user/<path><name>`, an assumed-role ARN. */
  arn: string;
  /** For a role session, the role's ARN with its path (`aws:PrincipalArn`); the assumed-role ARN has no path. */
  roleArn?: string;
  accountId: string;
  /** Unique id (`aws:userid`): the user id, the account id for root, `roleId:sessionName` for a role session. */
  id: string;
  /** The user name, for users (`aws:username`). */
  userName: string | undefined;
  /** Principal tags (`aws:PrincipalTag/*`). */
  tags: Record<string, string>;
  sessionId: string;
  /** When the session token was issued (`aws:TokenIssueTime`). */
  tokenIssuedAt: Date;
  /** When the session token expires. */
  expiresAt: Date;
  /** Whether the session was authenticated with MFA (`aws:MultiFactorAuthPresent`). */
  mfaAuthenticated?: boolean;
  /** When the session's MFA code was checked (`aws:MultiFactorAuthAge`). */
  mfaAuthenticatedAt?: Date;
  /** How the session was obtained (`signIn`, `accessKey`, `getSessionToken`, `assumeRole`...). */
  sessionSource?: string;
  /** The source identity of a role session (`aws:SourceIdentity`), set once and kept through chaining. */
  sourceIdentity?: string;
  /** The organization of the account (`aws:PrincipalOrgID`) and the account's path in it (`aws:PrincipalOrgPaths`). */
  organization?: { id: string; path: string };
}
