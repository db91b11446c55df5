import type { PolicyDocumentKind } from './policy-document-size.js';

/** The key of an argument's or input field's `extensions` that holds its limits. */
export const LIMITS_EXTENSION = 'iamgateLimits';

/** How much an argument (or input field) may carry, checked before its field is authorized. */
export interface ArgumentLimits {
  /** The argument is a policy document of this kind: its size is capped before it is parsed. */
  document?: PolicyDocumentKind;
  /** The argument is a list of at most this many items (AWS's `Array Members: Maximum number of ... items`). */
  maxItems?: number;
}

/**
 * The options that give an argument or input field its limits, to spread into its Pothos options.
 *
 * @example
 * policyDocument: t.arg.string({ required: true, description: '...', ...limits({ document: 'inline' }) }),
 * tags: t.arg({ type: [TagInput], description: '...', ...limits({ maxItems: 50 }) }),
 */
export function limits(value: ArgumentLimits): { extensions: Record<string, unknown> } {
  return { extensions: { [LIMITS_EXTENSION]: value } };
}

/** The limits of an argument or input field, from its GraphQL `extensions`. */
export function limitsOf(extensions: Readonly<Record<string, unknown>> | null | undefined): ArgumentLimits {
  return (extensions?.[LIMITS_EXTENSION] as ArgumentLimits | undefined) ?? {};
}
