import type { ContextValue, Decision } from '@iamgate/policy';
import type { Caller } from '../context/gateway-context.js';
import type { AuthzTarget } from './authz-rule.js';
import { decide } from './decide.js';
import type { RequestFacts } from './request-context.js';

/** A permission the call lacks: the action, its target, the operation's condition keys and the refusing decision. */
export interface Refusal {
  action: string;
  target: AuthzTarget;
  context: Record<string, ContextValue>;
  decision: Decision;
}

/**
 * An implicit deny at the identity layer with no statement: shown when the concealed target would have been allowed
 * (nothing allowed the request as made), and for operations no policy can give (root user tasks).
 */
export const IMPLICIT_DENY: Decision = {
  decision: 'ImplicitDeny',
  deniedBy: [],
  allowedBy: [],
  failedLayer: 'identity',
  missingContextKeys: [],
  errors: [],
};

/**
 * The refusal as the caller may see it. When the target is an existing entity the caller named without its path
 * and the caller may not read it, the refusal names the path-less ARN a missing entity would have, decided on that
 * ARN without the entity's tags: whether the entity exists, its path and its tags stay hidden (the same answer as
 * for a name that matches nothing). The call stays refused either way.
 */
export function concealRefusal(caller: Caller, refusal: Refusal, facts: RequestFacts): Refusal {
  const hidden = refusal.target.concealedAs;
  if (hidden === undefined) return refusal;
  if (decide(caller, hidden.readAction, refusal.target, {}, facts).decision === 'Allow') return refusal;
  const target: AuthzTarget = { arn: hidden.arn, accountId: refusal.target.accountId };
  const shown = decide(caller, refusal.action, target, refusal.context, facts);
  return { ...refusal, target, decision: shown.decision === 'Allow' ? IMPLICIT_DENY : shown };
}
