import {
  FINDING_CATALOG,
  FINDING_SEVERITIES,
  type FindingCode,
} from '../../best-practices/finding-catalog.js';
import type { SecurityFinding } from '../../best-practices/security-findings.js';
import { builder } from '../builder.js';

const CODE_DESCRIPTIONS: Record<FindingCode, string> = {
  ROOT_ACCESS_KEY: 'The root user has an access key (active or not).',
  ROOT_MFA_NOT_ENABLED: 'The root user has no MFA device enabled.',
  POLICY_ALLOWS_FULL_ACCESS:
    "A customer managed policy's default version, or an inline policy, allows every action on every resource.",
  POLICY_ALLOWS_PASS_ROLE_ON_ALL: 'A policy allows `iam:PassRole` on every role (and not everything else).',
  USER_PASSWORD_WITHOUT_MFA: 'A user with a console password has no MFA device enabled.',
  ROOT_USED_RECENTLY: 'The root user signed in or made a call within `rootUsedWithinDays`.',
  ACCESS_KEY_NOT_ROTATED: "A user's active access key is older than `olderThanDays`.",
  UNUSED_ACCESS_KEY:
    "A user's active access key was not used for `unusedForDays` (or never, since its creation).",
  UNUSED_PASSWORD: "A user's console password was not used for `unusedForDays` (or never, since it was set).",
  USER_POLICIES_ATTACHED_DIRECTLY:
    'A user has attached or inline policies of its own rather than only through groups.',
};

/** The stable codes of security findings. */
export const SecurityFindingCodeRef = builder.enumType('SecurityFindingCode', {
  description: 'What a security finding is about; codes are stable, new ones may be added.',
  values: Object.fromEntries(
    (Object.keys(FINDING_CATALOG) as FindingCode[]).map((code) => [
      code,
      { value: code, description: `${CODE_DESCRIPTIONS[code]} Severity ${FINDING_CATALOG[code].severity}.` },
    ]),
  ) as Record<FindingCode, { value: FindingCode; description: string }>,
});

/** How serious a finding is. */
const SecurityFindingSeverityRef = builder.enumType('SecurityFindingSeverity', {
  description: "How serious a finding is, in AWS Security Hub's labels.",
  values: Object.fromEntries(
    FINDING_SEVERITIES.map((severity) => [
      severity,
      { value: severity, description: `${severity} severity.` },
    ]),
  ) as Record<
    (typeof FINDING_SEVERITIES)[number],
    { value: (typeof FINDING_SEVERITIES)[number]; description: string }
  >,
});

/** One security finding. */
export const SecurityFindingRef = builder.objectRef<SecurityFinding>('SecurityFinding').implement({
  description: 'Something in the account that IAM best practices advise to fix, and where AWS explains how.',
  fields: (t) => ({
    code: t.field({
      type: SecurityFindingCodeRef,
      description: 'What the finding is about.',
      resolve: (f) => f.code,
    }),
    severity: t.field({
      type: SecurityFindingSeverityRef,
      description: 'How serious it is.',
      resolve: (f) => f.severity,
    }),
    entityArn: t.exposeString('entityArn', {
      description: "The root user's, user's, group's, role's or managed policy's ARN.",
    }),
    accessKeyId: t.exposeString('accessKeyId', {
      nullable: true,
      description: 'The access key, for findings about one.',
    }),
    policyName: t.exposeString('policyName', {
      nullable: true,
      description:
        'The policy, for findings about one (inline policies are named with their owner as entity).',
    }),
    message: t.exposeString('message', { description: 'What is wrong, in words.' }),
    documentationUrl: t.exposeString('documentationUrl', {
      description: 'The AWS documentation page that explains the fix.',
    }),
  }),
});
