/**
 * Rules that depend on what a policy is attached as (IAM Access Analyzer's policy types:
 * docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html), the size quotas
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), and the security checks.
 */
import type { PolicyKind } from '../types.js';
import type { Findings } from './findings.js';
import type { StatementShape } from './statement.js';

/**
 * Default size limits in characters, whitespace not counted: managed policies 6,144; role trust policies 2,048;
 * session policies 2,048 (STS AssumeRole `Policy`); guardrails as SCPs, 5,120
 * (docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html). Resource policies vary by
 * service and have no default.
 */
export const DEFAULT_MAX_LENGTH: Record<PolicyKind, number | undefined> = {
  identity: 6144,
  boundary: 6144,
  trust: 2048,
  session: 2048,
  guardrail: 5120,
  resource: undefined,
};

/** IAM's `Sid`: ASCII letters and digits (reference_policies_elements_sid.html). Other services allow more. */
const IAM_SID = /^[A-Za-z0-9]*$/;

/** `an identity`, `a trust`, ... for messages. */
function article(kind: PolicyKind): string {
  return `${kind === 'identity' ? 'an' : 'a'} ${kind}`;
}

const PRINCIPAL_KINDS = new Set<PolicyKind>(['resource', 'trust']);

/** Adds the findings that depend on `kind` for each statement. */
export function checkKind(kind: PolicyKind, shapes: readonly StatementShape[], findings: Findings): void {
  for (const s of shapes) {
    const { path } = s;
    if (kind !== 'resource' && s.sid !== undefined && !IAM_SID.test(s.sid)) {
      findings.error(
        'INVALID_SID',
        [...path, 'Sid'],
        `\`Sid\` \`${s.sid}\` may only contain ascii letters and digits in ${article(kind)} policy`,
      );
    }
    if (PRINCIPAL_KINDS.has(kind)) {
      if (!s.principal.present)
        findings.error(
          'MISSING_PRINCIPAL',
          path,
          `a statement of ${article(kind)} policy needs \`Principal\``,
        );
    } else if (s.principal.present) {
      const element = s.principal.not ? 'NotPrincipal' : 'Principal';
      findings.error(
        'PRINCIPAL_NOT_ALLOWED',
        [...path, element],
        `\`${element}\` is not allowed in ${article(kind)} policy`,
      );
    }
    if (kind === 'trust') {
      if (s.principal.not)
        findings.error(
          'PRINCIPAL_NOT_ALLOWED',
          [...path, 'NotPrincipal'],
          '`NotPrincipal` is not allowed in a trust policy',
        );
      if (s.resource.present) {
        const element = s.resource.not ? 'NotResource' : 'Resource';
        findings.error(
          'RESOURCE_NOT_ALLOWED',
          [...path, element],
          `\`${element}\` is not allowed in a trust policy: the role is the resource`,
        );
      }
    } else if (kind !== 'resource' && !s.resource.present) {
      findings.error(
        'MISSING_RESOURCE',
        path,
        `a statement of ${article(kind)} policy needs \`Resource\` or \`NotResource\``,
      );
    }
    checkSecurity(kind, s, findings);
  }
}

function checkSecurity(kind: PolicyKind, s: StatementShape, findings: Findings): void {
  const { path } = s;
  if (s.effect === 'Allow' && s.notAction && s.resource.star && !s.resource.not) {
    findings.add(
      'SECURITY_WARNING',
      'ALLOW_NOT_ACTION_ALL_RESOURCES',
      [...path, 'NotAction'],
      '`Allow` with `NotAction` on `Resource` `*` grants every other action, including ones added later',
    );
  }
  if (s.effect === 'Allow' && s.resource.not) {
    findings.add(
      'SECURITY_WARNING',
      'ALLOW_NOT_RESOURCE',
      [...path, 'NotResource'],
      '`Allow` with `NotResource` grants access to every other resource, including ones created later',
    );
  }
  if (s.principal.not) {
    if (s.effect === 'Allow') {
      findings.add(
        'SECURITY_WARNING',
        'ALLOW_NOT_PRINCIPAL',
        [...path, 'NotPrincipal'],
        '`Allow` with `NotPrincipal` grants everyone else, anonymous callers included',
      );
    } else {
      findings.warning(
        'DENY_NOT_PRINCIPAL',
        [...path, 'NotPrincipal'],
        '`Deny` with `NotPrincipal` also denies principals that have a permissions boundary; prefer a condition on `aws:PrincipalArn`',
      );
    }
  }
  if (
    PRINCIPAL_KINDS.has(kind) &&
    s.effect === 'Allow' &&
    s.principal.star &&
    !s.principal.not &&
    !s.hasCondition
  ) {
    findings.add(
      'SECURITY_WARNING',
      'ALLOW_ALL_PRINCIPALS',
      [...path, 'Principal'],
      '`Allow` to `Principal` `*` without a condition grants everyone, anonymous callers included',
    );
  }
}

/** Counts the characters AWS counts toward a policy's size: everything but whitespace. */
export function policySize(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
  }
  return n;
}
