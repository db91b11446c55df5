import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherAccount, type SeededAccount, seedAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust, userIn } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/**
 * `listSecurityFindings`, iamgate's own (`iamgate:ListSecurityFindings`): the checks of AWS's IAM best practices
 * (`IAM/latest/UserGuide/best-practices.html`), as Security Hub's IAM controls and the CIS AWS Foundations benchmark
 * run them, on the seeded account of `seedAccount`, asserted exactly.
 */

const FINDINGS =
  'query($o: Int, $u: Int, $r: Int) { listSecurityFindings(olderThanDays: $o, unusedForDays: $u, rootUsedWithinDays: $r) ' +
  '{ code severity entityArn accessKeyId policyName message documentationUrl } }';
const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';

interface Finding {
  code: string;
  severity: string;
  entityArn: string;
  accessKeyId: string | null;
  policyName: string | null;
  message: string;
  documentationUrl: string;
}

describe.each(testDrivers())('security findings on %s', (driver) => {
  let t: TestGateway;
  let s: SeededAccount;
  let other: { accountId: string; rootToken: string };

  const findings = async (token: string, variables: Record<string, number> = {}) =>
    ok(await t.gql<{ listSecurityFindings: Finding[] }>(FINDINGS, variables, { token })).listSecurityFindings;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    s = await seedAccount(t);
    other = await otherAccount(t, s.rootToken, 'root-b@example.com');
  });
  afterAll(async () => t?.cleanup());

  it('reports what the seeded account should fix, most serious first, exactly', async () => {
    const a = `arn:iamgate:iam::${s.accountId}`;
    const finding = (
      code: string,
      severity: string,
      entityArn: string,
      message: string,
      page: string,
      more: Partial<Finding> = {},
    ): Finding => ({
      code,
      severity,
      entityArn,
      accessKeyId: null,
      policyName: null,
      message,
      documentationUrl: `${GUIDE}${page}`,
      ...more,
    });
    expect(await findings(s.rootToken)).toEqual([
      // id_root-user_manage_delete-key.html: CIS 1.4.
      finding(
        'ROOT_ACCESS_KEY',
        'CRITICAL',
        `${a}:root`,
        `the root user has access key \`${s.keys.rootKey}\` (Active): delete it and use IAM users or roles instead`,
        'id_root-user_manage_delete-key.html',
        { accessKeyId: s.keys.rootKey },
      ),
      finding(
        'ROOT_MFA_NOT_ENABLED',
        'CRITICAL',
        `${a}:root`,
        'the root user has no MFA device enabled',
        'id_credentials_mfa_enable_virtual.html',
      ),
      // AdminAll allows `*` on `*` (and so PassRole too, which is not reported twice).
      finding(
        'POLICY_ALLOWS_FULL_ACCESS',
        'HIGH',
        `${a}:policy/AdminAll`,
        'managed policy `AdminAll` allows every action on every resource',
        'best-practices.html#grant-least-privilege',
        { policyName: 'AdminAll' },
      ),
      finding(
        'POLICY_ALLOWS_PASS_ROLE_ON_ALL',
        'HIGH',
        `${a}:group/devs`,
        'inline policy `pass-any-role` of group `devs` allows `iam:PassRole` on every role',
        'id_roles_use_passrole.html',
        { policyName: 'pass-any-role' },
      ),
      // carol has a password and no MFA; alice has MFA; bob has no password.
      finding(
        'USER_PASSWORD_WITHOUT_MFA',
        'HIGH',
        `${a}:user/carol`,
        'user `carol` has a console password and no MFA device enabled',
        'id_credentials_mfa_enable_virtual.html',
      ),
      finding(
        'ROOT_USED_RECENTLY',
        'MEDIUM',
        `${a}:root`,
        `the root user was last used at ${s.t0.toISOString()}, within 90 days: keep it for the tasks only it can do`,
        'id_root-user.html',
      ),
      // bob's key is 100 days old and never used; alice's old key is inactive, her new one 10 days old and used.
      finding(
        'ACCESS_KEY_NOT_ROTATED',
        'MEDIUM',
        `${a}:user/bob`,
        `access key \`${s.keys.bobKey}\` of user \`bob\` is 100 days old: rotate it`,
        'id_credentials_access-keys.html',
        { accessKeyId: s.keys.bobKey },
      ),
      finding(
        'UNUSED_ACCESS_KEY',
        'MEDIUM',
        `${a}:user/bob`,
        `access key \`${s.keys.bobKey}\` of user \`bob\` was never used in the 100 days since it was created`,
        'id_credentials_finding-unused.html',
        { accessKeyId: s.keys.bobKey },
      ),
      finding(
        'UNUSED_PASSWORD',
        'MEDIUM',
        `${a}:user/carol`,
        'user `carol` never used the password set 95 days ago',
        'id_credentials_finding-unused.html',
      ),
      finding(
        'USER_POLICIES_ATTACHED_DIRECTLY',
        'LOW',
        `${a}:user/bob`,
        'user `bob` has 1 attached policy of its own: grant permissions through groups',
        'id_groups_manage_attach-policy.html',
      ),
    ]);
  });

  it('follows the periods asked for', async () => {
    const codes = async (variables: Record<string, number>) =>
      (await findings(s.rootToken, variables)).map((f) => `${f.code} ${f.entityArn.split(':').at(-1)}`);
    // Keys older than 5 days: alice's new key too (10 days); unused for a year: nothing; root used within 1 day: yes.
    expect(await codes({ o: 5, u: 365, r: 1 })).toEqual([
      'ROOT_ACCESS_KEY root',
      'ROOT_MFA_NOT_ENABLED root',
      'POLICY_ALLOWS_FULL_ACCESS policy/AdminAll',
      'POLICY_ALLOWS_PASS_ROLE_ON_ALL group/devs',
      'USER_PASSWORD_WITHOUT_MFA user/carol',
      'ROOT_USED_RECENTLY root',
      'ACCESS_KEY_NOT_ROTATED user/alice',
      'ACCESS_KEY_NOT_ROTATED user/bob',
      'USER_POLICIES_ATTACHED_DIRECTLY user/bob',
    ]);
    expect(codeOf(await t.gql(FINDINGS, { o: 0 }, { token: s.rootToken }))).toBe('InvalidInput');
  });

  it("never reports another account's entities", async () => {
    const theirs = await findings(other.rootToken);
    expect(theirs.map((f) => f.code)).toEqual(['ROOT_MFA_NOT_ENABLED', 'ROOT_USED_RECENTLY']);
    expect(theirs.every((f) => f.entityArn === `arn:iamgate:iam::${other.accountId}:root`)).toBe(true);
    const ours = await findings(s.rootToken);
    expect(JSON.stringify(ours)).not.toContain(other.accountId);
  });

  it('is AccessDenied without iamgate:ListSecurityFindings, and for a narrowed session', async () => {
    const b = { ...t, userToken: (u: string, p: string) => t.userToken(u, p, other.accountId) };
    const nobody = await userIn(b, other.rootToken, other.accountId, 'nobody', allow('iam:*'));
    // iam:* is not enough: the action is iamgate's.
    expect(codeOf(await t.gql(FINDINGS, {}, { token: nobody }))).toBe('AccessDenied');
    const auditor = await userIn(
      b,
      other.rootToken,
      other.accountId,
      'auditor',
      allow(['iamgate:ListSecurityFindings', 'sts:AssumeRole']),
    );
    ok(await t.gql(FINDINGS, {}, { token: auditor }));
    const role = await createRole(
      t,
      other.rootToken,
      'Findings',
      trust({ AWS: other.accountId }),
      allow('iamgate:ListSecurityFindings'),
    );
    const narrowed = await assumedToken(t, auditor, {
      roleArn: role,
      roleSessionName: 'narrowed',
      policy: allow('iam:GetUser'),
    });
    expect(codeOf(await t.gql(FINDINGS, {}, { token: narrowed }))).toBe('AccessDenied');
  });

  it('sees time pass: after 91 days the root use is old and more credentials are unused', async () => {
    t.clock.advance(91 * 86_400);
    const later = await t.rootToken(); // root signs in again: used recently once more
    const list = await findings(later);
    expect(list.filter((f) => f.code === 'ROOT_USED_RECENTLY')).toHaveLength(1);
    expect(
      list.filter((f) => f.code === 'UNUSED_PASSWORD').map((f) => f.entityArn.split('/').at(-1)),
    ).toEqual(['alice', 'carol']);
    expect(list.filter((f) => f.code === 'UNUSED_ACCESS_KEY').map((f) => f.accessKeyId)).toEqual([
      s.keys.aliceNew,
      s.keys.bobKey,
    ]);
  });
});
