export type { ActionSet } from './action-set.js';
export * from './analysis/index.js';
export {
  type AccountResource,
  type ArnParts,
  accountResourceOf,
  formatArn,
  parseArn,
  splitArn,
  tryParseArn,
} from './arn.js';
export type { ParseOutcome } from './cache.js';
export { clearPolicyCache } from './cache.js';
export type { CompiledPolicy, CompiledStatement } from './compile.js';
export type { ConditionEntry } from './conditions/evaluate-conditions.js';
export { OPERATOR_NAMES } from './conditions/operators.js';
export { freezeContext } from './context.js';
export {
  type EvaluationErrorCode,
  FINDING_CODES,
  type FindingCode,
  PolicyError,
  type PolicyErrorCode,
} from './errors.js';
export { evaluate } from './evaluate.js';
export { evaluateTrust } from './evaluate-trust.js';
export { explain } from './explain.js';
export { exceedsJsonDepth } from './json-depth.js';
export * from './net/index.js';
export type { PolicyFinding } from './parse/findings.js';
export { MAX_NESTING_DEPTH } from './parse/nesting.js';
export { parsePolicy } from './parse-policy.js';
export * from './policy-tests/index.js';
export { type ParsedPrincipal, type PrincipalKind, parsePrincipal } from './principal.js';
export {
  awsTime,
  isPrincipalKey,
  organizationContext,
  PRINCIPAL_IDENTITY_KEYS,
  type PrincipalFacts,
  type PrincipalOrganization,
  principalContext,
  SESSION_KEYS,
  type SessionPrincipalType,
} from './principal-context.js';
export * from './service-definitions/index.js';
export {
  attributeStatements,
  evaluateWithStoredPolicies,
  MERGED_RESOURCE_POLICY_ID,
  type MergedResourcePolicy,
  resourceArnMatches,
  type StatementOrigin,
  StoredResourcePolicies,
  type StoredResourcePolicy,
} from './stored-resource-policies.js';
export type * from './types.js';
export {
  MAX_DOCUMENT_CHARACTERS,
  type PolicyValidationResult,
  type ValidateOptions,
  validatePolicy,
} from './validate.js';
export { compileWildcard, Glob, matchesWildcard, type WildcardOptions } from './wildcard.js';
