import type { CredentialReportRow, PolicyDocumentFact, SecurityFacts } from '@iamgate/store';
import { FINDING_CATALOG, FINDING_CODES, FINDING_SEVERITIES, type FindingCode } from './finding-catalog.js';
import { policyReach } from './policy-probes.js';

const DAY_MS = 86_400_000;

/** One thing an account should fix, with how serious it is and where AWS explains the fix. */
export interface SecurityFinding {
  code: FindingCode;
  severity: (typeof FINDING_SEVERITIES)[number];
  /** The root user's, user's, group's, role's or managed policy's ARN. */
  entityArn: string;
  /** The access key the finding is about, for key findings. */
  accessKeyId: string | null;
  /** The policy the finding is about, for policy findings (an inline policy's name, or the managed policy's). */
  policyName: string | null;
  message: string;
  documentationUrl: string;
}

/** The periods of the findings, in days. */
export interface FindingPeriods {
  /** Active access keys older than this are `ACCESS_KEY_NOT_ROTATED` (default 90). */
  olderThanDays: number;
  /** Passwords and active access keys not used for longer are `UNUSED_*` (default 90). */
  unusedForDays: number;
  /** A root user used within this many days is `ROOT_USED_RECENTLY` (default 90). */
  rootUsedWithinDays: number;
}

type Draft = Omit<SecurityFinding, 'severity' | 'documentationUrl' | 'accessKeyId' | 'policyName'> &
  Partial<Pick<SecurityFinding, 'accessKeyId' | 'policyName'>>;

function days(from: Date, now: Date): number {
  return Math.floor((now.getTime() - from.getTime()) / DAY_MS);
}

/** Whether more than `period` days passed from `from` to `now`. */
function over(from: Date, now: Date, period: number): boolean {
  return now.getTime() - from.getTime() > period * DAY_MS;
}

function latest(dates: (Date | null)[]): Date | null {
  const known = dates.filter((d): d is Date => d !== null);
  return known.length === 0 ? null : new Date(Math.max(...known.map((d) => d.getTime())));
}

function rootFindings(
  root: CredentialReportRow,
  rootAudited: Date | null,
  now: Date,
  p: FindingPeriods,
): Draft[] {
  const out: Draft[] = [];
  for (const key of root.accessKeys) {
    out.push({
      code: 'ROOT_ACCESS_KEY',
      entityArn: root.arn,
      accessKeyId: key.accessKeyId,
      message: `the root user has access key \`${key.accessKeyId}\` (${key.status}): delete it and use IAM users or roles instead`,
    });
  }
  if (!root.mfaActive) {
    out.push({
      code: 'ROOT_MFA_NOT_ENABLED',
      entityArn: root.arn,
      message: 'the root user has no MFA device enabled',
    });
  }
  const used = latest([root.passwordLastUsed, rootAudited, ...root.accessKeys.map((k) => k.lastUsedAt)]);
  if (used !== null && !over(used, now, p.rootUsedWithinDays)) {
    out.push({
      code: 'ROOT_USED_RECENTLY',
      entityArn: root.arn,
      message: `the root user was last used at ${used.toISOString()}, within ${p.rootUsedWithinDays} days: keep it for the tasks only it can do`,
    });
  }
  return out;
}

function userFindings(user: CredentialReportRow, now: Date, p: FindingPeriods): Draft[] {
  const out: Draft[] = [];
  const who = `user \`${user.name}\``;
  if (user.passwordEnabled && !user.mfaActive) {
    out.push({
      code: 'USER_PASSWORD_WITHOUT_MFA',
      entityArn: user.arn,
      message: `${who} has a console password and no MFA device enabled`,
    });
  }
  if (user.passwordEnabled && user.passwordLastChanged !== null) {
    const since = user.passwordLastUsed ?? user.passwordLastChanged;
    if (over(since, now, p.unusedForDays)) {
      out.push({
        code: 'UNUSED_PASSWORD',
        entityArn: user.arn,
        message:
          user.passwordLastUsed === null
            ? `${who} never used the password set ${days(since, now)} days ago`
            : `${who} last used its password ${days(since, now)} days ago`,
      });
    }
  }
  for (const key of user.accessKeys.filter((k) => k.status === 'Active')) {
    const id = key.accessKeyId;
    const age = days(key.createdAt, now);
    if (over(key.createdAt, now, p.olderThanDays)) {
      out.push({
        code: 'ACCESS_KEY_NOT_ROTATED',
        entityArn: user.arn,
        accessKeyId: id,
        message: `access key \`${id}\` of ${who} is ${age} days old: rotate it`,
      });
    }
    const since = key.lastUsedAt ?? key.createdAt;
    if (over(since, now, p.unusedForDays)) {
      out.push({
        code: 'UNUSED_ACCESS_KEY',
        entityArn: user.arn,
        accessKeyId: id,
        message:
          key.lastUsedAt === null
            ? `access key \`${id}\` of ${who} was never used in the ${age} days since it was created`
            : `access key \`${id}\` of ${who} was last used ${days(since, now)} days ago`,
      });
    }
  }
  return out;
}

function policyFindings(policy: PolicyDocumentFact, partition: string, accountId: string): Draft[] {
  const reach = policyReach(policy.document, partition, accountId);
  const what =
    policy.kind === 'managed'
      ? `managed policy \`${policy.policyName}\``
      : `inline policy \`${policy.policyName}\` of ${policy.kind} \`${policy.arn.slice(policy.arn.lastIndexOf('/') + 1)}\``;
  const base = { entityArn: policy.arn, policyName: policy.policyName };
  // Full access includes passing any role: that finding says it all.
  if (reach.fullAccess) {
    return [
      {
        ...base,
        code: 'POLICY_ALLOWS_FULL_ACCESS',
        message: `${what} allows every action on every resource`,
      },
    ];
  }
  if (reach.passRoleOnAll) {
    return [
      {
        ...base,
        code: 'POLICY_ALLOWS_PASS_ROLE_ON_ALL',
        message: `${what} allows \`iam:PassRole\` on every role`,
      },
    ];
  }
  return [];
}

function rank(f: SecurityFinding): [number, number] {
  return [FINDING_SEVERITIES.indexOf(f.severity), FINDING_CODES.indexOf(f.code)];
}

function compare(a: SecurityFinding, b: SecurityFinding): number {
  const [sa, ca] = rank(a);
  const [sb, cb] = rank(b);
  return (
    sa - sb ||
    ca - cb ||
    a.entityArn.localeCompare(b.entityArn) ||
    (a.accessKeyId ?? a.policyName ?? '').localeCompare(b.accessKeyId ?? b.policyName ?? '')
  );
}

/**
 * The security findings of an account (iamgate's answer to the IAM dashboard's recommendations, Security Hub's IAM
 * controls and the CIS AWS Foundations benchmark): what is wrong with its root user, users, access keys and
 * policies as of `now`, most serious first, then by code and entity.
 */
export function securityFindings(
  facts: SecurityFacts,
  context: { partition: string; accountId: string; now: Date },
  periods: FindingPeriods,
): SecurityFinding[] {
  const { now } = context;
  const drafts: Draft[] = [];
  for (const row of facts.credentials.rows) {
    drafts.push(
      ...(row.kind === 'root'
        ? rootFindings(row, facts.rootLastAudited, now, periods)
        : userFindings(row, now, periods)),
    );
  }
  for (const user of facts.directUserPolicies) {
    const parts = [
      user.attached > 0 ? `${user.attached} attached` : undefined,
      user.inline > 0 ? `${user.inline} inline` : undefined,
    ].filter((s) => s !== undefined);
    drafts.push({
      code: 'USER_POLICIES_ATTACHED_DIRECTLY',
      entityArn: user.userArn,
      message: `user \`${user.userName}\` has ${parts.join(' and ')} ${user.attached + user.inline === 1 ? 'policy' : 'policies'} of its own: grant permissions through groups`,
    });
  }
  for (const policy of facts.policies)
    drafts.push(...policyFindings(policy, context.partition, context.accountId));
  return drafts
    .map((d) => ({
      ...d,
      accessKeyId: d.accessKeyId ?? null,
      policyName: d.policyName ?? null,
      severity: FINDING_CATALOG[d.code].severity,
      documentationUrl: FINDING_CATALOG[d.code].documentation,
    }))
    .sort(compare);
}
