import { parseIamArn } from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import { entityTarget } from '../authz/entity-target.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { accountOf } from '../schema/common/caller.js';

/**
 * The target of `iam:RevokeSession`: the principal the session belongs to (the user, the role, or root). A session
 * that does not exist or belongs to another account gets `*` of the caller's account, so only callers allowed to
 * revoke any session learn that it does not exist.
 */
export async function sessionTarget(ctx: GatewayContext, sessionId: string): Promise<AuthzTarget> {
  const accountId = accountOf(ctx);
  const session = await absentAsUndefined(ctx.store.sessions.get(accountId, sessionId));
  if (session === undefined) return ctx.targets.any();
  const arn = session.roleArn ?? session.principalArn;
  if (session.principalType === 'root') return { arn, accountId };
  const { type, name } = parseIamArn(arn);
  // The session's user or role, concealed like any entity named without its path.
  return entityTarget(type === 'role' ? 'role' : 'user', ctx.store.partition, accountId, name, {
    arn,
    tags: [],
  });
}
