/**
 * Numeric operators (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_Numeric): integers and decimals, given as JSON numbers or numeric strings. A context value that is not
 * a number matches nothing. No policy variables.
 */
import { type FamilyCompiler, fixedValues, type Scalar, type ValueTest } from './types.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number a policy or context value denotes, or undefined. */
export function toNumber(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !NUMBER.test(value)) return undefined;
  return Number(value);
}

/** Comparison of a context value (left) with a policy value (right). */
export type Compare = (left: number, right: number) => boolean;

/** The comparisons shared by the numeric and date families, by variant name. */
export const COMPARISONS: Record<string, Compare> = {
  eq: (a, b) => a === b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
};

/** Tests a parsed context value against parsed policy values with one comparison. */
export class CompareTest implements ValueTest {
  constructor(
    private readonly values: readonly number[],
    private readonly compare: Compare,
    private readonly parse: (value: Scalar) => number | undefined,
  ) {}
  test(value: Scalar): boolean {
    const left = this.parse(value);
    if (left === undefined) return false;
    for (const right of this.values) if (this.compare(left, right)) return true;
    return false;
  }
}

/** Compiles the values of one key for `NumericEquals` (`eq`), `NumericLessThan` (`lt`), ... */
export const compileNumeric: FamilyCompiler = (values, variant, report) => {
  const numbers: number[] = [];
  values.forEach((v, i) => {
    const n = toNumber(v);
    if (n === undefined) report.invalid(i, `\`${String(v)}\` is not a number`);
    else numbers.push(n);
  });
  return fixedValues(new CompareTest(numbers, COMPARISONS[variant]!, toNumber));
};
