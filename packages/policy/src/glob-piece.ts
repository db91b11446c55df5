/**
 * A piece of a wildcard pattern: the text between two `*`s, possibly with `?`s. Matching a pattern places its pieces
 * (see `wildcard.ts`); this is how one piece is tested at a position and found in a range.
 */
import { ShiftAnd } from './shift-and.js';

/** What searching a piece with `?`s needs, built on its first search (most pieces are only ever tested in place). */
interface Searcher {
  /**
   * The piece's longest run of literal characters (the last of equally long ones) and its offset in the piece: a
   * match at `i` has it at `i + anchorOffset`, so one `indexOf` skips the part of the value where the piece cannot
   * start, and rules the piece out at once when the run does not occur at all.
   */
  readonly anchor: string;
  readonly anchorOffset: number;
  readonly shiftAnd: ShiftAnd;
}

/** Literal text between two `*`s; `holes` marks positions of `?` (null when there are none). */
export class Piece {
  readonly length: number;
  private searcher: Searcher | null = null;

  constructor(
    readonly text: string,
    readonly holes: Uint8Array | null,
  ) {
    this.length = text.length;
  }

  /** Whether the piece matches `value` at `pos` (false when it does not fit). */
  matchAt(value: string, pos: number): boolean {
    const holes = this.holes;
    if (holes === null) return value.startsWith(this.text, pos);
    if (pos + this.length > value.length) return false;
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      if (holes[i] === 0 && text.charCodeAt(i) !== value.charCodeAt(pos + i)) return false;
    }
    return true;
  }

  /**
   * Leftmost `i >= from` with the piece at `[i, i + length)` inside `[from, end)`, or -1. Without `?` this is
   * `indexOf`; with `?` it is a Shift-And search, O((end - from) × ceil(length / 32)) at worst.
   */
  indexIn(value: string, from: number, end: number): number {
    const last = end - this.length;
    if (from > last) return -1;
    const holes = this.holes;
    if (holes === null) {
      const i = value.indexOf(this.text, from);
      return i >= 0 && i <= last ? i : -1;
    }
    this.searcher ??= searcherOf(this.text, holes);
    const searcher = this.searcher;
    let start = from;
    if (searcher.anchor !== '') {
      const at = value.indexOf(searcher.anchor, from + searcher.anchorOffset);
      if (at < 0 || at - searcher.anchorOffset > last) return -1;
      start = at - searcher.anchorOffset;
    }
    return searcher.shiftAnd.indexIn(value, start, end);
  }
}

/** The anchor and the Shift-And form of a piece with `?`s. */
function searcherOf(text: string, holes: Uint8Array): Searcher {
  let anchor = '';
  let anchorOffset = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && holes[i] === 0) continue;
    if (i - start > 0 && i - start >= anchor.length) {
      anchor = text.slice(start, i);
      anchorOffset = start;
    }
    start = i + 1;
  }
  return { anchor, anchorOffset, shiftAnd: ShiftAnd.compile(text, holes) };
}

/** A piece from its text and the positions of its `?`s (text has a placeholder character there). */
export function makePiece(text: string, holes: readonly number[]): Piece {
  if (holes.length === 0) return new Piece(text, null);
  const mask = new Uint8Array(text.length);
  for (const h of holes) mask[h] = 1;
  return new Piece(text, mask);
}
