import type { ContextValue } from '@iamgate/policy';
import type { AuthorizationInput } from '../authorize/authorizer.js';
import { buildRequestContext, type TransportFacts } from '../context/request-context.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import type { FieldTarget } from './field-target.js';

/** The distinct questions for an operation's fields, and for each field the index of its question. */
export interface FieldQuestions {
  inputs: AuthorizationInput[];
  slots: number[];
}

/**
 * Turns field targets into authorization questions. Fields with the same action and resource and no context of
 * their own (an order's `id`, `total`, `items`...) share one question, so a wide selection costs one decision per
 * distinct target rather than per field.
 */
export function fieldQuestions(
  targets: readonly FieldTarget[],
  principal: VerifiedPrincipal,
  transport: TransportFacts,
  base: Record<string, ContextValue> | undefined,
  bearerToken?: string,
): FieldQuestions {
  const shared = buildRequestContext(principal, transport, base);
  const inputs: AuthorizationInput[] = [];
  const byKey = new Map<string, number>();
  const slots = targets.map(({ action, resource, context }) => {
    const key = context === undefined ? `${action}\u0000${resource}` : undefined;
    const known = key === undefined ? undefined : byKey.get(key);
    if (known !== undefined) return known;
    const fieldContext =
      context === undefined ? shared : buildRequestContext(principal, transport, { ...base, ...context });
    inputs.push(
      bearerToken === undefined
        ? { principal, action, resource, context: fieldContext }
        : { principal, action, resource, context: fieldContext, bearerToken },
    );
    if (key !== undefined) byKey.set(key, inputs.length - 1);
    return inputs.length - 1;
  });
  return { inputs, slots };
}
