import { tryParseArn } from '@iamgate/policy';
import type { AuthzTarget } from '../../authz/authz-rule.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { limits } from '../../hardening/argument-limits.js';
import { accountOf } from '../common/caller.js';

/**
 * What an operation on a stored resource policy is authorized on: the resource ARN (or pattern) itself, in the
 * account its ARN names. An ARN of another account is therefore decided as any resource of another account, and
 * denied (the gateway's own operations use no stored policy), whether or not that account stores a policy for it;
 * text without an account is the caller's, and the store then refuses it.
 */
export function resourcePolicyTarget(ctx: GatewayContext, resourceArn: string): AuthzTarget {
  const account = tryParseArn(resourceArn)?.account;
  return { arn: resourceArn, accountId: account === undefined || account === '' ? accountOf(ctx) : account };
}

/** The `resourceArn` argument of every resource policy operation. */
export const resourceArnArg = {
  description:
    'The resource ARN or ARN pattern the policy is stored for, exactly as stored (`*` and `?` are matched only ' +
    "when deciding); of the caller's account and this installation's partition (at most 2,048 characters).",
  ...limits({ maxLength: 2048 }),
} as const;
