import type { Decision } from '@iamgate/policy';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { auditEvent } from '../audit/audit-event.js';
import { redact } from '../audit/redact.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { rootStore } from '../context/root-store.js';
import { errorCodeOf } from '../errors/error-code-of.js';
import { IamError } from '../errors/iam-error.js';
import { metricsOf } from '../metrics/metrics-of.js';
import { accessDenied } from './access-denied.js';
import { type AuthzTarget, type FieldAuthz, isPublicField } from './authz-rule.js';
import { callAuditTaken, withCallAudit } from './call-audit.js';
import { decide } from './decide.js';
import { concealRefusal, type Refusal } from './refusal.js';

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

/** A permission a call was allowed: its action, the target and the decision. */
interface Allowed {
  action: string;
  target: AuthzTarget;
  decision: Decision;
}

/**
 * Adds allowed requests the audit log does not record to the activity record, so that access analysis knows the
 * permissions were used; decisions no statement took part in (what needs no permission) teach it nothing.
 */
function noteAllowed(ctx: GatewayContext, allowed: readonly Allowed[]): void {
  const principal = ctx.caller?.principal;
  if (principal === undefined) return;
  for (const { action, target, decision } of allowed) {
    if (decision.allowedBy.length === 0) continue;
    ctx.services.activity.note({
      accountId: principal.accountId,
      principalArn: principal.arn,
      action,
      resource: target.arn,
      decision: 'Allow',
      source: 'api',
      at: ctx.facts.now,
      sourceIp: ctx.facts.sourceIp,
    });
  }
}

/**
 * Authorizes one field call and runs it: `Unauthenticated` without credentials, `AccessDenied` (audited) when the
 * policies do not allow, otherwise the resolver. A mutation runs in one transaction with its audit event, so the
 * change and its record commit together, or, when declared `selfAudited`, writes the event itself with its change;
 * a failed mutation is audited with its error code.
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
  const alsoIn = authz.auditAlsoIn ? await authz.auditAlsoIn(input) : [];
  const resolved = await authz.resource(input);
  const target: AuthzTarget = typeof resolved === 'string' ? { arn: resolved } : resolved;
  const operationContext = authz.context ? await authz.context(input) : {};
  const grants = authz.grants ? await authz.grants(input) : [];
  const own = authz.decide ? await authz.decide({ ...input, target, context: operationContext }) : undefined;
  let refused: Refusal | undefined;
  const decision = own ?? decide(caller, authz.action, target, operationContext, ctx.facts, grants);
  if (decision.decision !== 'Allow') {
    refused = { action: authz.action, target, context: operationContext, decision };
  } else {
    ctx.services.policyUses.note(decision, caller.principal.arn, authz.action, ctx.facts.now);
  }
  // The operation's further permissions (iam:PassRole, sts:TagSession...), in order; the first refusal is named.
  const allowed: Allowed[] = refused === undefined ? [{ action: authz.action, target, decision }] : [];
  for (const check of refused === undefined && authz.also ? await authz.also(input) : []) {
    const checked = check.decide
      ? await check.decide()
      : decide(caller, check.action, check.resource, check.context ?? {}, ctx.facts);
    if (checked.decision !== 'Allow') {
      refused = {
        action: check.action,
        target: check.resource,
        context: check.context ?? {},
        decision: checked,
      };
      break;
    }
    allowed.push({ action: check.action, target: check.resource, decision: checked });
  }
  metricsOf(ctx.services).decision(
    'api',
    refused?.action ?? authz.action,
    refused?.decision.decision ?? 'Allow',
  );
  const action = authz.action;
  if (refused !== undefined) {
    refused = concealRefusal(caller, refused, ctx.facts);
    const error = accessDenied({
      principal: caller.principal.arn,
      action: refused.action,
      resource: refused.target.arn,
      decision: refused.decision,
    });
    await rootStore(ctx).audit.record(
      auditEvent(ctx, {
        action: refused.action,
        resource: refused.target.arn,
        decision: 'Deny',
        errorCode: 'AccessDenied',
        details: { reason: error.message, arguments: redact(args) },
        alsoIn,
      }),
    );
    throw error;
  }
  // A mutation is audited as its action; its further permissions, and reads, are counted by the activity record
  // once the call succeeded (a read of nothing, or a rolled-back change, used nothing).
  if (!call.mutation) {
    const value = await call.resolver(parent, args, ctx, info);
    noteAllowed(ctx, allowed);
    return value;
  }
  const details = { arguments: redact(args) };
  const root = rootStore(ctx);
  const committed: Array<() => void> = [];
  try {
    if (authz.selfAudited === true) {
      // The resolver writes its change with the call's audit event (`takeCallAudit`) atomically itself, so no
      // transaction is opened here: no BEGIN and COMMIT round trips, no connection held between statements. A
      // resolver that changed nothing leaves its call audited here.
      const allowedEvent = auditEvent(ctx, {
        action,
        resource: target.arn,
        decision: 'Allow',
        details,
        alsoIn,
      });
      const scoped = withCallAudit(ctx, allowedEvent);
      const value = await call.resolver(parent, args, scoped, info);
      if (!callAuditTaken(scoped)) await root.audit.record(allowedEvent);
      noteAllowed(ctx, allowed.slice(1));
      return value;
    }
    // `store.transaction` rethrows the resolver's own error unchanged, so the client sees its code. Inside, the
    // transaction is the only store in reach (`ctx.store`, `ctx.targets`), so nothing waits on the store itself.
    const result = await root.transaction(async (tx) => {
      const inTransaction: GatewayContext = {
        ...ctx,
        store: tx,
        targets: ctx.targets.using(tx),
        afterCommit: (fn) => committed.push(fn),
      };
      const value = await call.resolver(parent, args, inTransaction, info);
      await tx.audit.record(
        auditEvent(ctx, { action, resource: target.arn, decision: 'Allow', details, alsoIn }),
      );
      return value;
    });
    noteAllowed(ctx, allowed.slice(1));
    for (const fn of committed) {
      try {
        fn();
      } catch (hookError) {
        ctx.log.error('after-commit hook failed', { error: hookError });
      }
    }
    return result;
  } catch (error) {
    const errorCode = errorCodeOf(error);
    // The failure is recorded outside the rolled-back transaction; if even that fails (the database is down),
    // the original error is the one worth reporting.
    await root.audit
      .record(auditEvent(ctx, { action, resource: target.arn, decision: 'Deny', errorCode, details, alsoIn }))
      .catch((auditError: unknown) => ctx.log.error('audit write failed', { error: auditError }));
    throw error;
  } finally {
    // Mutations of one request run one after another; the next one must see what this one changed.
    ctx.targets.forget();
  }
}
