import { evaluate, parsePolicy } from '@iamgate/policy';

/**
 * An action and a resource no policy names on purpose: a policy that allows them allows every action on every
 * resource (`*` on `*`, or patterns as wide, like `*:*` on `arn:*`).
 */
const ANY_ACTION = 'iamgate-finding-probe:AnyAction';

/** What a policy document grants that the security findings warn about. */
export interface PolicyReach {
  /** Every action on every resource. */
  fullAccess: boolean;
  /** `iam:PassRole` on every role of the account, at any path. */
  passRoleOnAll: boolean;
}

/**
 * Asks the policy engine (`@iamgate/policy`, the evaluator every decision uses, not a pattern match on JSON) what a
 * policy document alone allows: for a probe principal of the account, without condition keys beyond the
 * principal's own, so a statement guarded by a condition the request lacks (`aws:MultiFactorAuthPresent`,
 * `iam:PassedToService`) does not count, as in a real request without it. A document that does not parse grants
 * nothing, as in evaluation.
 */
export function policyReach(document: string, partition: string, accountId: string): PolicyReach {
  if (parsePolicy(document).policy === undefined) return { fullAccess: false, passRoleOnAll: false };
  const principal = `arn:${partition}:iam::${accountId}:user/iamgate-finding-probe`;
  const allows = (action: string, resource: string) =>
    evaluate({ principal, action, resource, policies: { identity: [document] } }).decision === 'Allow';
  return {
    fullAccess: allows(ANY_ACTION, `arn:${partition}:iamgate-finding-probe::${accountId}:any/resource`),
    passRoleOnAll: allows('iam:PassRole', `arn:${partition}:iam::${accountId}:role/any-path/any-role`),
  };
}
