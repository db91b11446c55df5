import type { ContextValue } from '@iamgate/policy';
import type { FieldAuthorization } from '@iamgate/policy/contracts';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import type { SelectedField } from './collect-fields.js';

/** What a field asks to do. */
export interface FieldTarget {
  /** `service:Action`; by default `<service>:<Type>.<field>`. */
  action: string;
  /** The resource ARN, or `*`. */
  resource: string;
  /** Condition keys for this field (e.g. from its arguments). */
  context?: Record<string, ContextValue>;
}

/** A selected field, as target functions see it. */
export interface FieldRequest {
  parentType: string;
  fieldName: string;
  /** Coerced arguments. */
  args: Readonly<Record<string, unknown>>;
  /** Response keys from the root. */
  path: readonly string[];
  operation: 'query' | 'mutation' | 'subscription';
  /** The field definition's `extensions` (where a Pothos field option or an SDL transform can put `iamgate`). */
  extensions: Readonly<Record<string, unknown>>;
}

/** A selected field of an authenticated operation. */
export interface AuthenticatedFieldRequest extends FieldRequest {
  principal: VerifiedPrincipal;
  /** The target of the nearest enclosing checked field (an `order(id:)` for its `items`), if any. */
  parentTarget?: FieldTarget;
}

/**
 * What a field definition may declare in `extensions.iamgate`: a fixed action, or that it is public
 * (`@iamgate/policy/contracts`' `FieldAuthorization`, the shape of the gateway's own `authz` option too). The
 * default target and public functions read it.
 */
export type FieldExtension = FieldAuthorization;

/** The `extensions.iamgate` of a field, when it is an object (an SDL transform may have written anything there). */
export function fieldExtension(
  field: FieldRequest,
): Partial<{ action: unknown; public: unknown }> | undefined {
  const value = field.extensions.iamgate;
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** The default: a field is public when its definition says `extensions: { iamgate: { public: true } }`. */
export function defaultIsPublic(field: FieldRequest): boolean {
  return fieldExtension(field)?.public === true;
}

function declaredAction(field: FieldRequest): string | undefined {
  const action = fieldExtension(field)?.action;
  return typeof action === 'string' ? action : undefined;
}

/**
 * The default target: the action declared in `extensions.iamgate.action`, else `<service>:<Type>.<field>`; the
 * resource of the enclosing checked field (so `order(id: 42) { total }` checks `Order.total` on the same order), or `*`.
 */
export function defaultFieldTarget(service: string): (field: AuthenticatedFieldRequest) => FieldTarget {
  return (field) => ({
    action: declaredAction(field) ?? `${service}:${field.parentType}.${field.fieldName}`,
    resource: field.parentTarget?.resource ?? '*',
  });
}

/** The request a target function sees for a selected field. */
export function fieldRequest(selected: SelectedField, operation: FieldRequest['operation']): FieldRequest {
  return {
    parentType: selected.parentType,
    fieldName: selected.fieldName,
    args: selected.args,
    path: selected.path,
    operation,
    extensions: (selected.field.extensions ?? {}) as Readonly<Record<string, unknown>>,
  };
}
