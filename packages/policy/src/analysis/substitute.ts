/**
 * Writing a policy value again with the variables whose values are known replaced by their text, in the syntax of a
 * 2012-10-17 policy: literal `$`, `*` and `?` become `${$}`, `${*}`, `${?}` (a substituted value is literal text,
 * `reference_policies_variables.html`), variables still unknown are kept as written. The result, read by the engine
 * as a 2012-10-17 value, matches exactly what the original matched with those variables bound.
 */
import { splitSegments } from '../arn-pattern.js';
import type { ContextValue } from '../types.js';
import { isVariable, parseTemplate, singleValue, type Template } from '../variables.js';
import { ONE, STAR } from '../wildcard.js';

/** What is known of a key: its value (undefined when it is known to be absent), or nothing yet. */
export type KeyLookup = (key: string) => { known: true; value: ContextValue | undefined } | { known: false };

/** A value written again: its text and the unknown keys it still reads; `never` when it can match nothing. */
export type Substituted =
  | { kind: 'text'; text: string; unknownKeys: string[] }
  | { kind: 'never' }
  /** A shape the engine reads differently once written out (a variable that would move an ARN's colons). */
  | { kind: 'unsupported' };

/** Literal text in 2012-10-17 syntax; `*` and `?` only need escaping where they would be wildcards. */
export function escapeLiteral(text: string, wildcards: boolean): string {
  let out = text.replaceAll('$', '${$}');
  if (wildcards) out = out.replaceAll('*', '${*}').replaceAll('?', '${?}');
  return out;
}

interface TemplateText {
  text: string;
  unknownKeys: string[];
  /** Whether a substituted value brought a `:` (it can move an ARN's segments). */
  colon: boolean;
}

function substituteTemplate(
  template: Template,
  wildcards: boolean,
  lookup: KeyLookup,
): TemplateText | undefined {
  let text = '';
  let colon = false;
  const unknownKeys: string[] = [];
  for (const part of template.parts) {
    if (part === STAR) text += '*';
    else if (part === ONE) text += '?';
    else if (!isVariable(part)) text += escapeLiteral(part as string, wildcards);
    else {
      const found = lookup(part.key);
      if (!found.known) {
        unknownKeys.push(part.key);
        text += part.source;
        continue;
      }
      const value = singleValue(part.key, found.value) ?? part.fallback;
      if (value === undefined) return undefined;
      if (value.includes(':')) colon = true;
      text += escapeLiteral(value, wildcards);
    }
  }
  return { text, unknownKeys, colon };
}

/** A condition value (`String*`, `Bool`: `wildcards` for `StringLike`) with its known variables substituted. */
export function substituteValue(
  value: string,
  variables: boolean,
  wildcards: boolean,
  lookup: KeyLookup,
): Substituted {
  const out = substituteTemplate(parseTemplate(value, { variables, wildcards }), wildcards, lookup);
  return out === undefined
    ? { kind: 'never' }
    : { kind: 'text', text: out.text, unknownKeys: out.unknownKeys };
}

interface Shape {
  shaped: boolean;
  segments: number;
}

function shapeOf(text: string, segments: readonly string[], variables: boolean): Shape {
  const last = parseTemplate(segments[segments.length - 1] ?? '', { variables, wildcards: true }).parts;
  const endsWithStar = last[last.length - 1] === STAR;
  return {
    shaped: text.startsWith('arn:') && (segments.length === 6 || endsWithStar),
    segments: segments.length,
  };
}

/**
 * An ARN pattern (`Resource`, `NotResource`, `Arn*` values) with its known variables substituted, segment by
 * segment as the engine matches it (`arn-pattern.ts`). A variable of one of the first five segments whose value
 * holds a `:` can match no ARN (those segments never hold one): `never`. A substitution that would change how the
 * text splits into segments is `unsupported`.
 */
export function substituteArnPattern(text: string, variables: boolean, lookup: KeyLookup): Substituted {
  if (text === '*') return { kind: 'text', text, unknownKeys: [] };
  const segments = splitSegments(text, variables);
  const before = shapeOf(text, segments, variables);
  const outs: string[] = [];
  const unknownKeys: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const template = parseTemplate(segments[i]!, { variables, wildcards: true });
    const out = substituteTemplate(template, true, lookup);
    if (out === undefined) return { kind: 'never' };
    const open = before.shaped && before.segments < 6 && i === segments.length - 1;
    if (out.colon && before.shaped && i < 5 && !open) return { kind: 'never' };
    outs.push(out.text);
    unknownKeys.push(...out.unknownKeys);
  }
  const written = outs.join(':');
  const again = splitSegments(written, true);
  const after = shapeOf(written, again, true);
  if (
    after.shaped !== before.shaped ||
    after.segments !== before.segments ||
    again.some((segment, i) => segment !== outs[i])
  )
    return { kind: 'unsupported' };
  return { kind: 'text', text: written, unknownKeys };
}
