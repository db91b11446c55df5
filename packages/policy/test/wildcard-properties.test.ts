/**
 * The wildcard matcher against straightforward references, on random patterns and values over small alphabets (so
 * `*`, `?` and repeated letters interact a lot), with pieces long enough to span several 32-bit words of the
 * Shift-And search: the whole matcher (`Glob`, `matchTokens`, case-insensitive matching) against the textbook dynamic
 * program and an anchored regular expression, and the piece search against trying every position.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWildcard, matchesWildcard } from '../src/index.js';
import { ShiftAnd } from '../src/shift-and.js';
import { type GlobToken, matchTokens, ONE, STAR } from '../src/wildcard.js';
import { globReference } from './glob-reference.js';

/** The glob as an anchored regular expression (only for few `*`s: backtracking is polynomial in their number). */
function regexOf(pattern: string, flags = ''): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, flags);
}

const stars = (pattern: string) => pattern.split('*').length - 1;

/** Pattern characters: mostly `a`, some `b` and `?`, rarely a non-ASCII letter (a class of its own). */
const patternChar = fc.oneof(
  { arbitrary: fc.constant('a'), weight: 6 },
  { arbitrary: fc.constant('b'), weight: 2 },
  { arbitrary: fc.constant('?'), weight: 3 },
  { arbitrary: fc.constant('é'), weight: 1 },
);
const valueChar = fc.oneof(
  { arbitrary: fc.constant('a'), weight: 6 },
  { arbitrary: fc.constant('b'), weight: 2 },
  { arbitrary: fc.constant('é'), weight: 1 },
);

/** Pieces of up to 100 characters (up to 4 words) joined by `*`s, with or without `*` at either end. */
const patterns = fc
  .record({
    lead: fc.boolean(),
    pieces: fc.array(
      fc.oneof(
        fc.string({ unit: patternChar, maxLength: 8 }),
        fc.string({ unit: patternChar, maxLength: 100, size: 'max' }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    trail: fc.boolean(),
  })
  .map(({ lead, pieces, trail }) => `${lead ? '*' : ''}${pieces.join('*')}${trail ? '*' : ''}`);

/**
 * A pattern and a value: half the time the pattern filled in (so it matches) and then perhaps changed at one
 * position (so it often just misses), otherwise unrelated letters.
 */
const cases = fc
  .record({
    pattern: patterns,
    filler: fc.string({ unit: valueChar, minLength: 1, maxLength: 300, size: 'max' }),
    runs: fc.array(fc.nat(30), { maxLength: 8 }),
    instantiate: fc.boolean(),
    change: fc.option(fc.record({ at: fc.nat(), to: valueChar })),
  })
  .map(({ pattern, filler, runs, instantiate, change }) => {
    if (!instantiate) return { pattern, value: filler };
    let value = '';
    let f = 0;
    let star = 0;
    const take = () => filler[f++ % filler.length]!;
    for (const c of pattern) {
      if (c === '?') value += take();
      else if (c === '*')
        for (let k = runs[star++ % Math.max(runs.length, 1)] ?? 0; k > 0; k--) value += take();
      else value += c;
    }
    if (change !== null && value.length > 0) {
      const at = change.at % value.length;
      value = value.slice(0, at) + change.to + value.slice(at + 1);
    }
    return { pattern, value };
  });

/** The pattern as tokens, its literal runs cut at the given points (resolved variables give such token lists). */
function tokensOf(pattern: string, cuts: readonly number[]): GlobToken[] {
  const tokens: GlobToken[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push(text);
    text = '';
  };
  [...pattern].forEach((c, i) => {
    if (c === '*' || c === '?') {
      flush();
      tokens.push(c === '*' ? STAR : ONE);
    } else {
      if (cuts.includes(i)) flush();
      text += c;
    }
  });
  flush();
  return tokens;
}

const RUNS = { numRuns: 1500 };

describe('wildcard matching agrees with references', () => {
  it('compiled globs agree with the dynamic program (and with a regular expression for up to 3 `*`s)', () => {
    fc.assert(
      fc.property(cases, ({ pattern, value }) => {
        const expected = globReference(pattern, value);
        expect(compileWildcard(pattern).test(value)).toBe(expected);
        if (stars(pattern) <= 3) expect(regexOf(pattern).test(value)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('token lists and sub-ranges agree with the dynamic program on the range', () => {
    fc.assert(
      fc.property(
        cases,
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.string({ unit: valueChar, maxLength: 20 }),
        fc.string({ unit: valueChar, maxLength: 20 }),
        ({ pattern, value }, cuts, before, after) => {
          const expected = globReference(pattern, value);
          const padded = before + value + after;
          const end = before.length + value.length;
          expect(matchTokens(tokensOf(pattern, cuts), padded, before.length, end)).toBe(expected);
          expect(compileWildcard(pattern).testRange(padded, before.length, end)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it('case-insensitive matching agrees with the dynamic program on lowercased text and with an `i` regex', () => {
    fc.assert(
      fc.property(cases, fc.array(fc.boolean(), { maxLength: 400 }), ({ pattern, value }, upper) => {
        // The same letters in upper case in the pattern and in lower case in the value, and the other way round.
        const at = (i: number) => upper[i % Math.max(upper.length, 1)] === true;
        const p = [...pattern].map((c, i) => (at(i) ? c.toUpperCase() : c)).join('');
        const v = [...value].map((c, i) => (at(i) ? c : c.toUpperCase())).join('');
        const expected = globReference(p.toLowerCase(), v.toLowerCase());
        expect(matchesWildcard(p, v, { caseInsensitive: true })).toBe(expected);
        if (stars(p) <= 3) expect(regexOf(p, 'i').test(v)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/** Compiles `text` (with `holes`) and searches `value[from, end)` for it. */
function shiftAndIndexOf(value: string, from: number, end: number, text: string, holes: Uint8Array): number {
  return ShiftAnd.compile(text, holes).indexIn(value, from, end);
}

describe('ShiftAnd', () => {
  /** Leftmost start in [from, end) by trying every position. */
  function naive(value: string, from: number, end: number, text: string, holes: Uint8Array): number {
    for (let i = from; i + text.length <= end; i++) {
      let ok = true;
      for (let k = 0; k < text.length && ok; k++) ok = holes[k] === 1 || text[k] === value[i + k];
      if (ok) return i;
    }
    return -1;
  }

  /** Pieces over a few letters or over many (every letter its own rare class), with `?`s. */
  const pieces = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'a', 'a', 'b', '?'), minLength: 1, maxLength: 200, size: 'max' }),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop?'), minLength: 1, maxLength: 200, size: 'max' }),
  );

  it('finds the leftmost occurrence within [from, end), like trying every position', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.string({ unit: fc.constantFrom('a', 'a', 'b', 'c'), maxLength: 600, size: 'max' }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (piece, noise, a, b, plant) => {
          const holes = Uint8Array.from(piece, (c) => (c === '?' ? 1 : 0));
          // Often plant the piece (its holes filled in) somewhere in the value.
          const at = noise.length === 0 ? 0 : a % noise.length;
          const value = plant ? noise.slice(0, at) + piece.replaceAll('?', 'c') + noise.slice(at) : noise;
          const from = value.length === 0 ? 0 : b % (value.length + 1);
          const end = from + ((a >>> 3) % (value.length - from + 1));
          for (const [f, e] of [
            [0, value.length],
            [from, value.length],
            [from, end],
          ] as const) {
            expect(shiftAndIndexOf(value, f, e, piece, holes)).toBe(naive(value, f, e, piece, holes));
          }
        },
      ),
      RUNS,
    );
  });

  it.each([31, 32, 33, 63, 64, 65, 96, 97, 200])(
    'a %i-character piece is found exactly when it fits (word boundaries)',
    (m) => {
      const piece = `b${'?'.repeat(m - 2)}b`;
      const holes = Uint8Array.from(piece, (c) => (c === '?' ? 1 : 0));
      for (const gap of [m - 3, m - 2, m - 1]) {
        const value = `aa${'b'}${'a'.repeat(gap)}${'b'}aa`;
        const expected = gap === m - 2 ? 2 : -1;
        expect(shiftAndIndexOf(value, 0, value.length, piece, holes)).toBe(expected);
      }
    },
  );

  it('leaves nothing behind: a search that stops early does not affect the next one', () => {
    const holes = (p: string) => Uint8Array.from(p, (c) => (c === '?' ? 1 : 0));
    expect(shiftAndIndexOf('xyz', 0, 3, 'x?', holes('x?'))).toBe(0);
    expect(shiftAndIndexOf('axa', 0, 3, 'a?b', holes('a?b'))).toBe(-1);
    const long = `x${'?'.repeat(40)}y`;
    expect(shiftAndIndexOf(`x${'-'.repeat(40)}y`, 0, 42, long, holes(long))).toBe(0);
    expect(shiftAndIndexOf(`x${'-'.repeat(40)}z`, 0, 42, `z${'?'.repeat(40)}y`, holes(long))).toBe(-1);
  });
});

describe('the hostile shapes of the security review (results only; times are in bench/wildcard-worst-case.ts)', () => {
  const pattern = `*${'a?'.repeat(1000)}b*`;

  it('a long piece full of `?` against a long value', () => {
    expect(matchesWildcard(pattern, 'a'.repeat(50_000))).toBe(false);
    expect(matchesWildcard(pattern, `${'a'.repeat(50_000)}b`)).toBe(true);
    expect(matchesWildcard(pattern, 'ab'.repeat(25_000))).toBe(false);
    expect(
      matchesWildcard(pattern, `${'ab'.repeat(25_000)}a${'a?'.repeat(1000).replaceAll('?', 'x')}b`),
    ).toBe(true);
  });

  it('the same shapes through resolved tokens (policy variables)', () => {
    const tokens = tokensOf(pattern, [5, 9]);
    expect(matchTokens(tokens, 'ab'.repeat(25_000))).toBe(false);
    expect(matchTokens(tokens, `${'a'.repeat(50_000)}b`)).toBe(true);
  });
});
