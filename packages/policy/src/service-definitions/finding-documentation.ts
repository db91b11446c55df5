import type { FindingCode } from '../errors.js';

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const GRAMMAR = `${IAM}reference_policies_grammar.html`;
const ACTION = `${IAM}reference_policies_elements_action.html`;
const RESOURCE = `${IAM}reference_policies_elements_resource.html`;
const PRINCIPAL = `${IAM}reference_policies_elements_principal.html`;
const CONDITION = `${IAM}reference_policies_elements_condition.html`;
const OPERATORS = `${IAM}reference_policies_elements_condition_operators.html`;
const VARIABLES = `${IAM}reference_policies_variables.html`;
const SERVICES =
  'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';

/** The AWS documentation page that explains each finding and its fix. */
const DOCUMENTATION: Record<FindingCode, string> = {
  INVALID_JSON: GRAMMAR,
  INVALID_DOCUMENT: GRAMMAR,
  NESTING_TOO_DEEP: GRAMMAR,
  POLICY_TOO_LARGE: `${IAM}reference_iam-quotas.html`,
  MISSING_STATEMENT: GRAMMAR,
  EMPTY_STATEMENT: GRAMMAR,
  INVALID_STATEMENT: GRAMMAR,
  UNKNOWN_ELEMENT: GRAMMAR,
  INVALID_ELEMENT_TYPE: GRAMMAR,
  MISSING_VERSION: `${IAM}reference_policies_elements_version.html`,
  INVALID_VERSION: `${IAM}reference_policies_elements_version.html`,
  INVALID_ID: `${IAM}reference_policies_elements_id.html`,
  INVALID_SID: `${IAM}reference_policies_elements_sid.html`,
  DUPLICATE_SID: `${IAM}reference_policies_elements_sid.html`,
  MISSING_EFFECT: `${IAM}reference_policies_elements_effect.html`,
  INVALID_EFFECT: `${IAM}reference_policies_elements_effect.html`,
  MISSING_ACTION: ACTION,
  ACTION_AND_NOT_ACTION: ACTION,
  INVALID_ACTION: ACTION,
  MISSING_RESOURCE: RESOURCE,
  RESOURCE_AND_NOT_RESOURCE: RESOURCE,
  RESOURCE_NOT_ALLOWED: RESOURCE,
  INVALID_ARN: RESOURCE,
  WILDCARD_IN_SERVICE: RESOURCE,
  EMPTY_ARRAY: GRAMMAR,
  MISSING_PRINCIPAL: PRINCIPAL,
  PRINCIPAL_AND_NOT_PRINCIPAL: PRINCIPAL,
  PRINCIPAL_NOT_ALLOWED: PRINCIPAL,
  INVALID_PRINCIPAL: PRINCIPAL,
  UNKNOWN_PRINCIPAL_TYPE: PRINCIPAL,
  INVALID_CONDITION: CONDITION,
  UNKNOWN_OPERATOR: OPERATORS,
  INVALID_CONDITION_KEY: CONDITION,
  INVALID_CONDITION_VALUE: CONDITION,
  INVALID_IP: OPERATORS,
  INVALID_DATE: OPERATORS,
  INVALID_NUMBER: OPERATORS,
  INVALID_BOOLEAN: OPERATORS,
  INVALID_BINARY: OPERATORS,
  INVALID_NULL_VALUE: OPERATORS,
  IF_EXISTS_ON_NULL: OPERATORS,
  SET_OPERATOR_ON_NULL: `${IAM}reference_policies_condition-single-vs-multi-valued-context-keys.html`,
  INVALID_VARIABLE: VARIABLES,
  VARIABLE_IN_OLD_VERSION: VARIABLES,
  ALLOW_NOT_ACTION_ALL_RESOURCES: `${IAM}reference_policies_elements_notaction.html`,
  ALLOW_NOT_RESOURCE: `${IAM}reference_policies_elements_notresource.html`,
  ALLOW_NOT_PRINCIPAL: `${IAM}reference_policies_elements_notprincipal.html`,
  ALLOW_ALL_PRINCIPALS: `${IAM}access-analyzer-reference-policy-checks.html`,
  DENY_NOT_PRINCIPAL: `${IAM}reference_policies_elements_notprincipal.html`,
  ALLOW_ALL_ACTIONS_ALL_RESOURCES: `${IAM}best-practices.html#grant-least-privilege`,
  PASS_ROLE_ALL_RESOURCES: `${IAM}id_roles_use_passrole.html`,
  UNKNOWN_SERVICE: SERVICES,
  UNKNOWN_ACTION: SERVICES,
  ACTION_RESOURCE_MISMATCH: SERVICES,
  UNKNOWN_CONDITION_KEY: `${IAM}reference_policies_condition-keys.html`,
  CONDITION_TYPE_MISMATCH: OPERATORS,
  UNKNOWN_VARIABLE: VARIABLES,
};

/** The documentation page of a finding code (AWS's page on the element or check), for people fixing a policy. */
export function findingDocumentation(code: string): string | undefined {
  return Object.hasOwn(DOCUMENTATION, code) ? DOCUMENTATION[code as FindingCode] : undefined;
}
