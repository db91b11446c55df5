import { type ContextValue, type Decision, evaluate, type PolicyInput, tryParseArn } from '@iamgate/policy';
import type { Caller } from '../context/gateway-context.js';
import type { AuthzTarget } from './authz-rule.js';
import {
  type RequestFacts,
  requestContext,
  resourceOrgContext,
  resourceTagContext,
} from './request-context.js';

/**
 * Decides whether the caller may perform `action` on `target`, with `@iamgate/policy` and AWS's evaluation logic.
 * Root is allowed everything in its own account by the engine itself; nobody reaches another account's IAM
 * entities because they have no resource-based policies to allow it.
 */
export function decide(
  caller: Caller,
  action: string,
  target: AuthzTarget,
  operationContext: Record<string, ContextValue>,
  facts: RequestFacts,
  grants: PolicyInput[] = [],
): Decision {
  const policies =
    grants.length === 0
      ? caller.policies
      : { ...caller.policies, identity: [...(caller.policies.identity ?? []), ...grants] };
  return evaluate({
    principal: caller.principal.arn,
    action,
    resource: target.arn,
    ...(target.accountId === undefined ? {} : { resourceAccount: target.accountId }),
    context: {
      ...requestContext(caller.principal, facts),
      ...resourceOrgContext(caller.principal, target.accountId ?? tryParseArn(target.arn)?.account),
      ...resourceTagContext(target.tags ?? []),
      ...operationContext,
    },
    policies,
  });
}
