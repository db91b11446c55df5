import type { Decision, DecisionKind, MatchedStatement } from '@iamgate/policy';
import type { AuthorizeQuery, EvalDecision } from '../generated/graphql.js';

/** A decision of the gateway's `authorize`, in `@iamgate/policy`'s terms. */
export interface RemoteDecision {
  /** Whether the request is allowed. */
  allowed: boolean;
  /** The engine's decision: its kind, the statements that matched, the missing context keys. */
  decision: Decision;
  /** The decision in words, one fact per line. */
  explanation: string;
  principalArn: string;
  action: string;
  resource: string;
  /** The account revision of the policies the gateway decided with. */
  revision: number;
}

const KINDS: Record<EvalDecision, DecisionKind> = {
  allowed: 'Allow',
  explicitDeny: 'ExplicitDeny',
  implicitDeny: 'ImplicitDeny',
};

type Result = AuthorizeQuery['authorize'];

function statement(s: Result['matchedStatements'][number]): MatchedStatement {
  return {
    layer: s.layer,
    policyId: s.policyId,
    index: s.index,
    effect: s.effect === 'Deny' ? 'Deny' : 'Allow',
    ...(s.sid === null ? {} : { sid: s.sid }),
  };
}

/** The gateway's `AuthorizationResult` as a `RemoteDecision`. */
export function toRemoteDecision(result: Result): RemoteDecision {
  const statements = result.matchedStatements.map(statement);
  return {
    allowed: result.allowed,
    decision: {
      decision: KINDS[result.decision],
      deniedBy: statements.filter((s) => s.effect === 'Deny'),
      allowedBy: statements.filter((s) => s.effect === 'Allow'),
      ...(result.failedLayer === null ? {} : { failedLayer: result.failedLayer }),
      missingContextKeys: result.missingContextValues,
      errors: result.errors,
    },
    explanation: result.explanation,
    principalArn: result.principalArn,
    action: result.action,
    resource: result.resource,
    revision: result.revision,
  };
}
