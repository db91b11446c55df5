/**
 * `*` and `?` matching, compiled once per pattern: no regular expressions, no backtracking.
 *
 * A pattern is split at its `*`s into pieces. The first piece must sit at the start, the last at the end, and each
 * middle piece is placed at its leftmost occurrence after the previous one. Leftmost placement is always safe
 * (moving a piece left only leaves more room for the rest), so no placement is ever revisited: `a*a*a*a*a*a*b`
 * against 10,000 `a`s is one length check and one comparison of the last piece.
 *
 * Finding a middle piece is `indexOf` when it has no `?`, and a bit-parallel Shift-And search when it has
 * (`shift-and.ts`), so a whole match costs at most O(value length × ceil(longest piece / 32)) plus the pattern's
 * length, whatever the pattern and the value: each middle piece's search starts where the previous piece ended.
 */
import { makePiece, type Piece } from './glob-piece.js';

/** A `*` (any run of characters, possibly empty) or `?` (exactly one character) in a token list. */
export interface WildcardToken {
  readonly wildcard: '*' | '?';
}

/** The `*` token. */
export const STAR: WildcardToken = Object.freeze({ wildcard: '*' });
/** The `?` token. */
export const ONE: WildcardToken = Object.freeze({ wildcard: '?' });

/** A pattern as tokens: literal text, `*` or `?`. Variables resolve to literal text, so `${*}` is never a wildcard. */
export type GlobToken = string | WildcardToken;

/** Options for wildcard matching. */
export interface WildcardOptions {
  /** Compare without regard to case (actions, `StringLike` is case-sensitive). */
  caseInsensitive?: boolean;
}

const ANY = 0;
const EXACT = 1;
const FIXED = 2;
const PREFIX = 3;
const GENERAL = 4;

/**
 * A compiled wildcard pattern. Build with `compileWildcard` or `compileTokens`; test with `test(value)`. For a
 * case-insensitive glob, `test` expects the value already lowercased (callers lowercase once per request).
 */
export class Glob {
  private constructor(
    private readonly mode: number,
    private readonly head: Piece,
    private readonly mids: readonly Piece[],
    private readonly tail: Piece,
    private readonly minLength: number,
    /** True when the pattern contains no wildcard at all. */
    readonly literal: boolean,
  ) {}

  /** Compiles a token list; `lower` lowercases literal text (for case-insensitive matching). */
  static fromTokens(tokens: readonly GlobToken[], lower: boolean): Glob {
    const pieces: Piece[] = [];
    let text = '';
    let holes: number[] = [];
    let stars = 0;
    for (const token of tokens) {
      if (typeof token === 'string') {
        text += lower ? token.toLowerCase() : token;
      } else if (token.wildcard === '?') {
        holes.push(text.length);
        text += '?';
      } else {
        pieces.push(makePiece(text, holes));
        text = '';
        holes = [];
        stars++;
      }
    }
    pieces.push(makePiece(text, holes));
    const minLength = pieces.reduce((n, p) => n + p.length, 0);
    const head = pieces[0]!;
    const tail = pieces[pieces.length - 1]!;
    if (stars === 0) {
      return new Glob(head.holes === null ? EXACT : FIXED, head, [], head, minLength, head.holes === null);
    }
    const mids = pieces.slice(1, -1).filter((p) => p.length > 0);
    if (minLength === 0) return new Glob(ANY, head, mids, tail, 0, false);
    const mode = mids.length === 0 && tail.length === 0 && head.holes === null ? PREFIX : GENERAL;
    return new Glob(mode, head, mids, tail, minLength, false);
  }

  /** Whether `value` matches the whole pattern. */
  test(value: string): boolean {
    switch (this.mode) {
      case ANY:
        return true;
      case EXACT:
        return value === this.head.text;
      case FIXED:
        return value.length === this.minLength && this.head.matchAt(value, 0);
      case PREFIX:
        return value.startsWith(this.head.text);
      default:
        return this.testRange(value, 0, value.length);
    }
  }

  /** The literal text when the pattern has no wildcard, else undefined (callers compare it with `===`). */
  get exactText(): string | undefined {
    return this.mode === EXACT ? this.head.text : undefined;
  }

  /** Whether `value.slice(start, end)` matches the whole pattern, without slicing. */
  testRange(value: string, start: number, end: number): boolean {
    const length = end - start;
    switch (this.mode) {
      case ANY:
        return true;
      case EXACT:
        return length === this.minLength && value.startsWith(this.head.text, start);
      case FIXED:
        return length === this.minLength && this.head.matchAt(value, start);
      case PREFIX:
        return length >= this.minLength && value.startsWith(this.head.text, start);
    }
    if (length < this.minLength) return false;
    const tailStart = end - this.tail.length;
    if (!this.head.matchAt(value, start) || !this.tail.matchAt(value, tailStart)) return false;
    let pos = start + this.head.length;
    for (const mid of this.mids) {
      const i = mid.indexIn(value, pos, tailStart);
      if (i < 0) return false;
      pos = i + mid.length;
    }
    return true;
  }
}

/** Splits a pattern into tokens: `*` and `?` are wildcards, everything else is literal. */
export function tokenizeWildcard(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 /* * */ || c === 63 /* ? */) {
      if (i > start) tokens.push(pattern.slice(start, i));
      tokens.push(c === 42 ? STAR : ONE);
      start = i + 1;
    }
  }
  if (start < pattern.length) tokens.push(pattern.slice(start));
  return tokens;
}

/**
 * Compiles `pattern` (`*` any run, `?` one character) for repeated matching.
 *
 * @example
 * const glob = compileWildcard('iam:get*', { caseInsensitive: true });
 * glob.test('iam:getuser'); // true (values passed to a case-insensitive glob must be lowercase)
 */
export function compileWildcard(pattern: string, options: WildcardOptions = {}): Glob {
  return Glob.fromTokens(tokenizeWildcard(pattern), options.caseInsensitive === true);
}

/**
 * Whether `value` matches `pattern` in full, in O(value length × ceil(longest piece / 32)) at worst (a piece is the
 * text between two `*`s).
 *
 * @example
 * matchesWildcard('s3:Get*', 'S3:GETOBJECT', { caseInsensitive: true }); // true
 * matchesWildcard('a?c', 'abc'); // true
 */
export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const ci = options.caseInsensitive === true;
  return compileWildcard(pattern, options).test(ci ? value.toLowerCase() : value);
}

/** Length of the piece `tokens[from, to)` (no `*` inside). */
function pieceLength(tokens: readonly GlobToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    n += typeof t === 'string' ? t.length : 1;
  }
  return n;
}

/** Whether the piece `tokens[from, to)` matches `value` at `pos` (the caller checked it fits). */
function pieceAt(
  tokens: readonly GlobToken[],
  from: number,
  to: number,
  value: string,
  pos: number,
): boolean {
  let p = pos;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (typeof t === 'string') {
      if (!value.startsWith(t, p)) return false;
      p += t.length;
    } else {
      p++;
    }
  }
  return true;
}

/** The piece `tokens[from, to)` (no `*` inside) as one text with its `?` positions, for searching. */
function pieceOf(tokens: readonly GlobToken[], from: number, to: number): Piece {
  let text = '';
  const holes: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (typeof t === 'string') text += t;
    else {
      holes.push(text.length);
      text += '?';
    }
  }
  return makePiece(text, holes);
}

/**
 * Matches a token list directly, without compiling it: the same leftmost-placement algorithm as `Glob`, for patterns
 * resolved per request (policy variables), so that no matcher is built per request. Only a middle piece is joined
 * into one text to be searched (`indexOf`, or Shift-And when it has a `?`), so its cost is bounded as `Glob`'s is.
 */
export function matchTokens(
  tokens: readonly GlobToken[],
  value: string,
  start = 0,
  end = value.length,
): boolean {
  const n = tokens.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (tokens[i] === STAR) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return pieceLength(tokens, 0, n) === end - start && pieceAt(tokens, 0, n, value, start);
  const headLength = pieceLength(tokens, 0, first);
  const tailLength = pieceLength(tokens, last + 1, n);
  const tailStart = end - tailLength;
  if (tailStart < start + headLength) return false;
  if (!pieceAt(tokens, 0, first, value, start) || !pieceAt(tokens, last + 1, n, value, tailStart))
    return false;
  let pos = start + headLength;
  let from = first + 1;
  while (from <= last) {
    let to = from;
    while (tokens[to] !== STAR) to++;
    if (to > from) {
      const piece = pieceOf(tokens, from, to);
      const found = piece.indexIn(value, pos, tailStart);
      if (found < 0) return false;
      pos = found + piece.length;
    }
    from = to + 1;
  }
  return true;
}
