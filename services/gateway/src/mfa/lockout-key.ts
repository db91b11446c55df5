import type { MfaOwner } from '@iamgate/store';
import { rootThrottleKey, userThrottleKey } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

/**
 * The lockout key of a principal's credentials: the one its password sign-ins count on (`user:<account>/<name>`,
 * `root:<e-mail>`). Every way of trying an MFA code of the principal (a sign-in, `getSessionToken`/`assumeRole`
 * with `tokenCode`, `enableMFADevice`/`resyncMFADevice` pairs) counts on it, so the guesses of all of them add up
 * to one allowance of `IAMGATE_SIGNIN_MAX_FAILURES` per window.
 */
export async function principalLockoutKey(
  ctx: GatewayContext,
  accountId: string,
  owner: MfaOwner,
): Promise<string> {
  if (owner !== 'root') return userThrottleKey(accountId, owner.userName);
  const account = await ctx.store.accounts.get(accountId);
  return rootThrottleKey(account.rootEmail);
}
