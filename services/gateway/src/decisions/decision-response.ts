import type { DecisionKind, MatchedStatement } from '@iamgate/policy';
import { type AuthorizationResult, explanationOf } from '../evaluator/decide-for.js';

/** How much of each decision the endpoint returns. */
export type DecisionDetail = 'decision' | 'full';

/** The outcome, named as `EvalDecision` of the GraphQL schema (AWS's simulator names). */
const EVAL_DECISION: Record<DecisionKind, 'allowed' | 'explicitDeny' | 'implicitDeny'> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

/** A matched statement as the GraphQL `MatchedStatement`, `sid` null when it has none. */
function statementJson(s: MatchedStatement): Record<string, unknown> {
  return { layer: s.layer, policyId: s.policyId, sid: s.sid ?? null, index: s.index, effect: s.effect };
}

/** One result as JSON, with the field names of the GraphQL `AuthorizationResult`. */
function resultJson(result: AuthorizationResult, detail: DecisionDetail): Record<string, unknown> {
  const { decision } = result;
  const lean = { allowed: decision.decision === 'Allow', decision: EVAL_DECISION[decision.decision] };
  if (detail === 'decision') return lean;
  return {
    ...lean,
    matchedStatements: [...decision.deniedBy, ...decision.allowedBy].map(statementJson),
    failedLayer: decision.failedLayer ?? null,
    missingContextValues: decision.missingContextKeys,
    errors: decision.errors.map((e) => ({ code: e.code, policyId: e.policyId, message: e.message })),
    explanation: explanationOf(result),
  };
}

/**
 * The body of a decision response: the principal decided for and the account revision of its policies (the same
 * for every request of a call), then one result per request, in order. `detail: 'decision'` gives only `allowed`
 * and `decision`; `'full'` adds what `authorizeBatch` can select (statements, failed layer, missing keys, policy
 * errors, explanation), so that a caller pays for explanations only when it asks.
 */
export function decisionResponse(
  results: readonly AuthorizationResult[],
  principalArn: string,
  revision: number,
  detail: DecisionDetail,
): string {
  return JSON.stringify({ principalArn, revision, results: results.map((r) => resultJson(r, detail)) });
}
