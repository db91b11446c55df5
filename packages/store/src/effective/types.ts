import type { Tag } from '../schema/columns.js';

/**
 * Whose policies to load. Root has none (it may do anything in its own account); the others by unique id within
 * their account: an id of another account is `NoSuchEntity`, so a caller can only ever name its own account's
 * principals.
 */
export type PrincipalRef =
  | { kind: 'root'; accountId: string }
  | { kind: 'user'; accountId: string; userId: string }
  | { kind: 'role'; accountId: string; roleId: string }
  | { kind: 'session'; accountId: string; sessionId: string };

/** Where a policy in the result comes from. */
export type PolicySource =
  | {
      type: 'managed';
      policyArn: string;
      versionId: string;
      via: 'user' | 'group' | 'role' | 'session';
      ownerName?: string;
    }
  | { type: 'inline'; ownerKind: 'user' | 'group' | 'role'; ownerName: string; policyName: string }
  | { type: 'sessionInline'; sessionId: string }
  | { type: 'guardrail'; policyId: string; policyName: string; targetId: string };

/** One policy with the id the engine reports it by (a managed policy's ARN, `user/alice/inline/ReadOnly`...). */
export interface EffectivePolicy {
  id: string;
  document: string;
  source: PolicySource;
}

/** The session data that matters to decisions, for session principals. */
export interface EffectiveSession {
  id: string;
  principalType: 'root' | 'user' | 'role';
  /** How the session was obtained (`signIn`, `accessKey`, `getSessionToken`, `assumeRole`, `assumeWorkloadRole`). */
  source: string;
  sessionName: string | null;
  sourceIdentity: string | null;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  mfaAuthenticated: boolean;
  /** When the session's MFA code was checked; null without MFA. */
  mfaAuthenticatedAt: Date | null;
}

/** Everything the policy engine needs to decide for a principal, and the revision it reflects. */
export interface EffectivePolicies {
  accountId: string;
  /** The account revision these policies were read at (same snapshot). */
  revision: number;
  /** The caller's ARN as the engine takes it (user, assumed-role session, or root). */
  principalArn: string;
  /**
   * For a role or a role session, the role's ARN with its path: what `aws:PrincipalArn` is for a role session, which
   * the assumed-role ARN cannot say (it has no path). Null otherwise.
   */
  roleArn: string | null;
  isRoot: boolean;
  /** The user's groups (for users and user sessions). */
  groups: { name: string; arn: string }[];
  /** Identity-based policies: own inline and attached, and the groups' inline and attached. */
  identity: EffectivePolicy[];
  permissionsBoundary: EffectivePolicy | null;
  /** Session policies (inline and managed ARNs given at assumeRole). */
  session: EffectivePolicy[];
  /** `aws:PrincipalTag` values: the user's or role's tags, overridden by session tags with the same key. */
  principalTags: Tag[];
  /** Present for session principals; revoked or expired sessions are reported, not hidden. */
  sessionInfo: EffectiveSession | null;
  /**
   * The guardrail levels that cap the principal, from its organization's root down to its account: every level
   * must allow (`orgs_manage_policies_scps_evaluation.html`). Empty outside an organization and for the management
   * account, to which guardrails do not apply.
   */
  guardrails: EffectivePolicy[][];
  /**
   * The organization of the account, for `aws:PrincipalOrgID` and `aws:PrincipalOrgPaths`: its id, management
   * account and the path of the account's parent (`o-.../r-.../ou-.../`); null outside one.
   */
  organization: { id: string; managementAccountId: string; path: string } | null;
}
