import type { PolicyDocumentKind } from './policy-document-size.js';

/** The key of an argument's or input field's `extensions` that holds its limits. */
export const LIMITS_EXTENSION = 'iamgateLimits';

/** How much an argument (or input field) may carry, checked before its field is authorized. */
export interface ArgumentLimits {
  /** The argument is a policy document of this kind: its size is capped before it is parsed. */
  document?: PolicyDocumentKind;
  /** The argument is a list of at most this many items (AWS's `Array Members: Maximum number of ... items`). */
  maxItems?: number;
  /** Text of at most this many characters (for a list, each item); AWS's `Length Constraints: Maximum length`. */
  maxLength?: number;
  /**
   * Text that a policy's wildcard patterns are matched against (context values, resource ARNs): it counts towards
   * the request's `MAX_MATCHED_TEXT_PER_REQUEST`. Matching costs up to the text's length times a pattern's for
   * every pattern (the engine's worst case), so what a caller may hand the matcher is bounded as a whole.
   */
  matched?: boolean;
  /** The argument is a page size (`first`): at most the gateway's `IAMGATE_MAX_PAGE_SIZE`. */
  pageSize?: boolean;
}

/** The most characters of matched text (see `ArgumentLimits.matched`) one HTTP request may carry. */
export const MAX_MATCHED_TEXT_PER_REQUEST = 8192;

/** Text limits of the values an app hands the evaluator (`authorize`, simulations), AWS's where it has one. */
export const EVALUATOR_TEXT = {
  /** A context value: a tag value's 256 (`API_Tag.html`), against which the engine's worst case stays small. */
  contextValue: { maxLength: 256, matched: true },
  /** A context key. */
  contextKey: { maxLength: 256 },
  /** A resource ARN (`API_SimulatePrincipalPolicy.html`, `ResourceArns`: 1-2048). */
  resource: { maxLength: 2048, matched: true },
  /** An action name (`API_SimulatePrincipalPolicy.html`, `ActionNames`: 3-128). */
  action: { maxLength: 128 },
  /** An account id or principal ARN given by the app. */
  name: { maxLength: 2048 },
} as const satisfies Record<string, ArgumentLimits>;

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
