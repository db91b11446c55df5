/**
 * `evaluateTrust`: may this principal assume (tag, set the source identity of) this role? The role's trust policy is
 * the resource-based policy and must allow explicitly; when it names only the caller's account, or the caller is in
 * another account, the caller's own policies must allow the action on the role too; when it names the caller's role,
 * the session's boundary and session policies still cap it. The root user can never assume a role
 * (docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html, reference_policies_elements_principal.html,
 * STS/latest/APIReference/API_AssumeRole.html, docs/policy-semantics.md "Trust decisions").
 */

import { readContext } from './context.js';
import { decide } from './decide.js';
import { invalidRequest } from './evaluate.js';
import { isObject } from './parse/string-list.js';
import { checkPolicies, checkString } from './request-check.js';
import type { Decision, TrustRequest } from './types.js';

/**
 * Evaluates a trust request. Total like `evaluate`.
 *
 * @example
 * evaluateTrust({
 *   principal: 'arn:aws:iam::111111111111:user/alice',
 *   roleArn: 'arn:aws:iam::111111111111:role/Admin',
 *   trustPolicy: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 'sts:AssumeRole' } },
 * }).decision; // 'Allow'
 */
export function evaluateTrust(request: TrustRequest): Decision {
  try {
    if (!isObject(request)) return invalidRequest('the request must be an object');
    const problem =
      checkString(request.principal, 'principal') ??
      checkString(request.roleArn, 'roleArn') ??
      checkPolicies(request.callerPolicies, 'callerPolicies');
    if (problem !== undefined) return invalidRequest(problem);
    const context = readContext(request.context);
    if (typeof context === 'string') return invalidRequest(context);
    if (request.action !== undefined && (typeof request.action !== 'string' || request.action === '')) {
      return invalidRequest('`action` must be a non-empty string');
    }
    if (request.trustPolicy === undefined || request.trustPolicy === null)
      return invalidRequest('`trustPolicy` is required');
    return decide({
      principal: request.principal,
      action: request.action ?? 'sts:AssumeRole',
      resource: request.roleArn,
      resourceAccount: undefined,
      context,
      resourcePolicy: request.trustPolicy,
      policies: request.callerPolicies ?? {},
      trust: true,
    });
  } catch (error) {
    return invalidRequest(
      `the request could not be evaluated: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  }
}
