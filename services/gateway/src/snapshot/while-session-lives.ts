import { Repeater } from 'graphql-yoga';
import type { Principal } from '../authz/principal.js';
import type { PolicyCache } from '../cache/policy-cache.js';

/** What `whileSessionLives` needs to know about the stream's caller. */
export interface StreamCaller {
  principal: Principal;
  policies: PolicyCache;
  now: () => Date;
}

/**
 * `events` for as long as the caller's session lives: the stream ends when the session's token expires, and at the
 * first event after the session was revoked (or its principal deleted). A subscription is authorized once, when it
 * starts; without this a revoked or stolen token would keep watching the account for ever.
 */
export function whileSessionLives<T>(caller: StreamCaller, events: AsyncIterable<T>): AsyncIterable<T> {
  const { principal, policies, now } = caller;
  const ref = { kind: 'session', accountId: principal.accountId, sessionId: principal.sessionId } as const;
  const lives = async (): Promise<boolean> => {
    const effective = await policies.get(ref).catch(() => undefined);
    const session = effective?.sessionInfo;
    return (
      session !== null &&
      session !== undefined &&
      session.revokedAt === null &&
      session.expiresAt.getTime() > now().getTime()
    );
  };
  return new Repeater<T>(async (push, stop) => {
    const iterator = events[Symbol.asyncIterator]();
    const expiry = setTimeout(stop, Math.max(0, principal.expiresAt.getTime() - now().getTime()));
    expiry.unref?.();
    void stop.then(() => iterator.return?.());
    try {
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => undefined)]);
        if (next === undefined || next.done) break;
        if (!(await lives())) break;
        await push(next.value);
      }
    } finally {
      clearTimeout(expiry);
      stop();
    }
  });
}
