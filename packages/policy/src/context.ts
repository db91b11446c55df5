/**
 * The request context as the engine sees it: condition key names are case-insensitive
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html), and the keys that follow
 * from the principal are derived when the request leaves them out (docs/policy-semantics.md, "Derived context
 * keys"; reference_policies_condition-keys.html).
 *
 * The request's keys are mapped to their shared lowercase forms once, while the context is checked (`readContext`);
 * a request carries a handful of keys, so a lookup is a short scan that compares shared strings.
 */
import { canonicalKey } from './context-keys.js';
import type { ParsedPrincipal } from './principal.js';
import type { ContextValue } from './types.js';
import type { ContextReader } from './variables.js';

/**
 * What AWS puts in the request context of an anonymous caller for `aws:PrincipalAccount` ("For anonymous requests,
 * the request context returns `anonymous`", reference_policies_condition-keys.html#condition-keys-principalaccount)
 * and for `aws:userid` (reference_policies_variables.html#principaltable).
 */
const ANONYMOUS = 'anonymous';

/** The value of a derived key for `p`, or undefined. */
function derived(p: ParsedPrincipal, key: string): ContextValue | undefined {
  switch (key) {
    case 'aws:principalarn':
      return p.principalArn;
    case 'aws:principalaccount':
      if (p.kind === 'Anonymous') return ANONYMOUS;
      return p.kind === 'Unknown' ? undefined : p.account;
    case 'aws:principaltype':
      return p.kind === 'Unknown' ? undefined : p.kind;
    case 'aws:username':
      return p.kind === 'User' ? p.name : undefined;
    // A user's or role session's id is a unique id only the caller knows; an anonymous caller's is fixed.
    case 'aws:userid':
      return p.kind === 'Anonymous' ? ANONYMOUS : undefined;
    default:
      return undefined;
  }
}

/** Tag keys and tag values: `aws:TagKeys`, `aws:RequestTag/k`, `aws:PrincipalTag/k`, `s3:ExistingObjectTag/k`, ... */
const TAG_KEY = /^[^:/]+:(?:tagkeys$|[a-z]*tag\/)/;

/**
 * Whether the value of the (lowercased) condition key `key` is null as AWS means it: absent, or an empty list. A key
 * whose values are defined by the user, such as the tags passed in a request, is also null when it holds only empty
 * strings: "it is possible to include an empty string. In this case, the value in the request context is null"
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html#AccessPolicyLanguage_RequestContext;
 * `ForAllValues` is then true, reference_policies_condition-single-vs-multi-valued-context-keys.html). Other keys keep
 * an empty string as a value: `s3:prefix` `""` matches `StringLike` `""` (reference_policies_elements_condition_operators.html).
 * Conditions and variables treat a null key like a missing one, but it is not reported as missing.
 */
export function isNullValue(key: string, value: ContextValue | undefined): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) {
    if (value.length === 0) return true;
    if (!TAG_KEY.test(key)) return false;
    for (const v of value) if (v !== '') return false;
    return true;
  }
  return value === '' && TAG_KEY.test(key);
}

/** The key names of the last context read and their shared lowercase forms (never mutated once set). */
let lastShape: { names: readonly string[]; keys: readonly string[] } = { names: [], keys: [] };

const NO_KEYS: readonly string[] = [];

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** A request's context, checked, with its keys in their shared lowercase forms (`canonicalKey`). */
export interface ContextEntries {
  readonly keys: readonly string[];
  readonly values: readonly ContextValue[];
}

/** The contexts made by `freezeContext`, already read. */
const prepared = new WeakMap<object, ContextEntries>();

/**
 * A frozen copy of a request context (its lists copied and frozen too), read and checked once: every `evaluate`
 * given this copy skips reading it again. For callers that ask many questions with one context, such as a batch of
 * decisions for one principal. A context that is not valid is copied all the same, and `evaluate` reports it.
 *
 * @example
 * const context = freezeContext({ 'aws:SourceIp': '192.0.2.1', 'aws:PrincipalTag/team': 'red' });
 * for (const resource of resources) evaluate({ principal, action, resource, context, policies });
 */
export function freezeContext(context: Record<string, ContextValue>): Readonly<Record<string, ContextValue>> {
  const copy: Record<string, ContextValue> = {};
  for (const name of Object.keys(context)) {
    const value = context[name];
    copy[name] = (Array.isArray(value) ? Object.freeze([...value]) : value) as ContextValue;
  }
  Object.freeze(copy);
  const entries = readRecord(copy);
  if (typeof entries !== 'string') prepared.set(copy, entries);
  return copy;
}

/**
 * Checks and reads a request's context in one pass; returns what is wrong, as a message, when a value is not a
 * string, number, boolean or list of them. Requests of one application carry the same keys in the same order, so
 * the last request's key list is reused when the names agree and only the values are copied. A context made by
 * `freezeContext` was read when it was made.
 */
export function readContext(raw: unknown): ContextEntries | string {
  if (raw === undefined) return { keys: NO_KEYS, values: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '`context` must be an object';
  return prepared.get(raw) ?? readRecord(raw as Record<string, unknown>);
}

function readRecord(record: Record<string, unknown>): ContextEntries | string {
  const values: ContextValue[] = [];
  const last = lastShape.names;
  let same = true;
  let n = 0;
  // Own keys only: a key inherited from a polluted prototype must never become request context.
  const names = Object.keys(record);
  for (const name of names) {
    const value = record[name];
    if (!(isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) {
      return `context key \`${name}\` must be a string, number, boolean or an array of them`;
    }
    if (same && last[n] !== name) same = false;
    values.push(value as ContextValue);
    n++;
  }
  if (!same || n !== last.length) lastShape = { names, keys: names.map(canonicalKey) };
  return { keys: lastShape.keys, values };
}

/** Per-request view of the context: case-insensitive lookup and the keys that were asked for but absent. */
export class RequestContext implements ContextReader {
  private missingSet: Set<string> | null = null;
  private readonly keys: readonly string[];
  private readonly values: readonly ContextValue[];

  constructor(
    readonly principal: ParsedPrincipal,
    entries: ContextEntries,
  ) {
    this.keys = entries.keys;
    this.values = entries.values;
  }

  /** The value of a lowercased key: from the request, else derived from the principal, else undefined. */
  get(key: string): ContextValue | undefined {
    const explicit = this.explicit(key);
    return explicit === undefined ? derived(this.principal, key) : explicit;
  }

  /** Records a key a statement asked for that the request lacked. */
  missing(key: string): void {
    if (this.missingSet === null) this.missingSet = new Set();
    this.missingSet.add(key);
  }

  /** The missing keys, sorted. */
  missingKeys(): string[] {
    return this.missingSet === null ? [] : [...this.missingSet].sort();
  }

  /**
   * The request's own string value of a lowercase key, never a derived one: `aws:PrincipalArn` carries a role's path
   * (the derived one does not), and `aws:userid` the caller's unique id.
   */
  explicitString(key: string): string | undefined {
    const value = this.explicit(key);
    return typeof value === 'string' ? value : undefined;
  }

  /** The request's own value for a lowercase key. */
  private explicit(key: string): ContextValue | undefined {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return this.values[i];
    return undefined;
  }
}
