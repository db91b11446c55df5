/**
 * Finding a piece of a wildcard pattern that contains `?` (any one character) in a value: the bit-parallel Shift-And
 * search (Baeza-Yates and Gonnet, "A new approach to text searching", CACM 35(10), 1992), with `?` as a position that
 * accepts every character. Trying the piece at every position costs value length × piece length in the worst case
 * (`a?a?…a?b` against `aaaa…`: 6 s for 8 KB against 400 KB); Shift-And reads each character of the value once and
 * does ceil(piece length / 32) word operations for it, whatever the piece and the value.
 *
 * Bit `i` of the state is set after reading `value[j]` when the first `i + 1` characters of the piece match
 * `value[j - i .. j]`; reading a character shifts the state up by one, sets bit 0, and keeps only the bits of the
 * positions that accept that character (the character's mask). The piece is found when its last bit is set.
 *
 * A piece's masks take O(piece length) integers (see `ShiftAnd.compile`), so a compiled policy stays linear in its
 * text. During a search, the piece's characters are entered into one module-wide table indexed by UTF-16 code unit,
 * so looking a character up is one array read; the table is all zeros between searches.
 */

/** Per UTF-16 code unit: during a search, the character's mask bits (short pieces) or class (long pieces); else 0. */
let table: Int32Array | null = null;
/** The table, allocated on first use (256 KB: pages that never search pay nothing). */
function codeTable(): Int32Array {
  table ??= new Int32Array(65_536);
  return table;
}

/** Scratch for long pieces: the state, then the positions kept in one step. Grown on demand. */
let scratch = new Int32Array(64);

/** Classes of long pieces: a dense class k is -k (k ≤ 32), a sparse class s is SPARSE - s. */
const SPARSE = -64;
/** What pieces without sparse classes share. */
const NONE = new Int32Array(0);
const NO_LISTS = new Int32Array(1);

/** A piece with `?`s, compiled for Shift-And searching. */
export class ShiftAnd {
  private constructor(
    private readonly m: number,
    /** 32-bit words per state. */
    private readonly words: number,
    /** The piece's distinct literal characters, and what each puts in the table during a search. */
    private readonly chars: Int32Array,
    private readonly entries: Int32Array,
    /** One word: the bits of the `?` positions. Several: the masks, `words` integers each (see `compile`). */
    private readonly any: number,
    private readonly masks: Int32Array,
    /** Sparse class s has its positions at `positions[listStart[s] .. listStart[s + 1])`. */
    private readonly listStart: Int32Array,
    private readonly positions: Int32Array,
  ) {}

  /**
   * Compiles `text`, whose positions with `holes[i] === 1` accept any character. Up to 32 characters, a character's
   * mask is one integer. Beyond, a character that occurs at least `words` times in the piece gets a dense mask of
   * `words` integers (there are at most 32 such characters, so their masks take about as many integers as the piece
   * has characters), and a rarer one keeps the list of its positions, fewer than `words`, applied bit by bit: either
   * way a character of the value costs O(words) and the piece O(its length) memory.
   */
  static compile(text: string, holes: Uint8Array): ShiftAnd {
    const t = codeTable();
    const m = text.length;
    const words = (m + 31) >>> 5;
    // The table counts each literal character's occurrences for a moment; it is zeroed again below.
    let distinct = 0;
    for (let i = 0; i < m; i++) if (holes[i] === 0 && t[text.charCodeAt(i)]!++ === 0) distinct++;
    try {
      const chars = new Int32Array(distinct);
      const entries = new Int32Array(distinct);
      let k = 0;
      let dense = 0;
      let sparseCount = 0;
      let sparseTotal = 0;
      for (let i = 0; i < m; i++) {
        if (holes[i] === 1) continue;
        const c = text.charCodeAt(i);
        const n = t[c]!;
        if (n <= 0) continue; // seen already
        chars[k] = c;
        if (words === 1) entries[k] = 0;
        else if (n >= words) entries[k] = -++dense;
        else {
          entries[k] = SPARSE - sparseCount++;
          sparseTotal += n;
        }
        t[c] = -1 - k; // seen: its index
        k++;
      }
      let any = 0;
      let masks = NONE;
      const listStart = sparseCount === 0 ? NO_LISTS : new Int32Array(sparseCount + 1);
      const positions = sparseCount === 0 ? NONE : new Int32Array(sparseTotal);
      if (words === 1) {
        for (let i = 0; i < m; i++) {
          if (holes[i] === 1) any |= 1 << i;
          else entries[-1 - t[text.charCodeAt(i)]!]! |= 1 << i;
        }
      } else {
        // masks[0 .. words) accepts only at `?`s (for characters not in the piece); dense class d is at d * words,
        // `?`s included.
        masks = new Int32Array((dense + 1) * words);
        for (let i = 0; i < m; i++) if (holes[i] === 1) masks[i >>> 5]! |= 1 << (i & 31);
        for (let d = 1; d <= dense; d++) masks.copyWithin(d * words, 0, words);
        // Sparse lists: first their sizes (shifted by one), then their starts, then filled.
        for (let i = 0; i < m; i++) {
          if (holes[i] === 1) continue;
          const e = entries[-1 - t[text.charCodeAt(i)]!]!;
          if (e <= SPARSE) listStart[SPARSE - e + 1]!++;
        }
        for (let s = 0; s < sparseCount; s++) listStart[s + 1]! += listStart[s]!;
        const next = listStart.slice(0, sparseCount);
        for (let i = 0; i < m; i++) {
          if (holes[i] === 1) continue;
          const e = entries[-1 - t[text.charCodeAt(i)]!]!;
          if (e <= SPARSE) positions[next[SPARSE - e]!++] = i;
          else masks[-e * words + (i >>> 5)]! |= 1 << (i & 31);
        }
      }
      return new ShiftAnd(m, words, chars, entries, any, masks, listStart, positions);
    } finally {
      // INVARIANT: the table is all zeros between searches (whatever happened above).
      for (let i = 0; i < m; i++) t[text.charCodeAt(i)] = 0;
    }
  }

  /**
   * Leftmost `i >= from` such that the piece matches `value[i, i + length)` within `[from, end)`, or -1.
   * Characters compare as UTF-16 code units, exactly (callers lowercase both sides for case-insensitive matching).
   */
  indexIn(value: string, from: number, end: number): number {
    if (this.m === 0) return from <= end ? from : -1;
    if (end - from < this.m) return -1;
    const t = codeTable();
    const chars = this.chars;
    const entries = this.entries;
    for (let i = 0; i < chars.length; i++) t[chars[i]!] = entries[i]!;
    try {
      return this.words === 1 ? this.scanOneWord(t, value, from, end) : this.scanWords(t, value, from, end);
    } finally {
      // INVARIANT: the table is all zeros between searches.
      for (let i = 0; i < chars.length; i++) t[chars[i]!] = 0;
    }
  }

  /** A piece of at most 32 characters: the state is one integer. */
  private scanOneWord(t: Int32Array, value: string, from: number, end: number): number {
    const m = this.m;
    const any = this.any;
    const found = 1 << (m - 1);
    let state = 0;
    for (let j = from; j < end; j++) {
      state = ((state << 1) | 1) & (any | t[value.charCodeAt(j)]!);
      if ((state & found) !== 0) return j - m + 1;
    }
    return -1;
  }

  /**
   * A longer piece: the state is `words` integers. Only the words up to the highest one with a bit set are updated,
   * so a piece whose start rarely matches costs little more than one word per character of the value.
   */
  private scanWords(t: Int32Array, value: string, from: number, end: number): number {
    const { m, words, masks, listStart, positions } = this;
    if (scratch.length < 2 * words) scratch = new Int32Array(2 * words);
    const state = scratch;
    state.fill(0, 0, words);
    // Positions of a rare character that survive the current step (fewer than `words`), after the state.
    const kept = words;
    const lastWord = (m - 1) >>> 5;
    const lastBit = 1 << ((m - 1) & 31);
    // INVARIANT: state[w] === 0 for every w > top.
    let top = 0;
    for (let j = from; j < end; j++) {
      const e = t[value.charCodeAt(j)]!;
      // A shift moves bits up by one at most, so only the words up to top + 1 can be non-zero afterwards.
      const limit = top + 1 < words ? top + 1 : words - 1;
      let keptCount = 0;
      if (e <= SPARSE) {
        // Position p accepts this character; it survives when position p - 1 was matched before this character.
        const s = SPARSE - e;
        for (let q = listStart[s]!, stop = listStart[s + 1]!; q < stop; q++) {
          const p = positions[q]!;
          if (p === 0 || (state[(p - 1) >>> 5]! & (1 << ((p - 1) & 31))) !== 0) state[kept + keptCount++] = p;
        }
      }
      const base = e < 0 && e > SPARSE ? -e * words : 0;
      let carry = 1;
      for (let w = 0; w <= limit; w++) {
        const d = state[w]!;
        state[w] = ((d << 1) | carry) & masks[base + w]!;
        carry = d >>> 31;
      }
      for (let q = 0; q < keptCount; q++) {
        const p = state[kept + q]!;
        state[p >>> 5]! |= 1 << (p & 31);
      }
      top = limit;
      while (top > 0 && state[top] === 0) top--;
      if ((state[lastWord]! & lastBit) !== 0) return j - m + 1;
    }
    return -1;
  }
}
