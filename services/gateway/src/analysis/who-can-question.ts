import {
  type ContextValue,
  type Decision,
  type EvaluationRequest,
  evaluate,
  evaluateTrust,
  type MatchedStatement,
  type PolicyInput,
} from '@iamgate/policy';
import type { Role } from '@iamgate/store';
import { decideWithStored, type StoredPolicies } from '../evaluator/stored-resource-policies.js';
import { trustPolicyOf } from '../sts/trust-policy.js';
import type { AnalysisSubject } from './analysis-subject.js';

/** Who a `principalsWithAccess` answer lists. */
export type AccessPrincipalType = 'USER' | 'ROLE' | 'GROUP' | 'EXTERNAL';

/** One principal that would be allowed, with the statements that allow it. */
export interface PrincipalWithAccess {
  /** The principal as the account knows it: a user, role or group ARN, or as a resource or trust policy names it. */
  principalArn: string;
  principalType: AccessPrincipalType;
  /** The principal the engine decided for (a role's session, `anonymous` for `*`, an account's root). */
  decidedAs: string;
  allowedBy: MatchedStatement[];
  missingContextKeys: string[];
}

/** A "who can" question, checked: the request, its context and the resource-based policy that applies. */
export interface WhoCanQuestion {
  accountId: string;
  action: string;
  resource: string;
  /** The request's own keys (time, transport, source) and the context entries given. */
  context: Record<string, ContextValue>;
  /** The resource-based policy given with the question; stored ones apply otherwise. */
  resourcePolicy: PolicyInput | undefined;
  stored: StoredPolicies;
  /** For `sts:AssumeRole` on a role of the account: the role, whose trust policy decides. */
  role: Role | undefined;
}

/**
 * Decides the question for one subject with the engine, as `authorize` (`decideFor`) or `assumeRole`
 * (`trustDecision`) would for it: the subject's identity, boundary and guardrails, the resource's policy (given,
 * else stored) or the role's trust policy in its bound form, and the subject's keys over the request's.
 */
export function decideQuestion(q: WhoCanQuestion, subject: AnalysisSubject): Decision {
  const context = { ...q.context, ...subject.keys };
  if (q.role !== undefined) {
    return evaluateTrust({
      principal: subject.decidedAs,
      action: q.action,
      roleArn: q.role.arn,
      trustPolicy: trustPolicyOf(q.role),
      context,
      callerPolicies: subject.policies,
    });
  }
  const request: EvaluationRequest = {
    principal: subject.decidedAs,
    action: q.action,
    resource: q.resource,
    context,
    policies:
      q.resourcePolicy === undefined ? subject.policies : { ...subject.policies, resource: q.resourcePolicy },
  };
  return decideWithStored(request, q.stored, q.accountId);
}

/** A group decided by its own policies: no resource-based policy can name a group. */
export function decideGroup(q: WhoCanQuestion, subject: AnalysisSubject): Decision {
  return evaluate({
    principal: subject.decidedAs,
    action: q.action,
    resource: q.resource,
    context: { ...q.context, ...subject.keys },
    policies: subject.policies,
  });
}

/** The answer entry of an allowed decision. */
export function withAccess(
  subject: Pick<AnalysisSubject, 'principalArn' | 'decidedAs'>,
  principalType: AccessPrincipalType,
  decision: Decision,
): PrincipalWithAccess | undefined {
  if (decision.decision !== 'Allow') return undefined;
  return {
    principalArn: subject.principalArn,
    principalType,
    decidedAs: subject.decidedAs,
    allowedBy: decision.allowedBy,
    missingContextKeys: decision.missingContextKeys,
  };
}
