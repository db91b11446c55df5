import { parseIamArn } from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { accountOf } from '../schema/common/caller.js';

/**
 * The target of `iam:RevokeSession` (and of a session's snapshot): the principal the session belongs to (the user,
 * the role, or root). A session that does not exist or belongs to another account gets `*` of the caller's account,
 * so only callers allowed to act on any session learn that it does not exist. A caller refused on a live session that
 * may not read its owner is shown `*` too (`concealedAs`): a session id must not tell whose, or that it is live.
 */
export async function sessionTarget(ctx: GatewayContext, sessionId: string): Promise<AuthzTarget> {
  const accountId = accountOf(ctx);
  const session = await absentAsUndefined(ctx.store.sessions.get(accountId, sessionId));
  const anySession = ctx.targets.any();
  if (session === undefined) return anySession;
  const arn = session.roleArn ?? session.principalArn;
  if (session.principalType === 'root') {
    return { arn, accountId, concealedAs: { arn: anySession.arn, readAction: 'iam:GetAccountSummary' } };
  }
  const type = parseIamArn(arn).type === 'role' ? 'role' : 'user';
  return {
    arn,
    accountId,
    concealedAs: { arn: anySession.arn, readAction: type === 'role' ? 'iam:GetRole' : 'iam:GetUser' },
  };
}
