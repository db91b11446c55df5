/**
 * `validatePolicy`: grammar, kind-specific rules, security checks and size, like IAM Access Analyzer's
 * `ValidatePolicy` (docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html).
 */
import { parseDocument } from './parse/document.js';
import { Findings, type PolicyFinding } from './parse/findings.js';
import { checkKind, DEFAULT_MAX_LENGTH, policySize } from './parse/kind-rules.js';
import type { PolicyKind, ValidationResult } from './types.js';

const KINDS = new Set<PolicyKind>(['identity', 'resource', 'trust', 'boundary', 'session', 'guardrail']);

/** Options of `validatePolicy`. */
export interface ValidateOptions {
  /** Size limit in non-whitespace characters; defaults per kind (identity and boundary 6,144; trust and session 2,048; guardrail 5,120; resource none). */
  maxLength?: number;
}

/** The result of `validatePolicy`, with codes narrowed to `FindingCode`. */
export interface PolicyValidationResult extends ValidationResult {
  findings: PolicyFinding[];
}

/**
 * Validates a policy document for use as `kind`. Total: returns findings for any input (a JSON string or a parsed
 * value) and never throws. `valid` is false when any finding is an `ERROR`.
 *
 * @example
 * const { valid, findings } = validatePolicy('{"Statement":{"Effect":"Allow","Action":"s3:*"}}', 'identity');
 * // valid === false; findings include MISSING_RESOURCE at `/Statement`
 */
export function validatePolicy(
  input: unknown,
  kind: PolicyKind,
  options: ValidateOptions = {},
): PolicyValidationResult {
  try {
    if (!KINDS.has(kind)) {
      const findings = new Findings();
      findings.error('INVALID_DOCUMENT', [], `\`${String(kind)}\` is not a policy kind`);
      return { valid: false, findings: findings.list };
    }
    const parsed = parseDocument(input);
    const { findings } = parsed;
    checkKind(kind, parsed.shapes, findings);
    const limit = options.maxLength ?? DEFAULT_MAX_LENGTH[kind];
    if (limit !== undefined && parsed.value !== undefined) {
      const text = parsed.text ?? JSON.stringify(parsed.value);
      const size = policySize(text);
      if (size > limit) {
        findings.error(
          'POLICY_TOO_LARGE',
          [],
          `the policy has ${size} characters without whitespace, over the ${kind} limit of ${limit}`,
        );
      }
    }
    return { valid: !findings.hasErrors, findings: findings.list };
  } catch (error) {
    const findings = new Findings();
    findings.error(
      'INVALID_DOCUMENT',
      [],
      `the policy could not be read: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
    return { valid: false, findings: findings.list };
  }
}
