/**
 * Stable codes for everything the engine reports: validation findings, evaluation errors and thrown errors.
 * Codes are part of the public contract (tests and callers branch on them); messages are for people and may change.
 */

/** Codes of validation findings (`Finding.code`), like IAM Access Analyzer's `issueCode`. Documented in README.md. */
export const FINDING_CODES = [
  // The input itself.
  'INVALID_JSON',
  'INVALID_DOCUMENT',
  'NESTING_TOO_DEEP',
  'POLICY_TOO_LARGE',
  // Document and statement structure.
  'MISSING_STATEMENT',
  'EMPTY_STATEMENT',
  'INVALID_STATEMENT',
  'UNKNOWN_ELEMENT',
  'INVALID_ELEMENT_TYPE',
  'MISSING_VERSION',
  'INVALID_VERSION',
  'INVALID_ID',
  'INVALID_SID',
  'DUPLICATE_SID',
  'MISSING_EFFECT',
  'INVALID_EFFECT',
  'MISSING_ACTION',
  'ACTION_AND_NOT_ACTION',
  'INVALID_ACTION',
  'MISSING_RESOURCE',
  'RESOURCE_AND_NOT_RESOURCE',
  'RESOURCE_NOT_ALLOWED',
  'INVALID_ARN',
  'WILDCARD_IN_SERVICE',
  'EMPTY_ARRAY',
  // Principals.
  'MISSING_PRINCIPAL',
  'PRINCIPAL_AND_NOT_PRINCIPAL',
  'PRINCIPAL_NOT_ALLOWED',
  'INVALID_PRINCIPAL',
  'UNKNOWN_PRINCIPAL_TYPE',
  // Conditions.
  'INVALID_CONDITION',
  'UNKNOWN_OPERATOR',
  'INVALID_CONDITION_KEY',
  'INVALID_CONDITION_VALUE',
  'INVALID_IP',
  'INVALID_DATE',
  'INVALID_NUMBER',
  'INVALID_BOOLEAN',
  'INVALID_BINARY',
  'INVALID_NULL_VALUE',
  'IF_EXISTS_ON_NULL',
  'SET_OPERATOR_ON_NULL',
  // Variables.
  'INVALID_VARIABLE',
  'VARIABLE_IN_OLD_VERSION',
  // Security and advice.
  'ALLOW_NOT_ACTION_ALL_RESOURCES',
  'ALLOW_NOT_RESOURCE',
  'ALLOW_NOT_PRINCIPAL',
  'ALLOW_ALL_PRINCIPALS',
  'DENY_NOT_PRINCIPAL',
  'ALLOW_ALL_ACTIONS_ALL_RESOURCES',
  'PASS_ROLE_ALL_RESOURCES',
  // Checks against service definitions (`validatePolicy(..., { services })`).
  'UNKNOWN_SERVICE',
  'UNKNOWN_ACTION',
  'ACTION_RESOURCE_MISMATCH',
  'UNKNOWN_CONDITION_KEY',
  'CONDITION_TYPE_MISMATCH',
  'UNKNOWN_VARIABLE',
] as const;

/** A validation finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Codes of `EvaluationError.code`: the first error finding of a policy that could not be used, or these. */
export type EvaluationErrorCode = FindingCode | 'INVALID_REQUEST' | 'INVALID_POLICY_INPUT';

/**
 * Codes of `PolicyError`, thrown only by helpers whose contract is to throw (`parseArn`, `formatArn`; access
 * analysis given a malformed context or plan, a plan applied without the request keys it depends on, a plan an
 * adapter cannot translate).
 */
export type PolicyErrorCode =
  | 'ERR_INVALID_ARN'
  | 'ERR_INVALID_ANALYSIS_INPUT'
  | 'ERR_PLAN_NOT_BOUND'
  | 'ERR_UNSUPPORTED_PLAN';

/**
 * The one error class the package throws. `evaluate`, `evaluateTrust`, `validatePolicy` and `parsePolicy` never
 * throw: they report problems as findings or `Decision.errors`.
 *
 * @example
 * try { parseArn('nope'); } catch (e) { if (e instanceof PolicyError && e.code === 'ERR_INVALID_ARN') { ... } }
 */
export class PolicyError extends Error {
  /** The stable code to branch on. */
  readonly code: PolicyErrorCode;

  constructor(code: PolicyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PolicyError';
    this.code = code;
  }
}
