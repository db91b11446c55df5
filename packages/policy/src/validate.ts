/**
 * `validatePolicy`: grammar, kind-specific rules, security checks and size, like IAM Access Analyzer's
 * `ValidatePolicy` (docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html).
 */

import { checkBroadGrants } from './parse/broad-grants.js';
import { parseDocument } from './parse/document.js';
import { Findings, type PolicyFinding } from './parse/findings.js';
import { checkKind, DEFAULT_MAX_LENGTH, policySize } from './parse/kind-rules.js';
import { textNestsTooDeep } from './parse/nesting.js';
import type { ServiceCatalog } from './service-definitions/catalog.js';
import { checkAgainstServices } from './service-definitions/policy-checks.js';
import type { PolicyKind, ValidationResult } from './types.js';

/**
 * The longest text any policy document may have, whitespace included: AWS's `PolicyDocument` length constraint
 * (docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html). Quotas count without whitespace; this bounds
 * what whitespace padding can add.
 */
export const MAX_DOCUMENT_CHARACTERS = 131_072;

const KINDS = new Set<PolicyKind>(['identity', 'resource', 'trust', 'boundary', 'session', 'guardrail']);

/** Options of `validatePolicy`. */
export interface ValidateOptions {
  /** Size limit in non-whitespace characters; defaults per kind (identity and boundary 6,144; trust and session 2,048; guardrail 5,120; resource none). */
  maxLength?: number;
  /**
   * The services to check actions, resources, condition keys and variables against (`ServiceCatalog`). Without it
   * only the grammar, the kind's rules and the security checks run.
   */
  services?: ServiceCatalog;
  /**
   * Also run the best-practice checks that need no service definitions (`ALLOW_ALL_ACTIONS_ALL_RESOURCES`,
   * `PASS_ROLE_ALL_RESOURCES`); on whenever `services` is given.
   */
  policyChecks?: boolean;
}

/** The result of `validatePolicy`, with codes narrowed to `FindingCode`. */
export interface PolicyValidationResult extends ValidationResult {
  findings: PolicyFinding[];
}

/** `POLICY_TOO_LARGE` when the text is over `MAX_DOCUMENT_CHARACTERS`, or over `limit` without whitespace. */
function sizeFinding(text: string, kind: PolicyKind, limit: number | undefined): Findings | undefined {
  const findings = new Findings();
  if (text.length > MAX_DOCUMENT_CHARACTERS) {
    findings.error(
      'POLICY_TOO_LARGE',
      [],
      `the document has ${text.length} characters, over the ${MAX_DOCUMENT_CHARACTERS} any policy document may have`,
    );
    return findings;
  }
  if (limit === undefined) return undefined;
  const size = policySize(text);
  if (size <= limit) return undefined;
  findings.error(
    'POLICY_TOO_LARGE',
    [],
    `the policy has ${size} characters without whitespace, over the ${kind} limit of ${limit}`,
  );
  return findings;
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
    const limit = options.maxLength ?? DEFAULT_MAX_LENGTH[kind];
    // Size before parsing, on the text as given: a document too large is refused in one linear pass, never parsed.
    // (Nesting, checked as cheaply, keeps its own finding for deep text: parseDocument refuses it unparsed.)
    if (typeof input === 'string' && !textNestsTooDeep(input)) {
      const tooLarge = sizeFinding(input, kind, limit);
      if (tooLarge !== undefined) return { valid: false, findings: tooLarge.list };
    }
    const parsed = parseDocument(input);
    const { findings } = parsed;
    checkKind(kind, parsed.shapes, findings);
    if (options.policyChecks === true || options.services !== undefined) {
      checkBroadGrants(kind, parsed.value, findings);
    }
    if (options.services !== undefined && !findings.hasErrors) {
      checkAgainstServices(parsed.value, options.services, findings);
    }
    // A document given as an object is measured as its JSON text (text was measured before parsing).
    if (limit !== undefined && typeof input !== 'string' && parsed.value !== undefined) {
      const size = policySize(JSON.stringify(parsed.value));
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
