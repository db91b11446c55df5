/**
 * Reading a policy's JSON text as text: tokens for highlighting, and where each JSON pointer (the paths of the
 * engine's findings, RFC 6901) is in the text.
 */

export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space' | 'invalid';

/** A run of text of one kind, `[start, end)`. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

const PUNCTUATION = new Set(['{', '}', '[', ']', ':', ',']);

/** The end of a string starting at `start` (its opening quote): after the closing quote, or the line's end. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else if (c === '\n') return i;
    else i += 1;
  }
  return text.length;
}

/** Splits any text (valid JSON or not) into tokens that cover it exactly; a string before `:` is a key. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    let end = i + 1;
    let kind: TokenKind;
    if (/\s/.test(c)) {
      while (end < text.length && /\s/.test(text[end] ?? '')) end++;
      kind = 'space';
    } else if (c === '"') {
      end = stringEnd(text, i);
      let j = end;
      while (j < text.length && /[ \t\r\n]/.test(text[j] ?? '')) j++;
      kind = text[j] === ':' ? 'key' : 'string';
    } else if (PUNCTUATION.has(c)) {
      kind = 'punctuation';
    } else if (/[-0-9]/.test(c)) {
      while (end < text.length && /[-+.eE0-9]/.test(text[end] ?? '')) end++;
      kind = 'number';
    } else if (/[a-z]/.test(c)) {
      while (end < text.length && /[a-zA-Z]/.test(text[end] ?? '')) end++;
      const word = text.slice(i, end);
      kind = word === 'true' || word === 'false' || word === 'null' ? 'literal' : 'invalid';
    } else {
      kind = 'invalid';
    }
    tokens.push({ kind, start: i, end });
    i = end;
  }
  return tokens;
}

/** Where a JSON value (or an object member, key to value) is in the text. */
export interface Span {
  start: number;
  end: number;
}

/** Escapes a key as a JSON pointer segment. */
function segment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The spans of a JSON text's pointers, or where it stops being JSON. */
export interface JsonScan {
  spans: Map<string, Span>;
  /** The offset of the first character that makes the text invalid JSON (the text's length when it ends early). */
  errorAt: number | undefined;
}

/**
 * The span of every JSON pointer of a valid JSON text: a value's span for array elements and the root, the whole
 * member (key to value) for object members, which is what a finding about an element (`/Statement/0/Efect`) marks.
 * Duplicate keys map to their last occurrence, as `JSON.parse` keeps it. Empty for text that is not JSON.
 */
export function pointerSpans(text: string): Map<string, Span> {
  return scanJson(text).spans;
}

/** Scans a text as JSON: `pointerSpans`'s spans when it is JSON, and otherwise where it goes wrong. */
export function scanJson(text: string): JsonScan {
  const spans = new Map<string, Span>();
  let i = 0;
  const skip = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('not json');
  };
  const value = (pointer: string): Span => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          skip();
          if (text[i] !== '"') fail();
          const keyStart = i;
          i = stringEnd(text, i);
          const key = JSON.parse(text.slice(keyStart, i)) as string;
          skip();
          if (text[i] !== ':') fail();
          i++;
          const member = value(`${pointer}/${segment(key)}`);
          spans.set(`${pointer}/${segment(key)}`, { start: keyStart, end: member.end });
          skip();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') i++;
      else {
        for (let index = 0; ; index++) {
          value(`${pointer}/${index}`);
          skip();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
      }
    } else if (c === '"') {
      i = stringEnd(text, i);
      if (text[i - 1] !== '"' || i - start < 2) fail();
    } else {
      const match = /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (match === null) fail();
      i += match?.[0].length ?? 0;
    }
    const span = { start, end: i };
    if (!spans.has(pointer)) spans.set(pointer, span);
    return span;
  };
  try {
    value('');
    skip();
    if (i !== text.length) fail();
    return { spans, errorAt: undefined };
  } catch {
    return { spans: new Map(), errorAt: Math.min(i, text.length) };
  }
}

/** Line and column (both from 1) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
