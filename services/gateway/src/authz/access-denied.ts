import type { Decision, Layer, MatchedStatement } from '@iamgate/policy';
import { IamError } from '../errors/iam-error.js';

const LAYER_NAMES: Record<Layer, string> = {
  guardrail: 'a guardrail policy',
  resource: 'a resource-based policy',
  identity: 'an identity-based policy',
  permissionsBoundary: 'a permissions boundary',
  session: 'a session policy',
};

/**
 * Why a decision is not `Allow`, in the words of AWS's access-denied messages
 * (`IAM/latest/UserGuide/troubleshoot_access-denied.html`): "with an explicit deny in an identity-based policy",
 * "because no identity-based policy allows the `iam:X` action".
 */
export function denialReason(decision: Decision, action: string): string {
  if (decision.decision === 'ExplicitDeny') {
    const first = decision.deniedBy[0];
    const where = first ? `${LAYER_NAMES[first.layer]}: \`${describe(first)}\`` : 'a policy';
    return `with an explicit deny in ${where}`;
  }
  const layer = decision.failedLayer ?? 'identity';
  if (layer === 'permissionsBoundary')
    return `because no permissions boundary allows the \`${action}\` action`;
  if (layer === 'resource') return `because no resource-based policy allows the \`${action}\` action`;
  if (layer === 'session') return `because no session policy allows the \`${action}\` action`;
  if (layer === 'guardrail') return `because no guardrail policy allows the \`${action}\` action`;
  return `because no identity-based policy allows the \`${action}\` action`;
}

function describe(statement: MatchedStatement): string {
  return statement.sid === undefined ? statement.policyId : `${statement.policyId}#${statement.sid}`;
}

/** The facts of a refused request. */
export interface Denial {
  principal: string;
  action: string;
  resource: string;
  decision: Decision;
}

/**
 * The `AccessDenied` error of a refused request. It names the principal, action and resource and why, like
 * AWS's messages, and carries them as structured extensions for programs.
 */
export function accessDenied({ principal, action, resource, decision }: Denial): IamError {
  const reason = denialReason(decision, action);
  return new IamError(
    'AccessDenied',
    `\`${principal}\` is not authorized to perform \`${action}\` on resource \`${resource}\` ${reason}`,
    {
      principal,
      action,
      resource,
      decision: decision.decision,
      ...(decision.failedLayer ? { failedLayer: decision.failedLayer } : {}),
      deniedBy: decision.deniedBy.map((s) => ({ layer: s.layer, policyId: s.policyId, sid: s.sid ?? null })),
    },
  );
}
