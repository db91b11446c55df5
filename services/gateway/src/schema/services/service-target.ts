import type { AuthzTarget } from '../../authz/authz-rule.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { accountOf } from '../common/caller.js';

/** The authorization target of a service definition: `arn:<partition>:iamgate::<account>:service/<prefix>`. */
export function serviceTarget(ctx: GatewayContext, serviceName: string): AuthzTarget {
  const accountId = accountOf(ctx);
  return { arn: ctx.store.serviceDefinitions.arnOf(accountId, serviceName.toLowerCase()), accountId };
}
