/**
 * Regular expressions that match exactly what the engine's matchers match, for adapters that turn a plan into a
 * database query (`@iamgate/sdk/drizzle`). The syntax is the common part of PostgreSQL's advanced regular expressions
 * and JavaScript's (with the `s` flag, so that `.` matches a newline as in PostgreSQL): anchors, `.`, `[^:]`,
 * `(?:...)`, `{4}`, lookahead, and a backslash before every other punctuation character.
 *
 * An ARN pattern matches segment by segment (`arn-pattern.ts`): a wildcard of the first five segments stays within
 * its segment, the resource segment keeps its colons, a pattern with fewer segments whose last ends in `*` runs over
 * the rest; a value that is not ARN-shaped (`arn:` and four more colons) is matched against the whole pattern.
 */
import { splitSegments } from '../arn-pattern.js';
import { PolicyError } from '../errors.js';
import { isVariable, parseTemplate, type TemplatePart } from '../variables.js';
import { ONE, STAR } from '../wildcard.js';

const SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** An ARN-shaped value: `arn:` and at least four more colons (`locateSegments`). */
const SHAPED = 'arn:(?:[^:]*:){4}';

function tokens(text: string): readonly TemplatePart[] {
  const parts = parseTemplate(text, { variables: true, wildcards: true }).parts;
  if (parts.some(isVariable)) {
    throw new PolicyError('ERR_PLAN_NOT_BOUND', `\`${text}\` still has a variable: bind the plan first`);
  }
  return parts;
}

function source(parts: readonly TemplatePart[], any: string): string {
  let out = '';
  for (const p of parts) {
    if (p === STAR) out += `${any}*`;
    else if (p === ONE) out += any;
    else out += (p as string).replace(SPECIAL, '\\$&');
  }
  return out;
}

/**
 * A regular expression (source text) matching exactly the values the ARN pattern (2012-10-17 syntax, without
 * variables) matches as a `Resource`.
 *
 * @example
 * new RegExp(arnPatternRegex('arn:aws:s3:::reports/*'), 's').test('arn:aws:s3:::reports/q1.csv'); // true
 */
export function arnPatternRegex(pattern: string): string {
  if (pattern === '*') return '^.*$';
  const segments = splitSegments(pattern, true);
  const parsed = segments.map(tokens);
  const whole = parsed.map((p) => source(p, '.')).join(':');
  const last = parsed[parsed.length - 1]!;
  const shaped = pattern.startsWith('arn:') && (segments.length === 6 || last[last.length - 1] === STAR);
  if (!shaped) return `^${whole}$`;
  const bySegment = parsed.map((p, i) => source(p, i === parsed.length - 1 ? '.' : '[^:]')).join(':');
  return `^(?:(?=${SHAPED})${bySegment}|(?!${SHAPED})${whole})$`;
}

/**
 * A regular expression (source text) matching exactly the strings a `StringLike` value (2012-10-17 syntax, without
 * variables) matches: `*` any run of characters, `?` one, case-sensitively.
 *
 * @example
 * new RegExp(likePatternRegex('team-*'), 's').test('team-red'); // true
 */
export function likePatternRegex(value: string): string {
  return `^${source(tokens(value), '.')}$`;
}
