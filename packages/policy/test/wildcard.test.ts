/**
 * `*` and `?` matching (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * reference_policies_elements_condition_operators.html#Conditions_String-wildcard).
 */
import { describe, expect, it } from 'vitest';
import { compileWildcard, matchesWildcard } from '../src/index.js';
import { matchTokens, ONE, STAR } from '../src/wildcard.js';

/** A reference matcher: the textbook dynamic program, quadratic but obviously right. */
function reference(pattern: string, value: string): boolean {
  const dp: boolean[][] = Array.from({ length: pattern.length + 1 }, () =>
    new Array<boolean>(value.length + 1).fill(false),
  );
  dp[0]![0] = true;
  for (let i = 1; i <= pattern.length; i++) {
    const p = pattern[i - 1];
    dp[i]![0] = p === '*' && dp[i - 1]![0]!;
    for (let j = 1; j <= value.length; j++) {
      if (p === '*') dp[i]![j] = dp[i - 1]![j]! || dp[i]![j - 1]!;
      else dp[i]![j] = (p === '?' || p === value[j - 1]) && dp[i - 1]![j - 1]!;
    }
  }
  return dp[pattern.length]![value.length]!;
}

describe('matchesWildcard', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'a', false],
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a*', 'a', true],
    ['*a', 'ba', true],
    ['*a', 'ab', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['?*?', 'ab', true],
    ['?*?', 'a', false],
    ['**', 'x', true],
    ['a**b', 'ab', true],
    ['*?b?*', 'xbyz', true],
  ])('%s against %s is %s', (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected);
    expect(reference(pattern, value)).toBe(expected);
  });

  it('is case-sensitive by default and case-insensitive on request (actions)', () => {
    expect(matchesWildcard('s3:Get*', 'S3:GETOBJECT')).toBe(false);
    expect(matchesWildcard('s3:Get*', 'S3:GETOBJECT', { caseInsensitive: true })).toBe(true);
  });

  it('agrees with the reference matcher on many generated cases', () => {
    const alphabet = ['a', 'b', '*', '?'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      const pattern = Array.from({ length: next() % 7 }, () => alphabet[next() % 4]).join('');
      const value = Array.from({ length: next() % 8 }, () => alphabet[next() % 2]).join('');
      expect(matchesWildcard(pattern, value), `${pattern} vs ${value}`).toBe(reference(pattern, value));
    }
  });

  it('handles the pathological pattern without backtracking (result only; timing is in the bench)', () => {
    expect(matchesWildcard('a*a*a*a*a*a*b', 'a'.repeat(10_000))).toBe(false);
    expect(matchesWildcard('a*a*a*a*a*a*b', `${'a'.repeat(10_000)}b`)).toBe(true);
    expect(matchesWildcard('*a*a*a*a*a*a*c*', 'a'.repeat(10_000))).toBe(false);
  });
});

describe('compileWildcard', () => {
  it('tests sub-ranges without slicing', () => {
    const glob = compileWildcard('re*s');
    expect(glob.testRange('xxreportsyy', 2, 9)).toBe(true);
    expect(glob.testRange('xxreportsyy', 2, 10)).toBe(false);
  });
});

describe('matchTokens', () => {
  it('matches resolved tokens literally: a resolved `*` is text, not a wildcard', () => {
    expect(matchTokens(['home/', 'a*b', STAR], 'home/a*b/x')).toBe(true);
    expect(matchTokens(['home/', 'a*b', STAR], 'home/axxb/x')).toBe(false);
    expect(matchTokens(['a', ONE, 'c'], 'abc')).toBe(true);
    expect(matchTokens([STAR, 'x', STAR], 'abc', 0, 3)).toBe(false);
    expect(matchTokens([STAR, 'b', STAR], 'zabcz', 1, 4)).toBe(true);
  });

  it('agrees with the compiled matcher', () => {
    const cases: [string, string][] = [
      ['a*b*c', 'aXbYc'],
      ['a*?c', 'abc'],
      ['*a*', 'bbb'],
      ['?', ''],
    ];
    for (const [pattern, value] of cases) {
      const tokens = [...pattern].map((c) => (c === '*' ? STAR : c === '?' ? ONE : c));
      expect(matchTokens(tokens, value)).toBe(matchesWildcard(pattern, value));
    }
  });
});
