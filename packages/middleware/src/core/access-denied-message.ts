import type { Decision, Layer } from '@iamgate/policy';

// How AWS names each kind of policy in AccessDenied messages
// (IAM/latest/UserGuide/troubleshoot_access-denied.html#access_denied_error_messages).
const POLICY_NAME: Record<Layer, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
  guardrail: 'guardrail',
};

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/**
 * Explains a refusal as AWS does: who, what, on which resource, and why: "with an explicit deny in a ..." or "because
 * no ... allows the ... action". Policy ids and statement Sids are left out: they are the account's business.
 *
 * @example
 * accessDeniedMessage(alice, 'orders:CancelOrder', order, decision);
 * // '`arn:iamgate:iam::123456789012:user/alice` is not authorized to perform `orders:CancelOrder` on resource
 * //  `arn:iamgate:orders::123456789012:order/42` because no identity-based policy allows the `orders:CancelOrder` action'
 */
export function accessDeniedMessage(
  principalArn: string,
  action: string,
  resource: string,
  decision: Decision,
): string {
  const head = `\`${principalArn}\` is not authorized to perform \`${action}\` on resource \`${resource}\``;
  const denied = decision.deniedBy[0];
  if (decision.decision === 'ExplicitDeny' && denied !== undefined) {
    return `${head} with an explicit deny in ${article(POLICY_NAME[denied.layer])}`;
  }
  if (decision.failedLayer !== undefined) {
    return `${head} because no ${POLICY_NAME[decision.failedLayer]} allows the \`${action}\` action`;
  }
  return head;
}
