import type { Decision } from '@iamgate/policy';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { auditEvent } from '../audit/audit-event.js';
import { redact } from '../audit/redact.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { errorCodeOf } from '../errors/error-code-of.js';
import { IamError } from '../errors/iam-error.js';
import { accessDenied } from './access-denied.js';
import { type AuthzTarget, type FieldAuthz, isPublicField } from './authz-rule.js';
import { decide } from './decide.js';

/** A permission the call lacks: the action, its target and the decision that refused it. */
interface Refusal {
  action: string;
  target: AuthzTarget;
  decision: Decision;
}

/** Everything `guardField` needs about one field call. */
export interface GuardedCall {
  authz: FieldAuthz<GatewayContext, unknown, object>;
  mutation: boolean;
  resolver: GraphQLFieldResolver<unknown, GatewayContext, object>;
  parent: unknown;
  args: object;
  context: GatewayContext;
  info: GraphQLResolveInfo;
}

/**
 * Authorizes one field call and runs it: `Unauthenticated` without credentials, `AccessDenied` (audited) when the
 * policies do not allow, otherwise the resolver. A mutation runs in one transaction with its audit event, so the
 * change and its record commit together; a failed mutation is audited with its error code.
 */
export async function guardField(call: GuardedCall): Promise<unknown> {
  const { authz, parent, args, info } = call;
  const ctx = call.context;
  if (isPublicField(authz)) return call.resolver(parent, args, ctx, info);
  if (ctx.authError !== undefined) throw ctx.authError;
  const caller = ctx.caller;
  if (caller === undefined) {
    throw new IamError(
      'Unauthenticated',
      'this operation needs credentials: send `Authorization: Bearer <token>` from `signIn`',
    );
  }
  const input = { args, parent, ctx };
  const resolved = await authz.resource(input);
  const target: AuthzTarget = typeof resolved === 'string' ? { arn: resolved } : resolved;
  const operationContext = authz.context ? await authz.context(input) : {};
  const grants = authz.grants ? await authz.grants(input) : [];
  const own = authz.decide ? await authz.decide({ ...input, target, context: operationContext }) : undefined;
  let refused: Refusal | undefined;
  const decision = own ?? decide(caller, authz.action, target, operationContext, ctx.facts, grants);
  if (decision.decision !== 'Allow') refused = { action: authz.action, target, decision };
  // The operation's further permissions (iam:PassRole, sts:TagSession...), in order; the first refusal is named.
  for (const check of refused === undefined && authz.also ? await authz.also(input) : []) {
    const checked = check.decide
      ? await check.decide()
      : decide(caller, check.action, check.resource, check.context ?? {}, ctx.facts);
    if (checked.decision !== 'Allow') {
      refused = { action: check.action, target: check.resource, decision: checked };
      break;
    }
  }
  const action = authz.action;
  if (refused !== undefined) {
    const error = accessDenied({
      principal: caller.principal.arn,
      action: refused.action,
      resource: refused.target.arn,
      decision: refused.decision,
    });
    await ctx.services.store.audit.record(
      auditEvent(ctx, {
        action: refused.action,
        resource: refused.target.arn,
        decision: 'Deny',
        errorCode: 'AccessDenied',
        details: { reason: error.message, arguments: redact(args) },
      }),
    );
    throw error;
  }
  if (!call.mutation) return call.resolver(parent, args, ctx, info);
  const details = { arguments: redact(args) };
  try {
    // `store.transaction` rethrows the resolver's own error unchanged, so the client sees its code.
    return await ctx.services.store.transaction(async (tx) => {
      const result = await call.resolver(parent, args, { ...ctx, store: tx }, info);
      await tx.audit.record(auditEvent(ctx, { action, resource: target.arn, decision: 'Allow', details }));
      return result;
    });
  } catch (error) {
    const errorCode = errorCodeOf(error);
    // The failure is recorded outside the rolled-back transaction; if even that fails (the database is down),
    // the original error is the one worth reporting.
    await ctx.services.store.audit
      .record(auditEvent(ctx, { action, resource: target.arn, decision: 'Deny', errorCode, details }))
      .catch((auditError: unknown) => ctx.log.error('audit write failed', { error: auditError }));
    throw error;
  } finally {
    // Mutations of one request run one after another; the next one must see what this one changed.
    ctx.targets.forget();
  }
}
