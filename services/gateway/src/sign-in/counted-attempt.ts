import type { GatewayContext } from '../context/gateway-context.js';
import { reserveAttempt } from '../hardening/reserve-attempt.js';

/** A counted attempt at a password, to be cleared when it proves right. */
export interface CountedAttempt {
  succeeded(): Promise<void>;
}

/**
 * Counts an attempt at a principal's password on its sign-in lockout key (the rule of `IAMGATE_SIGNIN_*`) before
 * the password is checked, or refuses with `Throttling` while the principal is locked out, exactly as a sign-in
 * does: any way of checking a password is a way of guessing it. Call outside a transaction, so that the count
 * outlives a refusal.
 */
export async function countedAttempt(ctx: GatewayContext, key: string): Promise<CountedAttempt> {
  const { maxFailuresPerPrincipal, windowSeconds } = ctx.services.config.signIn;
  await reserveAttempt(
    ctx.store,
    key,
    { maxAttempts: maxFailuresPerPrincipal, windowSeconds, lockoutSeconds: windowSeconds },
    ctx.facts.now,
    (seconds) => `too many failed attempts: try again in ${seconds} seconds`,
  );
  return { succeeded: () => ctx.store.signInThrottle.reset(key) };
}
