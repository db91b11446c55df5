/** How serious a finding is, in AWS Security Hub's labels, most serious first. */
export const FINDING_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** A finding's severity. */
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';

/**
 * Every security finding iamgate reports, with its severity and the AWS documentation page that explains the fix.
 * CAUTION: the codes are a public contract (a GraphQL enum); add codes, never rename them.
 */
export const FINDING_CATALOG = {
  /** The root user has access keys (CIS AWS Foundations 1.4, Security Hub IAM.4). */
  ROOT_ACCESS_KEY: { severity: 'CRITICAL', documentation: `${GUIDE}id_root-user_manage_delete-key.html` },
  /** The root user has no MFA device enabled (CIS 1.5, Security Hub IAM.9). */
  ROOT_MFA_NOT_ENABLED: {
    severity: 'CRITICAL',
    documentation: `${GUIDE}id_credentials_mfa_enable_virtual.html`,
  },
  /** A customer managed or inline policy allows every action on every resource (Security Hub IAM.1). */
  POLICY_ALLOWS_FULL_ACCESS: {
    severity: 'HIGH',
    documentation: `${GUIDE}best-practices.html#grant-least-privilege`,
  },
  /** A policy allows `iam:PassRole` on every role: whoever holds it can hand any role to a workload. */
  POLICY_ALLOWS_PASS_ROLE_ON_ALL: { severity: 'HIGH', documentation: `${GUIDE}id_roles_use_passrole.html` },
  /** A user with a console password has no MFA device enabled (CIS 1.10, Security Hub IAM.5). */
  USER_PASSWORD_WITHOUT_MFA: {
    severity: 'HIGH',
    documentation: `${GUIDE}id_credentials_mfa_enable_virtual.html`,
  },
  /** The root user signed in or made a call recently (CIS 1.7). */
  ROOT_USED_RECENTLY: { severity: 'MEDIUM', documentation: `${GUIDE}id_root-user.html` },
  /** An active access key is older than the rotation period (CIS 1.14, Security Hub IAM.3). */
  ACCESS_KEY_NOT_ROTATED: { severity: 'MEDIUM', documentation: `${GUIDE}id_credentials_access-keys.html` },
  /** An active access key was not used for the period (CIS 1.12, Security Hub IAM.8). */
  UNUSED_ACCESS_KEY: { severity: 'MEDIUM', documentation: `${GUIDE}id_credentials_finding-unused.html` },
  /** A console password was not used for the period (CIS 1.12, Security Hub IAM.8). */
  UNUSED_PASSWORD: { severity: 'MEDIUM', documentation: `${GUIDE}id_credentials_finding-unused.html` },
  /** A user has attached or inline policies of its own instead of only its groups' (CIS 1.15, Security Hub IAM.2). */
  USER_POLICIES_ATTACHED_DIRECTLY: {
    severity: 'LOW',
    documentation: `${GUIDE}id_groups_manage_attach-policy.html`,
  },
} as const satisfies Record<string, { severity: FindingSeverity; documentation: string }>;

/** A finding's stable code. */
export type FindingCode = keyof typeof FINDING_CATALOG;

/** Every code, in the catalog's order (the order findings of one severity are listed in). */
export const FINDING_CODES = Object.keys(FINDING_CATALOG) as FindingCode[];
