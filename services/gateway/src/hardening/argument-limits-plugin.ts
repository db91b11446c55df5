import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { auditEvent } from '../audit/audit-event.js';
import { type FieldAuthz, isPublicField } from '../authz/authz-rule.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { rootStore } from '../context/root-store.js';
import { isIamError } from '../errors/iam-error.js';
import { type Budget, checkArgumentValues } from './argument-check.js';
import { MAX_MATCHED_TEXT_PER_REQUEST } from './argument-limits.js';

import { MAX_POLICY_SIZE_PER_REQUEST } from './policy-document-size.js';

/** The store's largest page (`first`), used when no gateway configuration is at hand. */
const MAX_PAGE_SIZE = 1000;

const PLUGIN = 'argumentLimits' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      argumentLimits: ArgumentLimitsPlugin<Types>;
    }
  }
}

const budgets = new WeakMap<object, Budget>();

/** The budget of the HTTP request a field call belongs to (batched operations share it). */
function budgetOf(context: unknown): Budget {
  const key = ((context as { request?: object } | null)?.request ?? context) as object;
  let budget = budgets.get(key);
  if (budget === undefined) {
    const limits = (context as Partial<GatewayContext> | null)?.services?.config.limits;
    budget = {
      remaining: MAX_POLICY_SIZE_PER_REQUEST,
      matched: MAX_MATCHED_TEXT_PER_REQUEST,
      maxPageSize: limits?.maxPageSize ?? MAX_PAGE_SIZE,
    };
    budgets.set(key, budget);
  }
  return budget;
}

/**
 * Records a guarded call refused for its arguments, like any refused call, when the caller is known (an anonymous or
 * badly authenticated request is refused by authentication first). The arguments themselves are not recorded: they
 * are what was too large.
 */
async function auditRefusal(ctx: GatewayContext, action: string, error: unknown): Promise<void> {
  if (ctx.caller === undefined || !isIamError(error)) return;
  await rootStore(ctx)
    .audit.record(
      auditEvent(ctx, {
        action,
        resource: null,
        decision: 'Deny',
        errorCode: error.code,
        details: { reason: error.message },
      }),
    )
    .catch((auditError: unknown) => ctx.log.error('audit write failed', { error: auditError }));
}

/**
 * Bounds what a caller sends before anything works on it: each argument and input field may declare limits
 * (`limits(...)` in its options): a policy document's size, as sent and without whitespace, and a list's items;
 * lists that declare none hold at most `DEFAULT_MAX_ITEMS`. A request's policy documents together may hold at most
 * `MAX_POLICY_SIZE_PER_REQUEST` characters without whitespace. The check runs first, before the field is authorized
 * (so a caller without permissions cannot make the gateway parse a huge document either) and before any JSON
 * parsing or policy compilation, in time linear in the arguments.
 */
export class ArgumentLimitsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    // INVARIANT: this plugin is only registered on the gateway's builder, whose context is `GatewayContext`.
    const authz = fieldConfig.pothosOptions.authz as FieldAuthz<GatewayContext, unknown, object> | undefined;
    const action = authz === undefined || isPublicField(authz) ? undefined : authz.action;
    // Synchronous unless a limit is passed: most calls are within their limits, and a field should not pay for a
    // promise it does not need.
    return (parent, args, context, info) => {
      const definition = info.parentType.getFields()[info.fieldName];
      try {
        if (definition !== undefined)
          checkArgumentValues(args as Record<string, unknown>, definition.args, budgetOf(context));
      } catch (error) {
        return refused(context as GatewayContext, action, error);
      }
      return resolver(parent, args, context, info);
    };
  }
}

/** A refusal for the arguments, audited first when the field is guarded by an action. */
async function refused(ctx: GatewayContext, action: string | undefined, error: unknown): Promise<never> {
  if (action !== undefined) await auditRefusal(ctx, action, error);
  throw error;
}

SchemaBuilder.registerPlugin(PLUGIN, ArgumentLimitsPlugin);

/** The plugin's name, for `new SchemaBuilder({ plugins: [...] })`. */
export const ARGUMENT_LIMITS_PLUGIN = PLUGIN;
