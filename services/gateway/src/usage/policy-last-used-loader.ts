import type { PolicyLastUsed } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

type Batch = Map<string, ((value: PolicyLastUsed | null) => void)[]>;
const batches = new WeakMap<object, { ids: Batch; failed: ((error: unknown) => void)[] }>();

/**
 * The current last use of a managed policy of the caller's account, read fresh (a cached policy may be older than
 * its last use, since recording uses does not move the account's revision), for every policy a response shows in
 * one statement: the ids asked for in the same tick are read together.
 */
export function policyLastUsed(ctx: GatewayContext, policyId: string): Promise<PolicyLastUsed | null> {
  const accountId = ctx.caller?.principal.accountId;
  if (accountId === undefined) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let batch = batches.get(ctx.facts);
    if (batch === undefined) {
      const pending = { ids: new Map() as Batch, failed: [] as ((error: unknown) => void)[] };
      batch = pending;
      batches.set(ctx.facts, pending);
      queueMicrotask(() => {
        batches.delete(ctx.facts);
        ctx.store.policies
          .lastUsedOf(accountId, [...pending.ids.keys()])
          .then((found) => {
            for (const [id, waiting] of pending.ids) for (const done of waiting) done(found.get(id) ?? null);
          })
          .catch((error: unknown) => {
            for (const fail of pending.failed) fail(error);
          });
      });
    }
    const waiting = batch.ids.get(policyId) ?? [];
    waiting.push(resolve);
    batch.ids.set(policyId, waiting);
    batch.failed.push(reject);
  });
}
