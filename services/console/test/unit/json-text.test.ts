import { validatePolicy } from '@iamgate/policy';
import { describe, expect, it } from 'vitest';
import { lineColumn, pointerSpans, tokenize } from '../../src/policy/json-text.js';
import { lineDiff } from '../../src/policy/line-diff.js';
import { locateFindings } from '../../src/policy/locate-findings.js';

describe('tokenize', () => {
  it('covers any text exactly, telling keys from string values', () => {
    const text = '{ "Effect": "Allow", "n": -1.5e3, "b": true, oops }';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    const kinds = Object.fromEntries(
      tokens.filter((t) => t.kind !== 'space').map((t) => [text.slice(t.start, t.end), t.kind]),
    );
    expect(kinds).toMatchObject({
      '"Effect"': 'key',
      '"Allow"': 'string',
      '-1.5e3': 'number',
      true: 'literal',
      oops: 'invalid',
      '{': 'punctuation',
    });
  });

  it('ends an unterminated string at the end of its line', () => {
    const text = '"abc\n"d"';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['"abc', '\n', '"d"']);
  });
});

describe('pointerSpans', () => {
  const text = '{\n  "Statement": [\n    { "Effect": "Allow", "a/b~c": 1 }\n  ]\n}';
  const spans = pointerSpans(text);
  const at = (pointer: string) => {
    const span = spans.get(pointer);
    return span === undefined ? undefined : text.slice(span.start, span.end);
  };

  it('maps members to key-to-value, elements and the root to their value, with RFC 6901 escapes', () => {
    expect(at('')).toBe(text);
    expect(at('/Statement/0')).toBe('{ "Effect": "Allow", "a/b~c": 1 }');
    expect(at('/Statement/0/Effect')).toBe('"Effect": "Allow"');
    expect(at('/Statement/0/a~1b~0c')).toBe('"a/b~c": 1');
  });

  it('is empty for text that is not JSON', () => {
    expect(pointerSpans('{"a": }').size).toBe(0);
    expect(pointerSpans('{"a": 1} x').size).toBe(0);
  });
});

describe('locateFindings', () => {
  it("places the engine's findings: an element at its member, a missing one at its statement", () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Efect": "Allow", "Action": "iam:*", "Resource": "*"\n  }]\n}';
    const located = locateFindings(text, validatePolicy(text, 'identity').findings);
    const byCode = Object.fromEntries(located.map((f) => [f.code, f]));
    expect(byCode.UNKNOWN_ELEMENT).toMatchObject({ line: 4, column: 5 });
    expect(text.slice(byCode.UNKNOWN_ELEMENT?.span.start, byCode.UNKNOWN_ELEMENT?.span.end)).toBe(
      '"Efect": "Allow"',
    );
    expect(byCode.MISSING_EFFECT).toMatchObject({ line: 3, column: 17 });
  });

  it('places a JSON syntax error where the text stops being JSON', () => {
    const text = '{"Version": "2012-10-17",\n "Statement": [}';
    const [finding] = locateFindings(text, validatePolicy(text, 'identity').findings);
    expect(finding?.code).toBe('INVALID_JSON');
    expect(finding?.line).toBe(2);
    expect(text[finding?.span.start ?? -1]).toBe('}');
    // Text that ends early: at its last character.
    const [early] = locateFindings('{"a": [1, 2', validatePolicy('{"a": [1, 2', 'identity').findings);
    expect(early?.span).toEqual({ start: 10, end: 11 });
  });
});

describe('lineColumn and lineDiff', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('diffs by lines, removed before added', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc').map((l) => `${l.kind}:${l.text}`)).toEqual([
      'same:a',
      'removed:b',
      'added:x',
      'same:c',
    ]);
    expect(lineDiff('a', 'a\nb').at(-1)).toEqual({
      kind: 'added',
      text: 'b',
      oldLine: undefined,
      newLine: 2,
    });
  });
});
