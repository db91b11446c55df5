import type { RequestFacts } from '../authz/request-context.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { IamError } from '../errors/iam-error.js';
import { principalOf } from '../schema/common/caller.js';
import { countedAttempt } from '../sign-in/counted-attempt.js';
import { principalLockoutKey } from './lockout-key.js';
import { type MfaProof, proveMfa } from './mfa-proof.js';

/** The MFA arguments of `getSessionToken` and `assumeRole` (`SerialNumber`, `TokenCode`). */
export interface MfaArgs {
  serialNumber?: string | null;
  tokenCode?: string | null;
}

/** What the MFA arguments of a call proved: nothing was given, a code was accepted, or the code was refused. */
export type CallerMfa =
  | { given: false }
  | { given: true; proof: MfaProof }
  | { given: true; proof: undefined };

// Per request (its facts), per arguments: authorization and resolver both ask, and a code is accepted only once.
const checks = new WeakMap<RequestFacts, Map<string, Promise<CallerMfa>>>();

/**
 * The caller's MFA proof for this call when it gave `serialNumber` and `tokenCode`, checked once per request: the
 * device must be enabled for the calling user or root, the code right and never used before. Each check counts on
 * the caller's MFA lockout key like a password attempt (refused with `Throttling` once the attempts are used), so
 * codes cannot be brute-forced. The caller refuses a failed proof with `AccessDenied`, as AWS answers it
 * ("MultiFactorAuthentication failed with invalid MFA one time pass code"). One of the two arguments without the
 * other is `ValidationError`.
 */
export function callerMfa(ctx: GatewayContext, args: MfaArgs): Promise<CallerMfa> {
  const { serialNumber, tokenCode } = args;
  if (serialNumber == null && tokenCode == null) return Promise.resolve({ given: false });
  if (serialNumber == null || tokenCode == null) {
    return Promise.reject(
      new IamError('ValidationError', '`serialNumber` and `tokenCode` go together', {
        field: serialNumber == null ? 'serialNumber' : 'tokenCode',
      }),
    );
  }
  let byArgs = checks.get(ctx.facts);
  if (byArgs === undefined) {
    byArgs = new Map();
    checks.set(ctx.facts, byArgs);
  }
  const key = `${serialNumber}\n${tokenCode}`;
  let check = byArgs.get(key);
  if (check === undefined) {
    check = prove(ctx, serialNumber, tokenCode);
    byArgs.set(key, check);
  }
  return check;
}

async function prove(ctx: GatewayContext, serialNumber: string, tokenCode: string): Promise<CallerMfa> {
  const principal = principalOf(ctx);
  // Role sessions have no devices of their own: their MFA comes from the session that assumed them.
  if (principal.type === 'role') return { given: true, proof: undefined };
  const owner = principal.type === 'root' ? 'root' : { userName: principal.userName ?? '' };
  const attempt = await countedAttempt(ctx, await principalLockoutKey(ctx, principal.accountId, owner));
  const devices = await ctx.store.mfaDevices.secretsFor(
    principal.accountId,
    principal.type === 'root' ? null : principal.id,
  );
  const proof = await proveMfa(ctx.store, devices, tokenCode, serialNumber, ctx.facts.now);
  if (proof !== undefined) await attempt.succeeded();
  return { given: true, proof };
}

const claimed = new WeakMap<RequestFacts, Set<MfaProof>>();

/**
 * Takes the call's proof for the session a resolver issues: a proof serves one field only, so aliased fields of one
 * request giving the same code (which share the check above) cannot turn one code into several MFA sessions. The
 * second is refused as a spent code would be.
 */
export async function claimMfa(ctx: GatewayContext, args: MfaArgs): Promise<CallerMfa> {
  const mfa = await callerMfa(ctx, args);
  if (!mfa.given || mfa.proof === undefined) return mfa;
  let taken = claimed.get(ctx.facts);
  if (taken === undefined) {
    taken = new Set();
    claimed.set(ctx.facts, taken);
  }
  if (taken.has(mfa.proof)) throw mfaFailed();
  taken.add(mfa.proof);
  return mfa;
}

/** The refusal of a call whose MFA code failed, as AWS words it. */
export function mfaFailed(): IamError {
  return new IamError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code');
}
