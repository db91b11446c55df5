import type { Repositories, ThrottleRule } from '@iamgate/store';
import { IamError } from '../errors/iam-error.js';

/**
 * Counts an attempt on a throttle key shared by every instance (`sign_in_throttle`), before the work it guards, or
 * refuses with `Throttling` (429, `Retry-After`) once the rule's attempts are used: `refused(seconds)` says why in
 * the message. Call outside a transaction, so that the count outlives a refusal of the call.
 */
export async function reserveAttempt(
  store: Pick<Repositories, 'signInThrottle'>,
  key: string,
  rule: ThrottleRule,
  now: Date,
  refused: (seconds: number) => string,
): Promise<void> {
  const state = await store.signInThrottle.reserve(key, rule, now);
  if (state.allowed) return;
  const seconds = Math.max(
    1,
    Math.ceil(((state.retryAt?.getTime() ?? now.getTime()) - now.getTime()) / 1000),
  );
  throw new IamError(
    'Throttling',
    refused(seconds),
    { retryAfterSeconds: seconds },
    { 'retry-after': String(seconds) },
  );
}
