import type { ContextValue, Decision } from '@iamgate/policy';
import type { GatewayContext } from '../context/gateway-context.js';
import { principalOf } from '../schema/common/caller.js';
import { notTrusted } from '../sts/no-permission-needed.js';
import { type CallerMfa, claimMfa, type MfaArgs } from './caller-mfa.js';

/** The description of the `serialNumber` argument of STS calls. */
export const MFA_SERIAL_DESCRIPTION =
  'The serial number (ARN) of an MFA device enabled for the calling user or root, with `tokenCode`.';
/** The description of the `tokenCode` argument of STS calls. */
export const MFA_CODE_DESCRIPTION =
  "The device's current six-digit code: the new session is MFA-authenticated (`aws:MultiFactorAuthPresent`).";

/** `decision`, or a refusal when the call's MFA code failed. */
export function mfaDecision(mfa: CallerMfa, decision: Decision): Decision {
  if (mfa.given && mfa.proof === undefined) return { ...notTrusted(), failedLayer: 'identity' };
  return decision;
}

/** The MFA condition keys a call's accepted code adds (`aws:MultiFactorAuthPresent`, `aws:MultiFactorAuthAge`). */
export function mfaContext(mfa: CallerMfa, now: Date): Record<string, ContextValue> {
  if (!mfa.given || mfa.proof === undefined) return {};
  const age = Math.max(0, Math.floor((now.getTime() - mfa.proof.authenticatedAt.getTime()) / 1000));
  return { 'aws:MultiFactorAuthPresent': true, 'aws:MultiFactorAuthAge': age };
}

/**
 * When the MFA of a new session was checked: now, for a code given with the call (already checked by its
 * authorization); the calling session's time when it was MFA-authenticated itself, so that a session derived from
 * one keeps `aws:MultiFactorAuthPresent` and its age keeps growing; undefined otherwise.
 */
export async function sessionMfaTime(ctx: GatewayContext, args: MfaArgs): Promise<Date | undefined> {
  const mfa = await claimMfa(ctx, args);
  if (mfa.given) return mfa.proof?.authenticatedAt;
  const principal = principalOf(ctx);
  return principal.mfaAuthenticated === true ? principal.mfaAuthenticatedAt : undefined;
}
