import type { Store } from '@iamgate/store';
import type { GatewayContext } from './gateway-context.js';

/**
 * The store itself, to start a transaction or to record what must outlive a rolled-back one (a failed call's
 * audit event). Only reachable outside a transaction: inside a mutation `ctx.store` is the transaction, and using
 * the store beside it would wait for that transaction on PGlite's single connection (a permanent freeze) or take a
 * second pooled connection on Postgres. So this throws there, by construction.
 */
export function rootStore(ctx: Pick<GatewayContext, 'store'>): Store {
  const store = ctx.store;
  if (!('transaction' in store)) {
    throw new Error('the store itself is not reachable inside a transaction: use `ctx.store`');
  }
  return store;
}
