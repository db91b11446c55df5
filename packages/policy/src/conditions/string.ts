/**
 * String operators (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * #Conditions_String): `StringEquals` (case-sensitive, no wildcards), `StringEqualsIgnoreCase`, `StringLike`
 * (case-sensitive, `*` and `?`), and their negations. Policy variables are supported; numbers and booleans compare
 * as their JSON text.
 */
import {
  type ContextReader,
  parseTemplate,
  resolveTemplate,
  type Template,
  tokensToText,
} from '../variables.js';
import { Glob, type GlobToken } from '../wildcard.js';
import {
  type CompiledValues,
  type FamilyCompiler,
  fixedValues,
  type Scalar,
  type ValueTest,
} from './types.js';

class EqualsTest implements ValueTest {
  constructor(private readonly values: readonly string[]) {}
  test(value: Scalar): boolean {
    return this.values.includes(String(value));
  }
}

class IgnoreCaseTest implements ValueTest {
  private readonly values: readonly string[];
  constructor(values: readonly string[]) {
    this.values = values.map((v) => v.toLowerCase());
  }
  test(value: Scalar): boolean {
    return this.values.includes(String(value).toLowerCase());
  }
}

class LikeTest implements ValueTest {
  constructor(private readonly globs: readonly Glob[]) {}
  test(value: Scalar): boolean {
    const text = String(value);
    for (const glob of this.globs) if (glob.test(text)) return true;
    return false;
  }
}

function build(variant: string, resolved: readonly GlobToken[][]): ValueTest {
  if (variant === 'like') return new LikeTest(resolved.map((tokens) => Glob.fromTokens(tokens, false)));
  const texts = resolved.map(tokensToText);
  return variant === 'ignoreCase' ? new IgnoreCaseTest(texts) : new EqualsTest(texts);
}

/** Compiles the values of one key for `StringEquals` (`equals`), `StringEqualsIgnoreCase` (`ignoreCase`), `StringLike` (`like`). */
export const compileString: FamilyCompiler = (values, variant, report): CompiledValues => {
  const templates: Template[] = values.map((v, i) => {
    const t = parseTemplate(String(v), { variables: report.variables, wildcards: variant === 'like' });
    for (const issue of t.issues) report.variableIssue(i, issue);
    return t;
  });
  if (!templates.some((t) => t.hasVariables))
    return fixedValues(
      build(
        variant,
        templates.map((t) => t.parts as GlobToken[]),
      ),
    );
  return {
    fixed: null,
    bind(reader: ContextReader): ValueTest {
      const resolved: GlobToken[][] = [];
      for (const t of templates) {
        const tokens = resolveTemplate(t, reader);
        if (tokens !== null) resolved.push(tokens);
      }
      return build(variant, resolved);
    },
  };
};
