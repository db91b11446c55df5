/**
 * `Bool` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_Boolean): policy values `true`/`false` (JSON booleans or strings, any case); a context value matches
 * when it denotes the same boolean. Policy variables are supported.
 */
import { parseTemplate, resolveTemplate, type Template, tokensToText } from '../variables.js';
import type { GlobToken } from '../wildcard.js';
import { type FamilyCompiler, fixedValues, type Scalar, type ValueTest } from './types.js';

/** `true`/`false` for a boolean or a `"true"`/`"false"` string in any case, else undefined. */
export function toBool(value: Scalar): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

class BoolTest implements ValueTest {
  constructor(
    private readonly allowTrue: boolean,
    private readonly allowFalse: boolean,
  ) {}
  test(value: Scalar): boolean {
    const b = toBool(value);
    return b === true ? this.allowTrue : b === false ? this.allowFalse : false;
  }
}

function build(values: readonly (boolean | undefined)[]): ValueTest {
  return new BoolTest(values.includes(true), values.includes(false));
}

/** Compiles the values of one key for `Bool`. */
export const compileBool: FamilyCompiler = (values, _variant, report) => {
  const templates: (Template | boolean)[] = values.map((v, i) => {
    if (typeof v !== 'string') {
      const b = toBool(v);
      if (b === undefined) report.invalid(i, `\`${String(v)}\` is not \`true\` or \`false\``);
      return b ?? false;
    }
    const t = parseTemplate(v, { variables: report.variables, wildcards: false });
    for (const issue of t.issues) report.variableIssue(i, issue);
    if (!t.hasVariables && toBool(v) === undefined)
      report.invalid(i, `\`${v}\` is not \`true\` or \`false\``);
    return t;
  });
  const literal = (t: Template | boolean) =>
    typeof t === 'boolean' ? t : toBool(tokensToText(t.parts as GlobToken[]));
  if (!templates.some((t) => typeof t !== 'boolean' && t.hasVariables))
    return fixedValues(build(templates.map(literal)));
  return {
    fixed: null,
    bind(reader) {
      return build(
        templates.map((t) => {
          if (typeof t === 'boolean') return t;
          const tokens = resolveTemplate(t, reader);
          return tokens === null ? undefined : toBool(tokensToText(tokens));
        }),
      );
    },
  };
};
