/**
 * ARN operators (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_ARN): `ArnEquals` and `ArnLike` behave the same: segment-wise, case-sensitive, `*` and `?` within a
 * segment. A context value that is not an ARN matches nothing. Policy variables are supported.
 */
import { ArnPattern, ArnValue } from '../arn-pattern.js';
import type { ContextReader } from '../variables.js';
import type { FamilyCompiler, Scalar, ValueTest } from './types.js';

/** Static patterns never read the context. */
const NO_CONTEXT: ContextReader = { get: () => undefined, missing: () => undefined };

class ArnTest implements ValueTest {
  constructor(
    private readonly patterns: readonly ArnPattern[],
    private readonly reader: ContextReader,
  ) {}
  test(value: Scalar): boolean {
    if (typeof value !== 'string') return false;
    const arn = new ArnValue(value);
    if (arn.starts === null) return false;
    for (const p of this.patterns) if (p.matches(arn, this.reader)) return true;
    return false;
  }
}

/** Whether a policy value can be an ARN pattern: `*`, or `arn:` with six segments or a trailing `*`. */
export function isArnPatternText(text: string): boolean {
  if (text === '*') return true;
  if (!text.startsWith('arn:')) return false;
  if (text.endsWith('*')) return true;
  let colons = 0;
  for (let i = 0; i < text.length && colons < 5; i++) if (text.charCodeAt(i) === 58 /* : */) colons++;
  return colons >= 5;
}

/** Compiles the values of one key for `ArnEquals` / `ArnLike`. */
export const compileArn: FamilyCompiler = (values, _variant, report) => {
  const patterns: ArnPattern[] = [];
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !isArnPatternText(v)) {
      report.invalid(i, `\`${String(v)}\` is not an arn`);
      return;
    }
    const pattern = ArnPattern.compile(v, report.variables);
    for (const issue of pattern.issues) report.variableIssue(i, issue);
    patterns.push(pattern);
  });
  if (!patterns.some((p) => p.hasVariables)) {
    const test = new ArnTest(patterns, NO_CONTEXT);
    return { fixed: test, bind: () => test };
  }
  return { fixed: null, bind: (reader) => new ArnTest(patterns, reader) };
};
