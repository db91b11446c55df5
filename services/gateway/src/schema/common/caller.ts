import type { Principal } from '../../authz/principal.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';

/**
 * The authenticated principal of a guarded field. Guarded resolvers only run with a caller, so this cannot fail
 * for them; it exists so that resolvers need no non-null assertions.
 */
export function principalOf(ctx: GatewayContext): Principal {
  const principal = ctx.caller?.principal;
  if (principal === undefined) throw new IamError('Unauthenticated', 'this operation needs credentials');
  return principal;
}

/** The caller's account id. */
export function accountOf(ctx: GatewayContext): string {
  return principalOf(ctx).accountId;
}

/**
 * The user an operation is about: `userName` when given, else the calling user, as AWS defaults it for
 * `GetUser`, `ListAccessKeys`, `CreateAccessKey`... Root must name a user (iamgate's root has no access keys).
 */
export function userNameOrCaller(ctx: GatewayContext, userName: string | null | undefined): string {
  if (userName != null) return userName;
  const principal = principalOf(ctx);
  if (principal.userName === undefined) {
    throw new IamError('InvalidInput', '`userName` is required when the caller is not an IAM user', {
      field: 'userName',
    });
  }
  return principal.userName;
}

/**
 * Whose access keys a call is about: the user named, else the calling user, else (`null`) the calling root user,
 * whose own keys AWS lets it manage (discouraged). A role session must name a user.
 */
export function keyOwnerOrCaller(ctx: GatewayContext, userName: string | null | undefined): string | null {
  if (userName == null && principalOf(ctx).type === 'root') return null;
  return userNameOrCaller(ctx, userName);
}
