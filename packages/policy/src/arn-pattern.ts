/**
 * Matching ARNs against ARN patterns, as `Resource`, `NotResource` and the `Arn*` condition operators do
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html): each of the six
 * colon-separated segments is matched on its own, case-sensitively, with `*` and `?` inside a segment; a pattern with
 * fewer segments whose last segment ends in `*` lets that `*` run over the remaining colons (`arn:aws:s3:*`). A
 * pattern or value that is not ARN-shaped is matched as a whole string, so `*` matches everything.
 *
 * Segments without variables are compiled once; segments with variables are resolved per request and matched
 * directly (`matchTokens`), after the static segments have matched, so no matcher is built per request.
 */
import {
  type ContextReader,
  isVariable,
  parseTemplate,
  resolveRef,
  resolveTemplate,
  type Template,
  type VariableRef,
} from './variables.js';
import { Glob, type GlobToken, matchTokens, STAR } from './wildcard.js';

/**
 * A value to match, located once (a request's resource is matched against many statements). Segments are kept as
 * offsets into `raw`, so matching never slices.
 */
export class ArnValue {
  /** A number no other value has had (patterns remember their last answer by it). */
  readonly stamp: number;
  private located: number[] | null | undefined = undefined;
  constructor(readonly raw: string) {
    this.stamp = ++lastStamp;
  }

  /**
   * Start of each of the six segments, then `raw.length + 1`; null when `raw` is not ARN-shaped. Located on first
   * use: patterns usually answer from memory without looking at the segments.
   */
  get starts(): number[] | null {
    if (this.located === undefined) this.located = locateSegments(this.raw);
    return this.located;
  }

  /** The account segment, or undefined when it is empty or the value is not an ARN. */
  account(): string | undefined {
    if (this.raw === accountOf.raw) return accountOf.account;
    const s = this.starts;
    const account = s === null || s[5]! - 1 === s[4] ? undefined : this.raw.slice(s[4], s[5]! - 1);
    accountOf.raw = this.raw;
    accountOf.account = account;
    return account;
  }
}

/** The last resource whose account was asked for: requests repeat resources. */
const accountOf: { raw: string | null; account: string | undefined } = { raw: null, account: undefined };

/** Counts `ArnValue`s; a double, so it does not wrap in any realistic lifetime (2^53). */
let lastStamp = 0;

/** Offsets of the six colon-separated segments of an ARN-shaped string, or null. */
function locateSegments(raw: string): number[] | null {
  if (!raw.startsWith('arn:')) return null;
  const starts = [0, 4, 0, 0, 0, 0, raw.length + 1];
  let k = 2;
  for (let i = 4; i < raw.length && k < 6; i++) if (raw.charCodeAt(i) === 58 /* : */) starts[k++] = i + 1;
  return k === 6 ? starts : null;
}

/** How many distinct pattern texts are kept shared. */
const INTERN_LIMIT = 16_384;
const interned = new Map<string, ArnPattern>();

/** A compiled ARN pattern; variables, if any, are resolved per request. */
export class ArnPattern {
  /** Problems met while parsing variables (for validation). */
  readonly issues: string[];
  readonly hasVariables: boolean;
  /** Per segment: its compiled glob, or null when it has variables. */
  private readonly globs: (Glob | null)[];
  /** The whole pattern as one glob, for values that are not ARNs (null when it has variables). */
  private readonly whole: Glob | null;
  /** Per segment: its literal text when it has no wildcard and no variable (compared with `===`). */
  private readonly exact: (string | undefined)[];
  /**
   * The first five segments with their colons (`arn:aws:s3:::`), when all five are literal and the pattern has six
   * segments: a value's first five segments equal them exactly when the value starts with this text (literal
   * segments hold no colon), and its resource segment is the rest. Most policies' patterns are of this form, and
   * they are then matched without locating the value's segments.
   */
  private readonly literalHead: string | null;
  /** The variables of the pattern, in order. */
  private readonly refs: VariableRef[];
  private lastStamp = 0;
  private lastResult = false;
  private staticRaw: string | null = null;
  private staticResult = false;
  private variableRaw: string | null = null;
  private variableValues: string[] | null = null;
  private variableResult = false;

  private constructor(
    private readonly all: boolean,
    private readonly templates: Template[],
    /** True when segments are matched one by one (the pattern is ARN-shaped). */
    private readonly shaped: boolean,
    /** True when the last segment's trailing `*` covers the rest of the value, colons included. */
    private readonly open: boolean,
  ) {
    this.issues = templates.flatMap((t) => t.issues);
    this.hasVariables = templates.some((t) => t.hasVariables);
    this.refs = templates.flatMap((t) => t.parts.filter(isVariable));
    this.globs = templates.map((t) =>
      t.hasVariables ? null : Glob.fromTokens(t.parts as GlobToken[], false),
    );
    this.exact = this.globs.map((g) => g?.exactText);
    const heads = this.exact.slice(0, 5);
    this.literalHead =
      shaped && !open && templates.length === 6 && heads.every((t) => t !== undefined)
        ? `${heads.join(':')}:`
        : null;
    this.whole = this.hasVariables
      ? null
      : Glob.fromTokens(joinSegments(templates.map((t) => t.parts as GlobToken[])), false);
  }

  /**
   * Compiles `text`; `variables` is true for policies whose Version supports them. Equal patterns share one compiled
   * object (policies repeat patterns such as `arn:aws:s3:::${aws:username}/*`), so a request matches each once.
   */
  static compile(text: string, variables: boolean): ArnPattern {
    const key = variables ? `v${text}` : `l${text}`;
    let pattern = interned.get(key);
    if (pattern === undefined) {
      pattern = ArnPattern.build(text, variables);
      if (interned.size >= INTERN_LIMIT) interned.delete(interned.keys().next().value!);
      interned.set(key, pattern);
    }
    return pattern;
  }

  private static build(text: string, variables: boolean): ArnPattern {
    if (text === '*') return new ArnPattern(true, [], false, false);
    const segments = splitSegments(text, variables);
    const templates = segments.map((s) => parseTemplate(s, { variables, wildcards: true }));
    const last = templates[templates.length - 1]!.parts;
    const endsWithStar = last[last.length - 1] === STAR;
    const shaped = text.startsWith('arn:') && (segments.length === 6 || endsWithStar);
    return new ArnPattern(false, templates, shaped, shaped && segments.length < 6);
  }

  /** Whether `value` matches; a variable that cannot be resolved makes the pattern match nothing. */
  matches(value: ArnValue, reader: ContextReader): boolean {
    if (this.all) return true;
    // Patterns are shared by the statements that spell them alike, and asked about the same value again and again:
    // within a request (one resource, one context: remembered by the value's stamp) and across requests (by the
    // text, and for variables by their values). A stamp, not the object, so no request data is kept alive.
    if (value.stamp === this.lastStamp) return this.lastResult;
    const result = this.hasVariables ? this.matchWithVariables(value, reader) : this.matchStatic(value);
    this.lastStamp = value.stamp;
    this.lastResult = result;
    return result;
  }

  /** The static segments (all of them for a pattern without variables), remembered by the value's text. */
  private matchStatic(value: ArnValue): boolean {
    if (value.raw !== this.staticRaw) {
      this.staticResult = this.computeStatic(value);
      this.staticRaw = value.raw;
    }
    return this.staticResult;
  }

  /** Static segments first; then the variable segments, remembered by the value's text and the variables' values. */
  private matchWithVariables(value: ArnValue, reader: ContextReader): boolean {
    if (!this.matchStatic(value)) return false;
    const refs = this.refs;
    const previous = this.variableValues;
    let same = previous !== null && value.raw === this.variableRaw;
    for (let i = 0; i < refs.length; i++) {
      const text = resolveRef(refs[i]!, reader);
      if (text === undefined) return false;
      if (same && previous![i] !== text) same = false;
    }
    if (same) return this.variableResult;
    const values: string[] = [];
    for (const ref of refs) values.push(resolveRef(ref, reader)!);
    this.variableResult = this.computeVariables(value, reader);
    this.variableRaw = value.raw;
    this.variableValues = values;
    return this.variableResult;
  }

  private computeStatic(value: ArnValue): boolean {
    const raw = value.raw;
    const head = this.literalHead;
    if (head !== null) {
      if (!raw.startsWith(head)) return false;
      const resource = this.globs[5];
      return resource == null || resource.testRange(raw, head.length, raw.length);
    }
    const starts = value.starts;
    if (!this.shaped || starts === null) return this.whole === null || this.whole.test(raw);
    const globs = this.globs;
    const count = globs.length;
    if (!this.open && count !== 6) return false;
    // The open last segment takes the rest of the value, colons included.
    const last = count - 1;
    const lastEnd = this.open ? raw.length : starts[6]! - 1;
    const exact = this.exact;
    for (let i = 0; i < count; i++) {
      const glob = globs[i];
      if (glob == null) continue;
      const text = exact[i];
      if (text !== undefined && !(this.open && i === last)) {
        // Most literal segments differ in length; compare text only when the lengths agree.
        const start = starts[i]!;
        if (starts[i + 1]! - 1 - start !== text.length || (text.length > 0 && !raw.startsWith(text, start)))
          return false;
      } else if (!glob.testRange(raw, starts[i]!, i === last ? lastEnd : starts[i + 1]! - 1)) return false;
    }
    return true;
  }

  private computeVariables(value: ArnValue, reader: ContextReader): boolean {
    const starts = value.starts;
    const raw = value.raw;
    if (!this.shaped || starts === null) return this.matchWhole(raw, reader);
    const globs = this.globs;
    const last = globs.length - 1;
    const lastEnd = this.open ? raw.length : starts[6]! - 1;
    for (let i = 0; i < globs.length; i++) {
      if (globs[i] != null) continue;
      const tokens = resolveTemplate(this.templates[i]!, reader);
      if (tokens === null || !matchTokens(tokens, raw, starts[i]!, i === last ? lastEnd : starts[i + 1]! - 1))
        return false;
    }
    return true;
  }

  private matchWhole(raw: string, reader: ContextReader): boolean {
    if (this.whole !== null) return this.whole.test(raw);
    const resolved: GlobToken[][] = [];
    for (const t of this.templates) {
      const tokens = resolveTemplate(t, reader);
      if (tokens === null) return false;
      resolved.push(tokens);
    }
    return matchTokens(joinSegments(resolved), raw);
  }
}

function joinSegments(segments: readonly (readonly GlobToken[])[]): GlobToken[] {
  const all: GlobToken[] = [];
  segments.forEach((tokens, i) => {
    if (i > 0) all.push(':');
    all.push(...tokens);
  });
  return all;
}

/** Splits at the first five colons that are not inside a `${...}` variable (analysis re-splits patterns with it). */
export function splitSegments(text: string, variables: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length && out.length < 5; i++) {
    const c = text[i];
    if (variables && c === '$' && text[i + 1] === '{') depth++;
    else if (depth > 0 && c === '}') depth--;
    else if (depth === 0 && c === ':') {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
