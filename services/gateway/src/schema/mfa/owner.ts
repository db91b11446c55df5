import type { MfaOwner } from '@iamgate/store';
import type { AuthzTarget } from '../../authz/authz-rule.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { keyOwnerOrCaller } from '../common/caller.js';

/** Whose MFA devices a call is about: the user named, else the calling user, else the calling root user. */
export function mfaOwner(ctx: GatewayContext, userName: string | null | undefined): MfaOwner {
  const owner = keyOwnerOrCaller(ctx, userName);
  return owner === null ? 'root' : { userName: owner };
}

/**
 * The authorization target of a call about a principal's MFA devices: the user (AWS's resource type of
 * `iam:EnableMFADevice`, `iam:ListMFADevices`...), or the account root for root's own.
 */
export function mfaOwnerTarget(
  ctx: GatewayContext,
  userName: string | null | undefined,
): AuthzTarget | Promise<AuthzTarget> {
  const owner = mfaOwner(ctx, userName);
  return owner === 'root' ? ctx.targets.account() : ctx.targets.user(owner.userName);
}
