import type { StoredResourcePolicy } from '@iamgate/policy';
import type { GatewayContext } from '../context/gateway-context.js';
import { MAX_CACHED_POLICY_CHARACTERS } from '../evaluator/stored-resource-policies.js';

/** The stored resource policies of an account, and a revision they reflect at least. */
export interface AccountResourcePolicies {
  revision: number;
  policies: StoredResourcePolicy[];
}

/**
 * Every stored resource policy of the account (its document in force), for a policy snapshot: through the
 * revision-tagged page cache when the set is small (see `MAX_CACHED_POLICY_CHARACTERS`), so that snapshots taken at
 * one revision read them once. The revision is read before the policies, so they reflect it or a newer one.
 */
export async function accountResourcePolicies(
  ctx: Pick<GatewayContext, 'store' | 'services'>,
  accountId: string,
): Promise<AccountResourcePolicies> {
  const revision = await ctx.services.policies.revision(accountId);
  const read = () => ctx.store.resourcePolicies.defaults(accountId);
  const policies = !('transaction' in ctx.store)
    ? await read()
    : await ctx.services.pages.read(
        accountId,
        'resourcePolicies',
        '*',
        read,
        (all) => all.reduce((n, p) => n + p.document.length, 0) <= MAX_CACHED_POLICY_CHARACTERS,
      );
  return { revision, policies: policies ?? [] };
}
