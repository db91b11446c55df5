import type { AccountSummary } from '@iamgate/store';

/** One entry of AWS's `SummaryMap`. */
export interface SummaryEntry {
  key: string;
  value: number;
}

/**
 * AWS's `SummaryMap` (`IAM/latest/APIReference/API_GetAccountSummary.html`) for the keys iamgate has, sorted by key.
 * `InstanceProfiles` are workloads (iamgate's instance profiles); `PolicyVersionsInUse` counts attachments of managed
 * policies, as AWS does. Left out, having no iamgate counterpart: server and signing certificates,
 * `PolicyVersionsInUseQuota` and `GlobalEndpointTokenVersion`. Sizes are characters without whitespace.
 */
export function summaryMap(s: AccountSummary): SummaryEntry[] {
  const q = s.quotas;
  const flag = (value: boolean) => (value ? 1 : 0);
  const entries: Record<string, number> = {
    AccessKeysPerUserQuota: q.accessKeysPerUser,
    AccountAccessKeysPresent: flag(s.rootAccessKeysPresent),
    AccountMFAEnabled: flag(s.rootMfaEnabled),
    // iamgate's root user always has a password.
    AccountPasswordPresent: 1,
    AssumeRolePolicySizeQuota: q.trustPolicySize,
    AttachedPoliciesPerGroupQuota: q.attachedPoliciesPerGroup,
    AttachedPoliciesPerRoleQuota: q.attachedPoliciesPerRole,
    AttachedPoliciesPerUserQuota: q.attachedPoliciesPerUser,
    GroupPolicySizeQuota: q.inlinePolicySizePerGroup,
    Groups: s.groups,
    GroupsPerUserQuota: q.groupsPerUser,
    GroupsQuota: q.groupsPerAccount,
    InstanceProfiles: s.workloads,
    InstanceProfilesQuota: q.workloadsPerAccount,
    MFADevices: s.mfaDevices,
    MFADevicesInUse: s.mfaDevicesInUse,
    Policies: s.policies,
    PoliciesQuota: q.policiesPerAccount,
    PolicySizeQuota: q.managedPolicySize,
    PolicyVersionsInUse: s.policyAttachments,
    Providers: s.providers,
    RolePolicySizeQuota: q.inlinePolicySizePerRole,
    Roles: s.roles,
    RolesQuota: q.rolesPerAccount,
    UserPolicySizeQuota: q.inlinePolicySizePerUser,
    Users: s.users,
    UsersQuota: q.usersPerAccount,
    VersionsPerPolicyQuota: q.versionsPerPolicy,
  };
  return Object.entries(entries)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value }));
}
