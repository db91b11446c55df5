/**
 * Policy variables (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html): `${aws:username}`,
 * `${aws:PrincipalTag/team}`, any context key, `${key, 'default'}`, and the escapes `${*}`, `${?}`, `${$}` for a
 * literal `*`, `?` and `$`. Only policies with `"Version": "2012-10-17"` have variables; in older or unversioned
 * policies `${...}` is literal text. A variable whose key is missing (and has no default) or multivalued cannot be
 * resolved, and the value containing it then matches nothing.
 */
import { isNullValue } from './context.js';
import { canonicalKey } from './context-keys.js';
import type { ContextValue } from './types.js';
import { type GlobToken, ONE, STAR } from './wildcard.js';

/** A `${key}` or `${key, 'default'}` reference; `key` is lowercased because context keys are case-insensitive. */
export interface VariableRef {
  readonly key: string;
  readonly fallback: string | undefined;
  readonly source: string;
}

/** Literal text, a wildcard, or a variable. */
export type TemplatePart = GlobToken | VariableRef;

/** A parsed policy value: its parts, whether any is a variable, and problems found while parsing. */
export interface Template {
  readonly parts: readonly TemplatePart[];
  readonly hasVariables: boolean;
  readonly issues: readonly string[];
}

/** Where a template appears decides whether `*`/`?` are wildcards and whether `${}` is a variable. */
export interface TemplateOptions {
  variables: boolean;
  wildcards: boolean;
}

/** Reads the request context: lowercased keys; `missing` hears keys that were asked for but absent. */
export interface ContextReader {
  get(key: string): ContextValue | undefined;
  missing(key: string): void;
}

/** Whether a template part is a variable (rather than text or a wildcard). */
export function isVariable(part: TemplatePart): part is VariableRef {
  return typeof part !== 'string' && part !== STAR && part !== ONE;
}

/** Parses a policy value into literal text, wildcards and variables. Never throws. */
export function parseTemplate(text: string, options: TemplateOptions): Template {
  const parts: TemplatePart[] = [];
  const issues: string[] = [];
  let literal = '';
  let hasVariables = false;
  const flush = () => {
    if (literal !== '') parts.push(literal);
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (options.variables && c === '$' && text[i + 1] === '{') {
      const ref = readVariable(text, i);
      if (typeof ref === 'string') {
        issues.push(ref);
        literal += c;
        i++;
        continue;
      }
      if (ref.escape !== undefined) literal += ref.escape;
      else {
        flush();
        parts.push(ref.variable!);
        hasVariables = true;
      }
      i = ref.end;
      continue;
    }
    if (options.wildcards && (c === '*' || c === '?')) {
      flush();
      parts.push(c === '*' ? STAR : ONE);
    } else {
      literal += c;
    }
    i++;
  }
  flush();
  return { parts, hasVariables, issues };
}

interface ReadVariable {
  end: number;
  escape?: string;
  variable?: VariableRef;
}

const BAD_KEY = /[\s${}']/;

/** Reads `${...}` starting at `start`; returns the problem as a string when it is malformed. */
function readVariable(text: string, start: number): ReadVariable | string {
  const close = findClose(text, start + 2);
  if (close < 0) return `unterminated variable at \`${text.slice(start, start + 40)}\``;
  const inner = text.slice(start + 2, close);
  const end = close + 1;
  if (inner === '*' || inner === '?' || inner === '$') return { end, escape: inner };
  const source = text.slice(start, end);
  const comma = inner.indexOf(',');
  const key = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  if (key === '' || BAD_KEY.test(key)) return `invalid variable \`${source}\``;
  if (comma < 0) return { end, variable: { key: canonicalKey(key), fallback: undefined, source } };
  const rest = inner.slice(comma + 1).trim();
  if (rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'")) {
    return `invalid default in variable \`${source}\`: use \`\${key, 'value'}\``;
  }
  return { end, variable: { key: canonicalKey(key), fallback: rest.slice(1, -1), source } };
}

/** Index of the `}` closing a variable body starting at `from`; a quoted default may contain `}`. */
function findClose(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === '}' && !quoted) return i;
  }
  return -1;
}

/** The single value of the entry of `key` as text, or undefined for a missing, null or multivalued key. */
export function singleValue(key: string, value: ContextValue | undefined): string | undefined {
  if (isNullValue(key, value)) return undefined;
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : undefined;
  return String(value);
}

/** The text a variable stands for, or undefined when it cannot be resolved (a missing key is reported). */
export function resolveRef(ref: VariableRef, reader: ContextReader): string | undefined {
  const raw = reader.get(ref.key);
  if (raw === undefined) reader.missing(ref.key);
  return singleValue(ref.key, raw) ?? ref.fallback;
}

/**
 * Resolves variables to literal text. Returns null when a variable cannot be resolved; keys absent from the context
 * are reported to `reader.missing` (they become the decision's missing context keys).
 */
export function resolveTemplate(template: Template, reader: ContextReader): GlobToken[] | null {
  const out: GlobToken[] = [];
  for (const part of template.parts) {
    if (!isVariable(part)) {
      out.push(part);
      continue;
    }
    const value = resolveRef(part, reader);
    if (value === undefined) return null;
    out.push(value);
  }
  return out;
}

/** Joins tokens without wildcards (or treating them as their characters) into text. */
export function tokensToText(tokens: readonly GlobToken[]): string {
  let text = '';
  for (const t of tokens) text += typeof t === 'string' ? t : t.wildcard;
  return text;
}

/** The template's literal text when it has no variables and no wildcards, else undefined. */
export function staticText(template: Template): string | undefined {
  let text = '';
  for (const p of template.parts) {
    if (typeof p !== 'string') return undefined;
    text += p;
  }
  return text;
}
