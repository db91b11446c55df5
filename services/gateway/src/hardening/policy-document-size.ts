import type { ErrorCode } from '../errors/error-codes.js';
import { IamError } from '../errors/iam-error.js';

/** The policy documents an argument can carry; each kind has AWS's size limits. */
export type PolicyDocumentKind =
  | 'managed'
  | 'inline'
  | 'trust'
  | 'session'
  | 'resource'
  | 'storedResource'
  | 'simulated';

/** The longest policy document text any API takes (`API_CreatePolicy.html`, `PolicyDocument`). */
export const MAX_POLICY_CHARACTERS = 131_072;

/**
 * The policy text one request may carry in all, counted without whitespace: the validation of every document it
 * holds (a batch of `authorize` requests with their resource policies, the documents of a simulation) is bounded by
 * what one document of the longest kind costs.
 */
export const MAX_POLICY_SIZE_PER_REQUEST = 131_072;

/** The limits of one kind: characters as sent, and characters without whitespace (AWS's quotas). */
interface SizeRule {
  maxCharacters: number;
  /** The code when the text as sent is too long. */
  tooLong: ErrorCode;
  /** The size without whitespace a document of this kind may have, when it does not depend on the account. */
  maxSize?: number;
}

/**
 * The size limits checked before a document is parsed. Stored documents (managed, inline, trust) have per-account
 * quotas without whitespace (6,144; 2,048 / 5,120 / 10,240 per user / group / role in all; 2,048), which the store
 * checks, still before parsing, with the account's quotas; here they are capped at the longest text AWS takes.
 * A session policy is at most 2,048 characters of plain text (`API_AssumeRole.html`, `Policy`). A resource policy
 * given to `authorize` or a simulation is at most 20,480 characters without whitespace, the largest resource policy
 * AWS stores (an S3 bucket policy, 20 KB); the identity and boundary policies of a simulation 6,144, as managed ones.
 */
const RULES: Record<PolicyDocumentKind, SizeRule> = {
  managed: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError' },
  inline: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError' },
  trust: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError' },
  session: { maxCharacters: 2048, tooLong: 'PackedPolicyTooLarge' },
  resource: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError', maxSize: 20_480 },
  // A stored resource policy has the account's quota (`resourcePolicySize`, 20,480 by default), checked by the store.
  storedResource: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError' },
  simulated: { maxCharacters: MAX_POLICY_CHARACTERS, tooLong: 'ValidationError', maxSize: 6144 },
};

/** Size as AWS counts it for quotas: characters other than whitespace (as the store counts it). */
export function policySizeOf(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * Checks the size of a policy document of `kind` given as `field`, without parsing it, and returns its size
 * without whitespace. Too long as sent: `ValidationError` (`PackedPolicyTooLarge` for a session policy). Too large
 * without whitespace: `MalformedPolicyDocument` with the finding `POLICY_TOO_LARGE` that `validatePolicy` of
 * `@iamgate/policy` reports, after parsing, for the same document.
 */
export function checkPolicyDocumentSize(text: string, kind: PolicyDocumentKind, field: string): number {
  const rule = RULES[kind];
  if (text.length > rule.maxCharacters) {
    throw new IamError(
      rule.tooLong,
      `\`${field}\` has ${text.length} characters, over the limit of ${rule.maxCharacters}`,
      { field, size: text.length, limit: rule.maxCharacters },
    );
  }
  const size = policySizeOf(text);
  if (rule.maxSize !== undefined && size > rule.maxSize) {
    const message = `the policy has ${size} characters without whitespace, over the ${kind} limit of ${rule.maxSize}`;
    throw new IamError('MalformedPolicyDocument', `\`${field}\` is too large: ${message}`, {
      field,
      findings: [{ severity: 'ERROR', code: 'POLICY_TOO_LARGE', path: '', message }],
    });
  }
  return size;
}
