import type { Decision, DecisionKind, MatchedStatement } from '@iamgate/policy';
import type { AuthorizeQuery } from '@iamgate/sdk';

/** One answer of the gateway's `authorize` / `authorizeBatch`, as the SDK types it. */
export type GatewayAuthorization = AuthorizeQuery['authorize'];

const KINDS: Record<GatewayAuthorization['decision'], DecisionKind> = {
  allowed: 'Allow',
  explicitDeny: 'ExplicitDeny',
  implicitDeny: 'ImplicitDeny',
};

/**
 * The gateway's decision as the engine's `Decision`, which the middleware reports to handlers and words its 403
 * messages from (the failed layer, or the explicit deny). The gateway ran the same engine, so nothing is lost but
 * the explanation text.
 *
 * @example
 * const { authorize } = await client.api.authorize({ action, resource, principalArn });
 * const decision = decisionOf(authorize); // { decision: 'ImplicitDeny', failedLayer: 'identity', ... }
 */
export function decisionOf(result: GatewayAuthorization): Decision {
  const statement = (s: GatewayAuthorization['matchedStatements'][number]): MatchedStatement => ({
    layer: s.layer,
    policyId: s.policyId,
    index: s.index,
    effect: s.effect === 'Deny' ? 'Deny' : 'Allow',
    ...(s.sid === null ? {} : { sid: s.sid }),
  });
  const matched = result.matchedStatements.map(statement);
  return {
    decision: KINDS[result.decision],
    deniedBy: matched.filter((s) => s.effect === 'Deny'),
    allowedBy: matched.filter((s) => s.effect === 'Allow'),
    ...(result.failedLayer === null ? {} : { failedLayer: result.failedLayer }),
    missingContextKeys: [...result.missingContextValues],
    errors: result.errors.map((e) => ({ code: e.code, policyId: e.policyId, message: e.message })),
  };
}
