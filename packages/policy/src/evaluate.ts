/**
 * `evaluate`: may this principal perform this action on this resource, given these policies? AWS's documented
 * evaluation logic (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html) as specified
 * in docs/policy-semantics.md.
 */

import { readContext } from './context.js';
import { decide } from './decide.js';
import { isObject } from './parse/string-list.js';
import { checkOptionalString, checkPolicies, checkString } from './request-check.js';
import type { Decision, EvaluationRequest } from './types.js';

/** The decision for a request that could not be evaluated at all. */
export function invalidRequest(message: string): Decision {
  return {
    decision: 'ImplicitDeny',
    deniedBy: [],
    allowedBy: [],
    missingContextKeys: [],
    errors: [{ code: 'INVALID_REQUEST', policyId: '', message }],
  };
}

/**
 * Evaluates a request. Total: never throws; a policy that cannot be parsed is skipped and reported in `errors`, and a
 * malformed request is an `ImplicitDeny` with an `INVALID_REQUEST` error.
 *
 * @example
 * evaluate({
 *   principal: 'arn:aws:iam::123456789012:user/alice',
 *   action: 's3:GetObject',
 *   resource: 'arn:aws:s3:::reports/q1.csv',
 *   policies: {
 *     identity: [{ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::reports/*' } }],
 *   },
 * }).decision; // 'Allow'
 */
export function evaluate(request: EvaluationRequest): Decision {
  try {
    if (!isObject(request)) return invalidRequest('the request must be an object');
    const problem =
      checkString(request.principal, 'principal') ??
      checkString(request.action, 'action') ??
      checkString(request.resource, 'resource') ??
      checkOptionalString(request.resourceAccount, 'resourceAccount') ??
      checkPolicies(request.policies, 'policies');
    if (problem !== undefined) return invalidRequest(problem);
    const context = readContext(request.context);
    if (typeof context === 'string') return invalidRequest(context);
    const policies = request.policies ?? {};
    return decide({
      principal: request.principal,
      action: request.action,
      resource: request.resource,
      resourceAccount: request.resourceAccount,
      context,
      resourcePolicy: policies.resource,
      policies,
      trust: false,
    });
  } catch (error) {
    return invalidRequest(
      `the request could not be evaluated: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  }
}
