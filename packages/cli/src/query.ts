import { search } from 'jmespath';
import { UsageError } from './usage-error.js';

/** A `--query` expression whose syntax was checked before anything was sent. */
export interface Query {
  expression: string;
}

/** jmespath's errors for an expression that cannot be parsed, as opposed to one that fails on its data. */
const SYNTAX_ERRORS = new Set(['LexerError', 'ParserError']);

/**
 * Checks a JMESPath expression (https://jmespath.org/specification.html) as `--query` gives it: a syntax error is a
 * usage error, reported before any request is sent.
 */
export function parseQuery(expression: string | undefined): Query | undefined {
  if (expression === undefined) return undefined;
  try {
    search(null, expression);
  } catch (error) {
    if (SYNTAX_ERRORS.has((error as Error).name)) {
      throw new UsageError(`bad value for \`--query\` \`${expression}\`: ${(error as Error).message}`);
    }
    // Any other error is about the null it was tried on (`length(@)`), not the expression.
  }
  return { expression };
}

/**
 * The part of a result `--query` selects, as the AWS CLI applies it: to the whole result, after every page was
 * fetched and merged. An expression that cannot apply to this result (a function given the wrong type) is a usage
 * error too, but the operation has run.
 */
export function applyQuery(query: Query | undefined, value: unknown): unknown {
  if (query === undefined) return value;
  try {
    return search(value, query.expression);
  } catch (error) {
    throw new UsageError(
      `\`--query\` \`${query.expression}\` failed on the result: ${(error as Error).message}`,
    );
  }
}
