import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherAccount, type SeededAccount, seedAccount } from './support/best-practices-seed.js';
import { ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/**
 * `getAccountSummary`'s `summaryMap` as AWS's `SummaryMap` (`IAM/latest/APIReference/API_GetAccountSummary.html`):
 * the seeded account's counts, its root user's MFA and keys, and the quotas of `reference_iam-quotas.html`.
 */

const SUMMARY = '{ getAccountSummary { summaryMap { key value } } }';

describe.each(testDrivers())('the account summary on %s', (driver) => {
  let t: TestGateway;
  let s: SeededAccount;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    s = await seedAccount(t);
  });
  afterAll(async () => t?.cleanup());

  const summary = async (token: string) =>
    Object.fromEntries(
      ok(
        await t.gql<{ getAccountSummary: { summaryMap: { key: string; value: number }[] } }>(
          SUMMARY,
          {},
          { token },
        ),
      ).getAccountSummary.summaryMap.map((e) => [e.key, e.value]),
    );

  it("is AWS's SummaryMap: counts, root MFA and keys, quotas, sorted by key", async () => {
    const map = await summary(s.rootToken);
    expect(Object.keys(map)).toEqual([...Object.keys(map)].sort());
    expect(map).toEqual({
      AccessKeysPerUserQuota: 2,
      AccountAccessKeysPresent: 1,
      AccountMFAEnabled: 0,
      AccountPasswordPresent: 1,
      AssumeRolePolicySizeQuota: 2048,
      AttachedPoliciesPerGroupQuota: 10,
      AttachedPoliciesPerRoleQuota: 10,
      AttachedPoliciesPerUserQuota: 10,
      GroupPolicySizeQuota: 5120,
      Groups: 1,
      GroupsPerUserQuota: 10,
      GroupsQuota: 300,
      InstanceProfiles: 0,
      InstanceProfilesQuota: 1000,
      // alice's device, enabled for her.
      MFADevices: 1,
      MFADevicesInUse: 1,
      Policies: 1,
      PoliciesQuota: 1500,
      PolicySizeQuota: 6144,
      // AdminAll attached to bob.
      PolicyVersionsInUse: 1,
      Providers: 0,
      RolePolicySizeQuota: 10240,
      Roles: 1,
      RolesQuota: 1000,
      UserPolicySizeQuota: 2048,
      Users: 3,
      UsersQuota: 5000,
      VersionsPerPolicyQuota: 5,
    });
  });

  it("counts only the caller's account", async () => {
    const other = await otherAccount(t, s.rootToken, 'root-b@example.com');
    const map = await summary(other.rootToken);
    expect([
      map.Users,
      map.Groups,
      map.Roles,
      map.Policies,
      map.MFADevices,
      map.AccountAccessKeysPresent,
    ]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
