import { type ContextValue, type Decision, evaluateTrust } from '@iamgate/policy';
import type { Role } from '@iamgate/store';
import { type RequestFacts, requestContext } from '../authz/request-context.js';
import type { Caller } from '../context/gateway-context.js';
import { notTrusted } from './no-permission-needed.js';
import { trustPolicyOf } from './trust-policy.js';

/**
 * Whether the caller may perform `action` (`sts:AssumeRole`, `sts:TagSession`, `sts:SetSourceIdentity`) on the
 * role: its trust policy must allow the caller, and when it names the caller's account rather than the caller, or
 * the role is in another account, the caller's own policies must allow the action on the role too
 * (`IAM/latest/UserGuide/id_roles_use.html`, docs/policy-semantics.md "Trust decisions"). A role that does not
 * exist is refused like a role that does not trust the caller. The root user may not assume roles
 * (`STS/latest/APIReference/API_AssumeRole.html`). The trust policy is evaluated in its bound form (`trustPolicyOf`):
 * users and roles it names are matched by unique id against the caller's `aws:userid`, never by name.
 */
export function trustDecision(
  caller: Caller,
  facts: RequestFacts,
  role: Role | undefined,
  action: string,
  context: Record<string, ContextValue>,
): Decision {
  if (role === undefined) return notTrusted();
  if (caller.principal.type === 'root') return { ...notTrusted(), failedLayer: 'identity' };
  const decision = evaluateTrust({
    principal: caller.principal.arn,
    action,
    roleArn: role.arn,
    trustPolicy: trustPolicyOf(role),
    context: { ...requestContext(caller.principal, facts), ...context },
    callerPolicies: caller.policies,
  });
  return role.accountId === caller.principal.accountId ? decision : asSeenFromOutside(decision);
}

/**
 * A refusal of another account's role as its caller may see it: the caller's own statements (its explicit denies,
 * what its policies lacked) are its to know, but nothing of the role's trust policy is. A Deny of the trust policy, or
 * its lack of an Allow, reads exactly as a role that does not exist, so a caller learns neither whether the role
 * exists nor the statement ids of its trust policy.
 */
function asSeenFromOutside(decision: Decision): Decision {
  if (decision.decision === 'Allow') return decision;
  const own = decision.deniedBy.filter((s) => s.layer !== 'resource');
  if (own.length > 0) return { ...decision, deniedBy: own, allowedBy: [] };
  if (decision.decision === 'ImplicitDeny' && decision.failedLayer !== 'resource')
    return { ...decision, allowedBy: [] };
  return notTrusted();
}
