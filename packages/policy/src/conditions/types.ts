/**
 * Shared shapes of the condition operator families. Each family compiles a key's policy values once into a
 * `CompiledValues`; at request time a `ValueTest` answers "does this context value match any policy value?" in the
 * operator's positive sense. Negation, `IfExists` and the set qualifiers are applied on top
 * (see `evaluate-conditions.ts`), so every family only implements its comparison.
 */
import type { ContextReader } from '../variables.js';

/** One value of a context key. */
export type Scalar = string | number | boolean;

/** Answers whether a context value matches any of a key's policy values. */
export interface ValueTest {
  test(value: Scalar): boolean;
}

/** A key's policy values, compiled. `fixed` is null when they hold variables and must be bound per request. */
export interface CompiledValues {
  readonly fixed: ValueTest | null;
  bind(reader: ContextReader): ValueTest;
}

/** How a family reports a bad policy value while compiling (the path is relative to the key's values). */
export interface ValueReporter {
  /** Whether the policy's Version enables variables. */
  readonly variables: boolean;
  /** A value the operator cannot use (an error: the family's code, e.g. `INVALID_NUMBER`). */
  invalid(index: number, message: string): void;
  /** A malformed `${...}` that is kept as literal text (a warning). */
  variableIssue(index: number, message: string): void;
}

/** A family compiles the raw JSON values of one condition key for one operator variant. */
export type FamilyCompiler = (
  values: readonly Scalar[],
  variant: string,
  report: ValueReporter,
) => CompiledValues;

/** A `CompiledValues` without variables. */
export function fixedValues(test: ValueTest): CompiledValues {
  return { fixed: test, bind: () => test };
}

/** Matches nothing: what a key with no valid policy value compares to. */
export const NOTHING: ValueTest = { test: () => false };
