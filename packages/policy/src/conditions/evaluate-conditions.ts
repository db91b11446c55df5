/**
 * Evaluating a statement's `Condition` block
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html):
 * operators and keys are ANDed, a key's values are ORed, and a negated operator's values are NORed. A missing key
 * makes a condition false, except for negated operators (true), `...IfExists` (true), `ForAllValues:` (true: it
 * holds vacuously) and `Null` (which tests for it). A null value (an empty list; for tag keys also empty strings) counts as
 * missing. A multivalued context key under
 * an operator without a set qualifier matches when any of its values does (negated: when none does).
 */
import { isNullValue } from '../context.js';
import type { ContextValue } from '../types.js';
import type { ContextReader } from '../variables.js';
import type { ParsedOperator } from './operators.js';
import type { CompiledValues, Scalar, ValueTest } from './types.js';

/** One (operator, key) pair of a condition block, compiled. */
export interface ConditionEntry {
  /** The operator as written. */
  readonly operator: string;
  /** The condition key, lowercased. */
  readonly key: string;
  readonly parsed: ParsedOperator;
  /** Compiled values (null for `Null`). */
  readonly values: CompiledValues | null;
  /** For `Null`: whether `true` (key absent) and/or `false` (key present) were listed. */
  readonly nullWhenAbsent: boolean;
  readonly nullWhenPresent: boolean;
}

function some(test: ValueTest, value: ContextValue, wanted: boolean): boolean {
  if (!Array.isArray(value)) return test.test(value) === wanted;
  for (const v of value as Scalar[]) if (test.test(v) === wanted) return true;
  return false;
}

function every(test: ValueTest, value: ContextValue, wanted: boolean): boolean {
  if (!Array.isArray(value)) return test.test(value) === wanted;
  for (const v of value as Scalar[]) if (test.test(v) !== wanted) return false;
  return true;
}

function evaluateEntry(
  entry: ConditionEntry,
  value: ContextValue | undefined,
  reader: ContextReader,
): boolean {
  const missing = isNullValue(entry.key, value);
  if (entry.values === null) return missing ? entry.nullWhenAbsent : entry.nullWhenPresent;
  const { qualifier, ifExists, spec } = entry.parsed;
  if (missing) {
    if (ifExists || qualifier === 'ForAllValues') return true;
    return qualifier === 'none' && spec.negated;
  }
  const test = entry.values.fixed ?? entry.values.bind(reader);
  const present = value as ContextValue;
  switch (qualifier) {
    case 'ForAllValues':
      return every(test, present, !spec.negated);
    case 'ForAnyValue':
      return some(test, present, !spec.negated);
    default:
      return spec.negated ? !some(test, present, true) : some(test, present, true);
  }
}

/**
 * Whether every entry holds. Keys absent from the request are reported to `reader.missing` for every entry, even
 * after one has failed, so that a decision lists all the context a statement asked for.
 */
export function evaluateConditions(entries: readonly ConditionEntry[], reader: ContextReader): boolean {
  let result = true;
  for (const entry of entries) {
    const value = reader.get(entry.key);
    if (value === undefined) reader.missing(entry.key);
    if (result && !evaluateEntry(entry, value, reader)) result = false;
  }
  return result;
}
