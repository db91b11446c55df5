import { parseIamArn, type Role, type Store } from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import { isCacheableRole } from '../cache/cacheable-role.js';
import type { EntityCache } from '../cache/entity-cache.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { IamError } from '../errors/iam-error.js';

const memo = new WeakMap<Request, Map<string, Promise<Role | undefined>>>();

/** The account and name of a role ARN, or `ValidationError`. */
export function roleArnParts(roleArn: string): { accountId: string; name: string } {
  try {
    const parsed = parseIamArn(roleArn, 'role');
    return { accountId: parsed.accountId, name: parsed.name };
  } catch {
    throw new IamError('ValidationError', `\`${roleArn}\` is not a role ARN`, { field: 'roleArn' });
  }
}

/**
 * The role named by an ARN, in whatever account, memoized per request so the authorization rule and the resolver
 * read it once, and kept across requests by the entity cache (`cachedRoleByArn`). `undefined` when it does not
 * exist: callers answer `AccessDenied`, as AWS does for a role it cannot find, so role names of other accounts
 * cannot be probed.
 */
export function roleByArn(ctx: GatewayContext, roleArn: string): Promise<Role | undefined> {
  let roles = memo.get(ctx.request);
  if (roles === undefined) {
    roles = new Map();
    memo.set(ctx.request, roles);
  }
  let role = roles.get(roleArn);
  if (role === undefined) {
    const { accountId } = roleArnParts(roleArn);
    const store = ctx.store;
    // Outside a transaction (the authorization step, and self-audited mutations such as `assumeRole`) the role
    // comes from the entity cache; inside one it is read from the transaction and not kept.
    role =
      'transaction' in store
        ? cachedRoleByArn(ctx.services.entities, store, roleArn)
        : absentAsUndefined(store.roles.getByArn(accountId, roleArn));
    roles.set(roleArn, role);
  }
  return role;
}

/**
 * The role as an authorization target: its ARN, account and tags (`aws:ResourceTag/*`). A role of another account
 * is only its ARN as given.
 */
export async function roleTarget(ctx: GatewayContext, roleArn: string): Promise<AuthzTarget> {
  const { accountId } = roleArnParts(roleArn);
  // Another account's role lends nothing to the caller's decision: with its tags in the request context, a Deny the
  // caller writes on `aws:ResourceTag/...` would tell it whether the role exists and what its tags say.
  if (accountId !== ctx.caller?.principal.accountId) return { arn: roleArn, accountId };
  const role = await roleByArn(ctx, roleArn);
  return { arn: role?.arn ?? roleArn, accountId, tags: role?.tags ?? [] };
}

/**
 * The role an ARN names, in whatever account, from the gateway's entity cache: current with that account's
 * revision, which every change to the role (its trust policy, tags, path, deletion) moves, exactly as the policies
 * a decision uses are kept. So `assumeRole` and `assumeWorkloadRole` decide on a role read once per revision, not
 * on every call. The entry is the one `Targets.findRole` shares (by lowercased name); the ARN must then match
 * exactly, path and name, as `roles.getByArn` requires. `undefined` when there is no such role, or no such account.
 *
 * INVARIANT: `store` is the store itself, never a transaction: what a transaction reads may be its own uncommitted
 * writes, and must not be kept.
 */
export async function cachedRoleByArn(
  entities: EntityCache,
  store: Store,
  roleArn: string,
): Promise<Role | undefined> {
  const { accountId, name } = roleArnParts(roleArn);
  // An account that does not exist has no revision to cache under (`NoSuchEntity`): its roles are as absent as a
  // missing role of an account that does, so a caller cannot tell which account ids exist.
  const role = await absentAsUndefined(
    entities.read(
      accountId,
      'role',
      name.toLowerCase(),
      () => store.roles.find(accountId, name),
      isCacheableRole,
    ),
  );
  return role?.arn === roleArn ? role : undefined;
}
