import {
  type ContextValue,
  freezeContext,
  parsePrincipal,
  principalContext,
  type RequestPolicies,
} from '@iamgate/policy';
import { type EffectivePolicies, type PrincipalRef, parseIamArn, rootArn } from '@iamgate/store';
import {
  epochSeconds,
  factsContext,
  type RequestFacts,
  requestContext,
  resourceOrgContext,
} from '../authz/request-context.js';
import { requestPoliciesOf } from '../cache/request-policies.js';
import type { Caller, GatewayContext } from '../context/gateway-context.js';
import { IamError } from '../errors/iam-error.js';
import { accountOf } from '../schema/common/caller.js';

/** The principal a decision is made for: its ARN, its policies and the context keys it brings. */
export interface Subject {
  principalArn: string;
  accountId: string;
  policies: RequestPolicies;
  /**
   * The principal's keys (`aws:PrincipalArn`, `aws:userid`, `aws:PrincipalTag/*`...) and the request's facts, frozen
   * (`freezeContext`): the engine reads it once however many decisions are made with it.
   */
  context: Readonly<Record<string, ContextValue>>;
  /**
   * `context` with `aws:ResourceOrgID` and `aws:ResourceOrgPaths` of the principal's organization, frozen too: for
   * requests about resources of the principal's own account, when the account is in an organization.
   */
  ownAccountContext?: Readonly<Record<string, ContextValue>>;
  /** The account revision the policies reflect. */
  revision: number;
}

/** The calling principal, with the policies read when its request was authenticated. */
export function callerSubject(caller: Caller, facts: RequestFacts): Subject {
  const context = requestContext(caller.principal, facts);
  const own = resourceOrgContext(caller.principal, caller.principal.accountId);
  return {
    principalArn: caller.principal.arn,
    accountId: caller.principal.accountId,
    policies: caller.policies,
    context: freezeContext(context),
    ...(Object.keys(own).length === 0 ? {} : { ownAccountContext: freezeContext({ ...context, ...own }) }),
    revision: caller.revision,
  };
}

/**
 * The principal reference of a user, role or root ARN of the caller's account (with its id and user name):
 * `NoSuchEntity` for one of another account, as for one that does not exist, and `InvalidInput` for anything else.
 */
export async function principalRef(
  ctx: GatewayContext,
  arn: string,
): Promise<{ ref: PrincipalRef; id: string; userName?: string }> {
  const accountId = accountOf(ctx);
  if (parsePrincipal(arn).kind === 'Account') {
    if (arn !== rootArn(ctx.store.partition, accountId)) {
      throw new IamError('NoSuchEntity', `the principal \`${arn}\` cannot be found`);
    }
    return { ref: { kind: 'root', accountId }, id: accountId };
  }
  let parsed: ReturnType<typeof parseIamArn> | undefined;
  try {
    parsed = parseIamArn(arn);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && parsed.accountId !== accountId) {
    throw new IamError('NoSuchEntity', `the principal \`${arn}\` cannot be found`);
  }
  if (parsed?.type === 'user') {
    const user = await ctx.store.users.getByArn(accountId, arn);
    return { ref: { kind: 'user', accountId, userId: user.id }, id: user.id, userName: user.name };
  }
  if (parsed?.type === 'role') {
    const role = await ctx.store.roles.getByArn(accountId, arn);
    return { ref: { kind: 'role', accountId, roleId: role.id }, id: role.id };
  }
  throw new IamError('InvalidInput', `\`${arn}\` is not the ARN of a user, a role or an account root`, {
    field: 'principalArn',
  });
}

/**
 * Another principal of the caller's account, named by ARN (a user, a role, or root), with its effective policies
 * from the gateway's cache. Its context holds what its credentials would: account, ARN, id, user name and
 * tags, with the request's time, source and transport.
 */
export async function subjectByArn(ctx: GatewayContext, arn: string): Promise<Subject> {
  const caller = ctx.caller;
  if (caller !== undefined && arn === caller.principal.arn) return callerSubject(caller, ctx.facts);
  const { ref, id, userName } = await principalRef(ctx, arn);
  const effective: EffectivePolicies = await ctx.services.policies.get(ref);
  const org = effective.organization;
  // What its credentials would carry, without a session: no issue time, MFA or source identity.
  const context = principalContext(
    {
      // INVARIANT: `principalRef` names a user, a role or root, never a session.
      type: ref.kind as 'root' | 'user' | 'role',
      arn: ref.kind === 'root' ? rootArn(ctx.store.partition, effective.accountId) : arn,
      ...(ref.kind === 'role' ? { roleArn: arn } : {}),
      account: effective.accountId,
      id,
      ...(userName === undefined ? {} : { userName }),
      tags: Object.fromEntries(effective.principalTags.map((tag) => [tag.key, tag.value])),
      ...(org === null ? {} : { organization: { id: org.id, path: org.path } }),
    },
    epochSeconds(ctx.facts),
    factsContext(ctx.facts),
  );
  return {
    principalArn: effective.principalArn,
    accountId: effective.accountId,
    policies: requestPoliciesOf(effective),
    context: freezeContext(context),
    ...(org === null
      ? {}
      : {
          ownAccountContext: freezeContext({
            ...context,
            ...resourceOrgContext({ accountId: effective.accountId, organization: org }, effective.accountId),
          }),
        }),
    revision: effective.revision,
  };
}
