/**
 * ARN patterns (`Resource`, `NotResource`, `Arn*` conditions) against a straightforward reference of the documented
 * rule (reference_policies_elements_resource.html): six colon-separated segments matched one by one with `*` and `?`
 * inside a segment, a shorter pattern whose last segment ends in `*` letting it run over the remaining colons, and
 * anything not ARN-shaped matched as one string. Random patterns and values over small alphabets, so that literal
 * segments, wildcards, empty segments and colons inside the resource meet often; the same pattern object is asked
 * about several values in a row, as a request's statements are, so its remembered answers are exercised too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArnPattern, ArnValue } from '../src/arn-pattern.js';
import type { ContextReader } from '../src/variables.js';
import { globReference } from './glob-reference.js';

const noContext: ContextReader = { get: () => undefined, missing: () => undefined };

/** Splits at the first five colons: up to six segments, the last keeping its own colons. */
function segments(text: string): string[] {
  const parts = text.split(':');
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** The documented rule, written plainly. */
function reference(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const p = segments(pattern);
  const open = p[p.length - 1]!.endsWith('*');
  const shaped = pattern.startsWith('arn:') && (p.length === 6 || open);
  const v = segments(value);
  if (!shaped || !value.startsWith('arn:') || v.length < 6) return globReference(pattern, value);
  if (p.length === 6) return p.every((segment, i) => globReference(segment, v[i]!));
  // A shorter pattern: its last segment takes the rest of the value, colons included.
  const last = p.length - 1;
  for (let i = 0; i < last; i++) if (!globReference(p[i]!, v[i]!)) return false;
  return globReference(p[last]!, v.slice(last).join(':'));
}

const piece = fc.constantFrom('a', 'b', 'ab', '', '*', 'a*', '*b', '?', 'a?', 'x/y', 'x/*');
const segment = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(''));
const valueSegment = fc.constantFrom('a', 'b', 'ab', '', 'aab', 'x/y', 'x/ab', 'x/y:z', '*', '?');

/** Patterns: ARN-shaped with 1-7 segments (often all literal but the last), or anything. */
const patterns = fc.oneof(
  fc
    .tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), segment)
    .map(([middle, last]) => ['arn', ...middle.slice(0, 4), last].join(':')),
  fc
    .tuple(fc.array(valueSegment, { minLength: 4, maxLength: 4 }), segment)
    .map(([head, last]) => ['arn', ...head, last].join(':')),
  segment,
);

const values = fc.oneof(
  fc.array(valueSegment, { minLength: 5, maxLength: 7 }).map((parts) => ['arn', ...parts].join(':')),
  fc.array(valueSegment, { minLength: 0, maxLength: 4 }).map((parts) => ['arn', ...parts].join(':')),
  valueSegment,
);

/** A value made from a pattern: each `*` and `?` filled with random text (so that matches are common). */
function instanceOf(pattern: string): fc.Arbitrary<string> {
  const holes = [...pattern].filter((c) => c === '*' || c === '?').length;
  return fc
    .array(fc.constantFrom('', 'a', 'b', ':', 'a:b', 'x/'), { minLength: holes, maxLength: holes })
    .map((fills) => {
      let k = 0;
      return [...pattern].map((c) => (c === '*' || c === '?' ? fills[k++]! : c)).join('');
    });
}

const patternsWithValues = patterns.chain((pattern) =>
  fc.tuple(
    fc.constant(pattern),
    fc.array(fc.oneof(values, instanceOf(pattern)), { minLength: 1, maxLength: 4 }),
  ),
);

describe('ARN patterns agree with the documented rule', () => {
  it('for random patterns and values, asked in a row of the same pattern object', () => {
    fc.assert(
      fc.property(patternsWithValues, ([pattern, asked]) => {
        const compiled = ArnPattern.compile(pattern, false);
        for (const value of asked) {
          expect(compiled.matches(new ArnValue(value), noContext), `${pattern} ~ ${value}`).toBe(
            reference(pattern, value),
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('when the first five segments are literal and only the resource has wildcards', () => {
    const head = 'arn:iamgate:orders::111122223333:';
    expect(
      ArnPattern.compile(`${head}order/*`, false).matches(new ArnValue(`${head}order/1`), noContext),
    ).toBe(true);
    // The resource segment keeps its colons; a value with fewer segments is not a match.
    expect(
      ArnPattern.compile(`${head}order/*`, false).matches(new ArnValue(`${head}order/a:b`), noContext),
    ).toBe(true);
    expect(
      ArnPattern.compile(`${head}order/*`, false).matches(
        new ArnValue('arn:iamgate:orders::111122223333'),
        noContext,
      ),
    ).toBe(false);
    expect(
      ArnPattern.compile(`${head}order/*`, false).matches(new ArnValue(`${head}Order/1`), noContext),
    ).toBe(false);
  });
});
