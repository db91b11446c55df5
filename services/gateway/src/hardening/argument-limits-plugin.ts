import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import {
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isListType,
} from 'graphql';
import { auditEvent } from '../audit/audit-event.js';
import { type FieldAuthz, isPublicField } from '../authz/authz-rule.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { rootStore } from '../context/root-store.js';
import { IamError, isIamError } from '../errors/iam-error.js';
import { type ArgumentLimits, limitsOf, MAX_MATCHED_TEXT_PER_REQUEST } from './argument-limits.js';
import { checkPolicyDocumentSize, MAX_POLICY_SIZE_PER_REQUEST } from './policy-document-size.js';

const PLUGIN = 'argumentLimits' as const;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      argumentLimits: ArgumentLimitsPlugin<Types>;
    }
  }
}

/** The most items of a list argument that declares no limit of its own (AWS's largest `MaxItems`). */
export const DEFAULT_MAX_ITEMS = 1000;

/** What each HTTP request may still carry, shared by its fields and batched operations. */
interface Budget {
  /** Policy text, without whitespace. */
  remaining: number;
  /** Text the engine matches patterns against (`ArgumentLimits.matched`). */
  matched: number;
}

const budgets = new WeakMap<object, Budget>();

function budgetOf(context: unknown): Budget {
  const key = ((context as { request?: object } | null)?.request ?? context) as object;
  let budget = budgets.get(key);
  if (budget === undefined) {
    budget = { remaining: MAX_POLICY_SIZE_PER_REQUEST, matched: MAX_MATCHED_TEXT_PER_REQUEST };
    budgets.set(key, budget);
  }
  return budget;
}

/** Checks a text against its length limit and the request's matched-text budget. */
function checkText(value: string, limits: ArgumentLimits, path: string, budget: Budget): void {
  if (limits.maxLength !== undefined && value.length > limits.maxLength) {
    throw new IamError(
      'ValidationError',
      `\`${path}\` has ${value.length} characters, more than the ${limits.maxLength} allowed`,
      { field: path, limit: limits.maxLength },
    );
  }
  if (limits.matched === true) {
    budget.matched -= value.length;
    if (budget.matched < 0) {
      throw new IamError(
        'ValidationError',
        `the request carries more than ${MAX_MATCHED_TEXT_PER_REQUEST} characters of context values and resources`,
        { field: path, limit: MAX_MATCHED_TEXT_PER_REQUEST },
      );
    }
  }
}

function tooMany(path: string, count: number, max: number): IamError {
  return new IamError('ValidationError', `\`${path}\` has ${count} items, more than the ${max} allowed`, {
    field: path,
    limit: max,
  });
}

/** Checks one value against its type and limits, depth first; lists and input objects are walked. */
function check(
  value: unknown,
  type: GraphQLInputType,
  limits: ArgumentLimits,
  path: string,
  budget: Budget,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    const max = limits.maxItems ?? DEFAULT_MAX_ITEMS;
    if (value.length > max) throw tooMany(path, value.length, max);
    const { maxItems: _items, ...itemLimits } = limits;
    value.forEach((item, i) => {
      check(item, nullable.ofType, itemLimits, `${path}[${i}]`, budget);
    });
  } else if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      if (field !== undefined) check(item, field.type, limitsOf(field.extensions), `${path}.${name}`, budget);
    }
  } else if (typeof value === 'string') {
    checkText(value, limits, path, budget);
    if (limits.document === undefined) return;
    budget.remaining -= checkPolicyDocumentSize(value, limits.document, path);
    if (budget.remaining < 0) {
      throw new IamError(
        'ValidationError',
        `the request carries more than ${MAX_POLICY_SIZE_PER_REQUEST} characters of policy documents`,
        { field: path, limit: MAX_POLICY_SIZE_PER_REQUEST },
      );
    }
  }
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

/** Checks a field call's arguments against their limits. */
export function checkArguments(
  args: Record<string, unknown>,
  definitions: readonly GraphQLArgument[],
  context: unknown,
): void {
  const budget = budgetOf(context);
  for (const definition of definitions) {
    check(args[definition.name], definition.type, limitsOf(definition.extensions), definition.name, budget);
  }
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
    return async (parent, args, context, info) => {
      const definition = info.parentType.getFields()[info.fieldName];
      try {
        if (definition !== undefined)
          checkArguments(args as Record<string, unknown>, definition.args, context);
      } catch (error) {
        if (action !== undefined) await auditRefusal(context as GatewayContext, action, error);
        throw error;
      }
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(PLUGIN, ArgumentLimitsPlugin);

/** The plugin's name, for `new SchemaBuilder({ plugins: [...] })`. */
export const ARGUMENT_LIMITS_PLUGIN = PLUGIN;
