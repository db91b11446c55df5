import {
  attributeStatements,
  type Decision,
  type EvaluationRequest,
  evaluate,
  type MatchedStatement,
  StoredResourcePolicies,
} from '@iamgate/policy';
import { isStoreError } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

/**
 * The most document text (characters) a cached set of one service's stored policies may hold. Sets are kept in the
 * page cache (1,000 entries), so the cache holds at most about 64 MB of them; a larger set is read again for every
 * call (one statement), which only an account with very many or very large policies for one service pays.
 */
export const MAX_CACHED_POLICY_CHARACTERS = 65_536;

/** How a decision names the stored policy of another account than the one that sees the decision. */
export const CONCEALED_POLICY_ID = 'stored-resource-policy';

const EMPTY = new StoredResourcePolicies([]);

/** The stored policies of the account that owns a resource. */
export interface StoredMatch {
  accountId: string;
  set: StoredResourcePolicies;
}

/** Where decisions find the stored resource policies of the resources they are about, loaded beforehand. */
export interface StoredPolicies {
  /**
   * The stored policies that may apply to `resource`: those of the account its ARN names, for the ARN's partition
   * and service. None for a resource without an account, or when `resourceAccount` names another account than the
   * ARN (the stored policies are the ARN's account's, and would otherwise be read as another account's).
   */
  forRequest(resource: string, resourceAccount?: string | null): StoredMatch | undefined;
}

/** Whether `text[from, to)` is twelve ASCII digits, an account id. */
function isAccountId(text: string, from: number, to: number): boolean {
  if (to - from !== 12) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The cache key of a resource's stored policies: its account, partition and service; undefined when it has none.
 * Found with `indexOf` rather than a full ARN parse: every decision of a batch asks, and only these three parts
 * matter (`arn:<partition>:<service>:<region>:<account>:...`).
 */
function keyOf(
  partition: string,
  resource: string,
  resourceAccount?: string | null,
): { accountId: string; service: string } | undefined {
  if (!resource.startsWith('arn:')) return undefined;
  const c1 = 3;
  const c2 = resource.indexOf(':', c1 + 1);
  const c3 = c2 < 0 ? -1 : resource.indexOf(':', c2 + 1);
  const c4 = c3 < 0 ? -1 : resource.indexOf(':', c3 + 1);
  const c5 = c4 < 0 ? -1 : resource.indexOf(':', c4 + 1);
  if (c5 < 0 || c5 === resource.length - 1) return undefined;
  if (resource.slice(c1 + 1, c2) !== partition || !isAccountId(resource, c4 + 1, c5)) return undefined;
  const accountId = resource.slice(c4 + 1, c5);
  if (resourceAccount != null && resourceAccount !== accountId) return undefined;
  const service = resource.slice(c2 + 1, c3);
  if (service === '' || service.includes('*') || service.includes('?')) return undefined;
  return { accountId, service };
}

/** One account's stored policies of one service, through the revision-tagged cache outside transactions. */
async function load(
  ctx: GatewayContext,
  accountId: string,
  service: string,
): Promise<StoredResourcePolicies> {
  const partition = ctx.store.partition;
  const read = async () => {
    try {
      return new StoredResourcePolicies(
        await ctx.store.resourcePolicies.defaults(accountId, `arn:${partition}:${service}:`),
      );
    } catch (error) {
      // An account that does not exist has no policies; say nothing more about it.
      if (isStoreError(error, 'NoSuchEntity')) return EMPTY;
      throw error;
    }
  };
  if (!('transaction' in ctx.store)) return read();
  try {
    const set = await ctx.services.pages.read(
      accountId,
      'resourcePolicies',
      `${partition}:${service}`,
      read,
      (loaded) => loaded.policies.reduce((n, p) => n + p.document.length, 0) <= MAX_CACHED_POLICY_CHARACTERS,
    );
    return set ?? EMPTY;
  } catch (error) {
    // The cache reads the revision of the account first: one that does not exist has no policies.
    if (isStoreError(error, 'NoSuchEntity')) return EMPTY;
    throw error;
  }
}

/**
 * Loads, once per account and service, the stored resource policies the requests may use: those asked about
 * without a resource policy of their own. Warm, from the cache, this reads nothing.
 */
export async function storedPoliciesFor(
  ctx: GatewayContext,
  requests: readonly { resource: string; resourceAccount?: string | null; resourcePolicy?: string | null }[],
): Promise<StoredPolicies> {
  const partition = ctx.store.partition;
  const keyFor = (resource: string, resourceAccount?: string | null) =>
    keyOf(partition, resource, resourceAccount);
  const sets = new Map<string, Promise<StoredResourcePolicies>>();
  // The requests of a batch are usually about one service of one account: the last one seen is not looked up again.
  let last: { accountId: string; service: string } | undefined;
  for (const request of requests) {
    if (request.resourcePolicy != null) continue;
    const key = keyFor(request.resource, request.resourceAccount);
    if (key === undefined || (key.accountId === last?.accountId && key.service === last.service)) continue;
    last = key;
    const name = `${key.accountId}:${key.service}`;
    if (!sets.has(name)) sets.set(name, load(ctx, key.accountId, key.service));
  }
  const loaded = new Map<string, StoredResourcePolicies>();
  await Promise.all([...sets].map(async ([name, set]) => loaded.set(name, await set)));
  // Most accounts keep no stored policy for the services asked about: then no decision looks any further.
  const none = [...loaded.values()].every((set) => set.size === 0);
  return {
    forRequest(resource, resourceAccount) {
      if (none) return undefined;
      const key = keyFor(resource, resourceAccount);
      if (key === undefined) return undefined;
      const set = loaded.get(`${key.accountId}:${key.service}`);
      return set === undefined || set.size === 0 ? undefined : { accountId: key.accountId, set };
    },
  };
}

/** The resource-layer statements of a decision, each reduced to its effect under `CONCEALED_POLICY_ID`. */
function concealStatements(list: readonly MatchedStatement[]): MatchedStatement[] {
  const own = list.filter((m) => m.layer !== 'resource');
  const effect = list.find((m) => m.layer === 'resource')?.effect;
  return effect === undefined
    ? own
    : [{ layer: 'resource', policyId: CONCEALED_POLICY_ID, index: 0, effect }, ...own];
}

/**
 * A decision as a caller of another account than the stored policies' may see it: allowed or denied, and by which
 * layer, as AWS's access-denied messages say ("no resource-based policy allows"); but not which stored policy or
 * statement matched, which condition keys it asked for, nor which of them could not be used. Those come from the
 * decision made without the stored policies (`own`), which only the caller's side contributes to.
 */
function concealed(decision: Decision, own: Decision): Decision {
  const out: Decision = {
    decision: decision.decision,
    deniedBy: concealStatements(decision.deniedBy),
    allowedBy: concealStatements(decision.allowedBy),
    missingContextKeys: own.missingContextKeys,
    errors: own.errors,
  };
  if (decision.failedLayer !== undefined) out.failedLayer = decision.failedLayer;
  return out;
}

/**
 * Decides `request` with `@iamgate/policy`: with the resource policy it brings, else with the stored policies of
 * the resource's account that match the resource, merged into its one resource-based policy (see
 * `StoredResourcePolicies`). `viewerAccount` is the account of whoever sees the decision: when the stored policies
 * are another account's, what the decision says of them is concealed.
 */
export function decideWithStored(
  request: EvaluationRequest,
  stored: StoredPolicies,
  viewerAccount: string,
): Decision {
  if (request.policies?.resource != null) return evaluate(request);
  const match = stored.forRequest(request.resource, request.resourceAccount);
  const merged = match?.set.forResource(request.resource);
  if (match === undefined || merged === undefined) return evaluate(request);
  const decision = attributeStatements(
    evaluate({ ...request, policies: { ...request.policies, resource: merged.policy } }),
    merged,
  );
  return match.accountId === viewerAccount ? decision : concealed(decision, evaluate(request));
}
