/**
 * Per-account quotas. Defaults are AWS's (`IAM/latest/UserGuide/reference_iam-quotas.html`); every one can be
 * overridden per account with `accounts.setQuotas`.
 */
export interface Quotas {
  usersPerAccount: number;
  groupsPerAccount: number;
  rolesPerAccount: number;
  policiesPerAccount: number;
  workloadsPerAccount: number;
  /** Apps' service definitions (iamgate's; AWS defines its own services). */
  serviceDefinitionsPerAccount: number;
  /** Resource-based policies stored for the account's resources (iamgate's; AWS keeps them per service). */
  resourcePoliciesPerAccount: number;
  groupsPerUser: number;
  accessKeysPerUser: number;
  /** MFA devices enabled for one user, or for root (`id_credentials_mfa_enable_virtual.html`: up to 8). */
  mfaDevicesPerUser: number;
  attachedPoliciesPerUser: number;
  attachedPoliciesPerGroup: number;
  attachedPoliciesPerRole: number;
  versionsPerPolicy: number;
  tagsPerEntity: number;
  /** Managed policy document size, whitespace not counted. */
  managedPolicySize: number;
  /** Total size of all inline policies of one user / group / role, whitespace not counted. */
  inlinePolicySizePerUser: number;
  inlinePolicySizePerGroup: number;
  inlinePolicySizePerRole: number;
  trustPolicySize: number;
  /** A stored resource-based policy, whitespace not counted (an S3 bucket policy's 20 KB, `BucketPolicy`). */
  resourcePolicySize: number;
}

/** AWS's default quotas. */
export const DEFAULT_QUOTAS: Readonly<Quotas> = Object.freeze({
  usersPerAccount: 5000,
  groupsPerAccount: 300,
  rolesPerAccount: 1000,
  policiesPerAccount: 1500,
  workloadsPerAccount: 1000,
  serviceDefinitionsPerAccount: 100,
  resourcePoliciesPerAccount: 1000,
  groupsPerUser: 10,
  accessKeysPerUser: 2,
  mfaDevicesPerUser: 8,
  attachedPoliciesPerUser: 10,
  attachedPoliciesPerGroup: 10,
  attachedPoliciesPerRole: 10,
  versionsPerPolicy: 5,
  tagsPerEntity: 50,
  managedPolicySize: 6144,
  inlinePolicySizePerUser: 2048,
  inlinePolicySizePerGroup: 5120,
  inlinePolicySizePerRole: 10240,
  trustPolicySize: 2048,
  resourcePolicySize: 20480,
});

/** The quota names, for validation of overrides. */
export const QUOTA_NAMES = Object.keys(DEFAULT_QUOTAS) as (keyof Quotas)[];

/** The account's effective quotas: its overrides on top of the defaults. */
export function resolveQuotas(overrides: Record<string, number> | null | undefined): Quotas {
  return { ...DEFAULT_QUOTAS, ...(overrides ?? {}) };
}
