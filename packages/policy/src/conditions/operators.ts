/**
 * The condition operators AWS defines
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html), with the
 * `...IfExists` suffix (every operator but `Null`) and the `ForAnyValue:` / `ForAllValues:` set qualifiers
 * (reference_policies_condition-single-vs-multi-valued-context-keys.html). Operator names are case-sensitive.
 */
import { compileArn } from './arn.js';
import { compileBinary } from './binary.js';
import { compileBool } from './bool.js';
import { compileDate } from './date.js';
import { compileIp } from './ip.js';
import { compileNumeric } from './numeric.js';
import { compileString } from './string.js';
import type { FamilyCompiler } from './types.js';

/** The operator families, named as the finding code for a bad value uses them. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Null';

/** One base operator: its family, the family's variant, and whether it is a negation (NOR over values). */
export interface OperatorSpec {
  family: OperatorFamily;
  variant: string;
  negated: boolean;
  compile: FamilyCompiler | null;
}

/** A parsed operator name. */
export interface ParsedOperator {
  spec: OperatorSpec;
  qualifier: 'none' | 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
}

const op = (family: OperatorFamily, compile: FamilyCompiler | null, variant: string, negated = false) => ({
  family,
  variant,
  negated,
  compile,
});

const comparisons = (family: 'Numeric' | 'Date', compile: FamilyCompiler): Record<string, OperatorSpec> => ({
  [`${family}Equals`]: op(family, compile, 'eq'),
  [`${family}NotEquals`]: op(family, compile, 'eq', true),
  [`${family}LessThan`]: op(family, compile, 'lt'),
  [`${family}LessThanEquals`]: op(family, compile, 'le'),
  [`${family}GreaterThan`]: op(family, compile, 'gt'),
  [`${family}GreaterThanEquals`]: op(family, compile, 'ge'),
});

const OPERATORS: Record<string, OperatorSpec> = {
  StringEquals: op('String', compileString, 'equals'),
  StringNotEquals: op('String', compileString, 'equals', true),
  StringEqualsIgnoreCase: op('String', compileString, 'ignoreCase'),
  StringNotEqualsIgnoreCase: op('String', compileString, 'ignoreCase', true),
  StringLike: op('String', compileString, 'like'),
  StringNotLike: op('String', compileString, 'like', true),
  ...comparisons('Numeric', compileNumeric),
  ...comparisons('Date', compileDate),
  Bool: op('Bool', compileBool, 'eq'),
  BinaryEquals: op('Binary', compileBinary, 'eq'),
  IpAddress: op('Ip', compileIp, 'in'),
  NotIpAddress: op('Ip', compileIp, 'in', true),
  ArnEquals: op('Arn', compileArn, 'like'),
  ArnLike: op('Arn', compileArn, 'like'),
  ArnNotEquals: op('Arn', compileArn, 'like', true),
  ArnNotLike: op('Arn', compileArn, 'like', true),
  Null: op('Null', null, 'null'),
};

/**
 * Every base operator name (without qualifier or `IfExists`).
 *
 * @example
 * OPERATOR_NAMES.includes('StringLike'); // true
 */
export const OPERATOR_NAMES: readonly string[] = Object.keys(OPERATORS);

/**
 * Parses `ForAnyValue:StringLikeIfExists` and the like. Returns undefined for an unknown operator; `IfExists` on
 * `Null` is reported by the caller (it is meaningless: `Null` already tests existence).
 */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let qualifier: ParsedOperator['qualifier'] = 'none';
  if (rest.startsWith('ForAnyValue:')) {
    qualifier = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  } else if (rest.startsWith('ForAllValues:')) {
    qualifier = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const spec = Object.hasOwn(OPERATORS, rest) ? OPERATORS[rest] : undefined;
  return spec === undefined ? undefined : { spec, qualifier, ifExists };
}
