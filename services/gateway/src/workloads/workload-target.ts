import { iamArn } from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import { entityTarget } from '../authz/entity-target.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { accountOf } from '../schema/common/caller.js';

/**
 * The workload `name` of the caller's account as an authorization target, with its path and tags when it exists;
 * one that does not exist gets the ARN it would have at `/` (or at `path` when about to be created), so existence
 * is not revealed to callers who may not act on it.
 */
export async function workloadTarget(
  ctx: GatewayContext,
  name: string,
  path?: string | null,
): Promise<AuthzTarget> {
  const accountId = accountOf(ctx);
  const workload =
    path == null ? await absentAsUndefined(ctx.store.workloads.get(accountId, name)) : undefined;
  if (path != null) return { arn: iamArn(ctx.store.partition, accountId, 'workload', path, name), accountId };
  return entityTarget('workload', ctx.store.partition, accountId, name, workload);
}
