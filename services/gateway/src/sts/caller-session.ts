import type { Session } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

const memo = new WeakMap<Request, Promise<Session | undefined>>();

/**
 * The caller's own session row (tags, transitive tag keys, source identity), read once per request. Only role
 * sessions pass anything on when they assume another role, so other callers get `undefined` without a read.
 */
export function callerRoleSession(ctx: GatewayContext): Promise<Session | undefined> {
  let session = memo.get(ctx.request);
  if (session === undefined) {
    const principal = ctx.caller?.principal;
    session =
      principal?.type === 'role'
        ? ctx.store.sessions.get(principal.accountId, principal.sessionId)
        : Promise.resolve(undefined);
    memo.set(ctx.request, session);
  }
  return session;
}
