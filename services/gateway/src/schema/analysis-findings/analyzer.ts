import type { AuthzTarget } from '../../authz/authz-rule.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { accountOf } from '../common/caller.js';

/**
 * The analyzers of an account, as the resources the `access-analyzer:*` actions are authorized on
 * (`arn:<partition>:access-analyzer::<account>:analyzer/<name>`, AWS's `Analyzer` resource type): `external-access`
 * for external access findings and `unused-access` for unused access. iamgate makes no analyzer resources: every
 * account has both, always on, so a policy can still tell the two kinds of finding apart.
 */
export function analyzerTarget(ctx: GatewayContext, name: 'external-access' | 'unused-access'): AuthzTarget {
  const accountId = accountOf(ctx);
  return { arn: `arn:${ctx.store.partition}:access-analyzer::${accountId}:analyzer/${name}`, accountId };
}

/** A whole number of days from 1 to `max`, or `InvalidInput` naming the argument. */
export function daysArgument(
  name: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
): number {
  const days = value ?? fallback;
  if (!Number.isInteger(days) || days < 1 || days > max) {
    throw new IamError('InvalidInput', `\`${name}\` must be a number of days from 1 to ${max}`, {
      field: name,
      limit: max,
    });
  }
  return days;
}
