/**
 * `Condition` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html):
 * `{ operator: { key: value | [values] } }`. Operators are checked against AWS's list, keys lowercased, values
 * compiled by the operator's family (bad values reported with the family's code and dropped).
 */

import type { ConditionEntry } from '../conditions/evaluate-conditions.js';
import { type OperatorFamily, parseOperator } from '../conditions/operators.js';
import type { Scalar, ValueReporter } from '../conditions/types.js';
import { canonicalKey } from '../context-keys.js';
import type { FindingCode } from '../errors.js';
import { type Findings, type PathSegment, show, typeName } from './findings.js';
import { has, isObject } from './string-list.js';

const INVALID_CODE: Record<OperatorFamily, FindingCode> = {
  String: 'INVALID_CONDITION_VALUE',
  Numeric: 'INVALID_NUMBER',
  Date: 'INVALID_DATE',
  Bool: 'INVALID_BOOLEAN',
  Binary: 'INVALID_BINARY',
  Ip: 'INVALID_IP',
  Arn: 'INVALID_ARN',
  Null: 'INVALID_NULL_VALUE',
};

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Reads a key's values: a scalar or an array of scalars, reporting anything else. */
function readValues(
  value: unknown,
  path: PathSegment[],
  findings: Findings,
): { values: Scalar[]; paths: PathSegment[][] } {
  if (isScalar(value)) return { values: [value], paths: [path] };
  if (!Array.isArray(value)) {
    findings.error(
      'INVALID_CONDITION_VALUE',
      path,
      `a condition value must be a string, number, boolean or array of them, got ${typeName(value)}`,
    );
    return { values: [], paths: [] };
  }
  if (value.length === 0)
    findings.warning('EMPTY_ARRAY', path, 'an empty list of condition values matches nothing');
  const values: Scalar[] = [];
  const paths: PathSegment[][] = [];
  value.forEach((item: unknown, i) => {
    if (isScalar(item)) {
      values.push(item);
      paths.push([...path, i]);
    } else
      findings.error(
        'INVALID_CONDITION_VALUE',
        [...path, i],
        `a condition value must be a string, number or boolean, got ${typeName(item)}`,
      );
  });
  return { values, paths };
}

function nullEntry(
  operator: string,
  key: string,
  values: Scalar[],
  paths: PathSegment[][],
  findings: Findings,
  parsed: NonNullable<ReturnType<typeof parseOperator>>,
): ConditionEntry {
  let absent = false;
  let present = false;
  values.forEach((v, i) => {
    const text = String(v).toLowerCase();
    if (text === 'true') absent = true;
    else if (text === 'false') present = true;
    else
      findings.error(
        'INVALID_NULL_VALUE',
        paths[i]!,
        `\`Null\` takes \`true\` or \`false\`, got \`${show(v)}\``,
      );
  });
  return { operator, key, parsed, values: null, nullWhenAbsent: absent, nullWhenPresent: present };
}

/** Parses a statement's `Condition` element into entries (empty when there is none). */
export function parseConditions(
  statement: Record<string, unknown>,
  path: readonly PathSegment[],
  variables: boolean,
  findings: Findings,
): ConditionEntry[] {
  if (!has(statement, 'Condition')) return [];
  const block = statement.Condition;
  const at = [...path, 'Condition'];
  if (!isObject(block)) {
    findings.error('INVALID_CONDITION', at, `\`Condition\` must be an object, got ${typeName(block)}`);
    return [];
  }
  const entries: ConditionEntry[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    const opPath = [...at, operator];
    const parsed = parseOperator(operator);
    if (parsed === undefined) {
      findings.error('UNKNOWN_OPERATOR', opPath, `\`${show(operator)}\` is not a condition operator`);
      continue;
    }
    const family = parsed.spec.family;
    if (family === 'Null' && parsed.ifExists) {
      findings.error(
        'IF_EXISTS_ON_NULL',
        opPath,
        '`Null` cannot take `IfExists`: it already tests whether the key exists',
      );
    }
    if (family === 'Null' && parsed.qualifier !== 'none') {
      findings.warning('SET_OPERATOR_ON_NULL', opPath, `\`${parsed.qualifier}\` has no effect on \`Null\``);
    }
    if (!isObject(keys)) {
      findings.error(
        'INVALID_CONDITION',
        opPath,
        `the value of \`${show(operator)}\` must be an object of condition keys, got ${typeName(keys)}`,
      );
      continue;
    }
    for (const [rawKey, raw] of Object.entries(keys)) {
      const keyPath = [...opPath, rawKey];
      if (rawKey.trim() === '') {
        findings.error('INVALID_CONDITION_KEY', keyPath, 'a condition key cannot be empty');
        continue;
      }
      const key = canonicalKey(rawKey);
      const { values, paths } = readValues(raw, keyPath, findings);
      if (family === 'Null') {
        entries.push(nullEntry(operator, key, values, paths, findings, parsed));
        continue;
      }
      const reporter: ValueReporter = {
        variables,
        invalid: (i, message) => findings.error(INVALID_CODE[family], paths[i]!, message),
        variableIssue: (i, message) => findings.warning('INVALID_VARIABLE', paths[i]!, message),
      };
      const compiled = parsed.spec.compile!(values, parsed.spec.variant, reporter);
      entries.push({
        operator,
        key,
        parsed,
        values: compiled,
        nullWhenAbsent: false,
        nullWhenPresent: false,
      });
    }
  }
  return entries;
}
