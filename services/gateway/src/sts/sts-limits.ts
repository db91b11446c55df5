import { validatePolicy } from '@iamgate/policy';
import { IamError } from '../errors/iam-error.js';

/** AWS STS's limits (`STS/latest/APIReference/API_AssumeRole.html`, `IAM/latest/UserGuide/reference_iam-quotas.html`). */
export const STS_LIMITS = {
  minDurationSeconds: 900,
  defaultDurationSeconds: 3600,
  /** A session assumed with a role session's credentials lasts at most one hour (`id_roles.html#iam-term-role-chaining`). */
  chainedMaxSeconds: 3600,
  /** `GetSessionToken`: 900 s to 36 hours for users, 1 hour for root; 12 hours by default. */
  sessionTokenMaxSeconds: 129_600,
  sessionTokenRootMaxSeconds: 3600,
  sessionTokenDefaultSeconds: 43_200,
  maxSessionTags: 50,
  maxSessionPolicyArns: 10,
  maxSessionPolicyChars: 2048,
} as const;

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

function invalid(field: string, message: string): IamError {
  return new IamError('ValidationError', message, { field });
}

/** `RoleSessionName` and `SourceIdentity`: 2-64 characters of `[\w+=,.@-]`. */
export function checkSessionName(value: string, field = 'roleSessionName'): string {
  if (!SESSION_NAME.test(value)) {
    throw invalid(field, `\`${field}\` \`${value}\` must be 2 to 64 characters of [\\w+=,.@-]`);
  }
  return value;
}

/** `ExternalId`: 2-1,224 characters of `[\w+=,.@:/-]`. */
export function checkExternalId(value: string): string {
  if (!EXTERNAL_ID.test(value)) {
    throw invalid('externalId', '`externalId` must be 2 to 1224 characters of [\\w+=,.@:/-]');
  }
  return value;
}

/**
 * The session's duration: `requested` (default one hour) between 900 s and `max`. A chained session asking for
 * more than an hour fails rather than being cut short, as AWS does.
 */
export function checkDuration(requested: number | null | undefined, max: number, chained: boolean): number {
  const seconds = requested ?? Math.min(STS_LIMITS.defaultDurationSeconds, max);
  if (!Number.isInteger(seconds) || seconds < STS_LIMITS.minDurationSeconds) {
    throw invalid('durationSeconds', `\`durationSeconds\` must be at least ${STS_LIMITS.minDurationSeconds}`);
  }
  if (chained && seconds > STS_LIMITS.chainedMaxSeconds) {
    throw invalid(
      'durationSeconds',
      `\`durationSeconds\` ${seconds} exceeds the 1 hour session limit for roles assumed by role chaining`,
    );
  }
  if (seconds > max) {
    throw invalid(
      'durationSeconds',
      `\`durationSeconds\` ${seconds} exceeds the maximum session duration ${max}`,
    );
  }
  return seconds;
}

/** A session tag. */
export interface SessionTag {
  key: string;
  value: string;
}

/** Session tags: at most 50, keys 1-128 and values 0-256 of the tag alphabet, keys unique ignoring case. */
export function checkSessionTags(tags: readonly SessionTag[], transitiveTagKeys: readonly string[]): void {
  if (tags.length > STS_LIMITS.maxSessionTags) {
    throw invalid('tags', `at most ${STS_LIMITS.maxSessionTags} session tags may be passed`);
  }
  const seen = new Set<string>();
  for (const tag of tags) {
    if (!TAG_KEY.test(tag.key)) throw invalid('tags', `tag key \`${tag.key}\` must be 1 to 128 characters`);
    if (!TAG_VALUE.test(tag.value))
      throw invalid('tags', `the value of tag \`${tag.key}\` must be 0 to 256 characters`);
    const lower = tag.key.toLowerCase();
    if (seen.has(lower)) throw invalid('tags', `tag key \`${tag.key}\` is given twice`);
    seen.add(lower);
  }
  for (const key of transitiveTagKeys) {
    if (!seen.has(key.toLowerCase())) {
      throw invalid('transitiveTagKeys', `transitive tag key \`${key}\` is not one of the session tags`);
    }
  }
}

/**
 * Session policies: an inline document (checked as a session policy) and up to 10 managed ARNs, 2,048 characters
 * of plain text together (`API_AssumeRole.html`, `Policy` and `PolicyArns`).
 */
export function checkSessionPolicies(policy: string | null | undefined, policyArns: readonly string[]): void {
  if (policyArns.length > STS_LIMITS.maxSessionPolicyArns) {
    throw invalid(
      'policyArns',
      `at most ${STS_LIMITS.maxSessionPolicyArns} managed session policies may be passed`,
    );
  }
  const size = (policy ?? '').length + policyArns.reduce((n, arn) => n + arn.length, 0);
  if (size > STS_LIMITS.maxSessionPolicyChars) {
    throw new IamError(
      'PackedPolicyTooLarge',
      `the session policies have ${size} characters, over the limit of ${STS_LIMITS.maxSessionPolicyChars}`,
      { size, limit: STS_LIMITS.maxSessionPolicyChars },
    );
  }
  if (policy != null) {
    const { valid, findings } = validatePolicy(policy, 'session', {
      maxLength: STS_LIMITS.maxSessionPolicyChars,
    });
    if (!valid) {
      throw new IamError('MalformedPolicyDocument', 'the session policy is not valid', {
        findings: findings.filter((f) => f.severity === 'ERROR'),
      });
    }
  }
}
