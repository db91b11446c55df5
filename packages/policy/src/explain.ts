/**
 * `explain`: a decision rendered for people, one fact per line.
 */
import type { Decision, Layer, MatchedStatement } from './types.js';

const LAYER_NAMES: Record<Layer, string> = {
  guardrail: 'guardrail',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
};

const FAILED: Record<Layer, string> = {
  guardrail: 'a guardrail level has no statement that allows the request',
  resource:
    'the resource-based policy does not allow the caller (required across accounts and for role trust)',
  identity: 'no identity-based policy allows the request',
  permissionsBoundary: 'the permissions boundary does not allow the request',
  session: 'no session policy allows the request',
};

function statement(m: MatchedStatement): string {
  const sid = m.sid === undefined ? '' : ` (Sid \`${m.sid}\`)`;
  return `  - ${LAYER_NAMES[m.layer]} \`${m.policyId}\`, statement ${m.index}${sid}`;
}

function headline(decision: Decision): string {
  switch (decision.decision) {
    case 'Allow':
      return 'Allow: the request is allowed';
    case 'ExplicitDeny':
      return 'ExplicitDeny: a Deny statement matched; nothing can override it';
    default:
      return 'ImplicitDeny: nothing allowed the request';
  }
}

/**
 * Renders a decision as readable lines: the outcome, the statements that denied and allowed, the layer that failed
 * to allow, the context keys the policies asked for but the request lacked, and policies that could not be used.
 *
 * @example
 * console.log(explain(evaluate(request)));
 * // ImplicitDeny: nothing allowed the request
 * // failed layer: identity: no identity-based policy allows the request
 */
export function explain(decision: Decision): string {
  const lines = [headline(decision)];
  if (decision.deniedBy.length > 0) lines.push('denied by:', ...decision.deniedBy.map(statement));
  if (decision.allowedBy.length > 0) lines.push('allowed by:', ...decision.allowedBy.map(statement));
  if (decision.failedLayer !== undefined)
    lines.push(`failed layer: ${decision.failedLayer}: ${FAILED[decision.failedLayer]}`);
  if (decision.missingContextKeys.length > 0) {
    lines.push(`missing context keys: ${decision.missingContextKeys.join(', ')}`);
  }
  if (decision.errors.length > 0) {
    lines.push('policies that could not be used:');
    for (const e of decision.errors)
      lines.push(`  - \`${e.policyId || 'request'}\`: ${e.code}: ${e.message}`);
  }
  return lines.join('\n');
}
