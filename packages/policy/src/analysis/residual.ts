/**
 * Partial evaluation of one statement: what is left of its `Resource`/`NotResource` and `Condition` once the keys
 * known in advance are read (`KnownContext`). A condition on known keys is decided with the engine's own compiled
 * condition (so it holds exactly when `evaluate` would say it holds); what depends on the resource or on the request
 * is kept, written in 2012-10-17 syntax with the known variables substituted (`substitute.ts`).
 */
import { evaluateConditions } from '../conditions/evaluate-conditions.js';
import { isNullValue } from '../context.js';
import type { ContextValue } from '../types.js';
import { isVariable, parseTemplate } from '../variables.js';
import { isResourceTagKey, type KnownContext } from './known-context.js';
import type { SourcedStatement } from './policy-source.js';
import { substituteArnPattern, substituteValue } from './substitute.js';
import type { ConditionSpec } from './types.js';

/** What is left of a statement's resource element. */
export interface ResidualResources {
  /** True when it applies to every resource (`Resource` lists `*`, or `NotResource` excludes nothing). */
  all: boolean;
  not: boolean;
  patterns: string[];
}

/** A condition that could not be decided in advance. */
export interface ResidualCondition extends ConditionSpec {
  /** Whether it reads the resource's tag (else the request's keys). */
  onResource: boolean;
}

/** What is left of a statement: null when it can never apply. */
export interface Residual {
  resources: ResidualResources;
  conditions: ResidualCondition[];
  /** Request keys the residual still reads (lowercased). */
  unknownKeys: Set<string>;
  /**
   * Known values the residual still needs: for parts that could not be written with them substituted (a principal
   * key compared with a request variable, a variable that would move an ARN's colons).
   */
  bindings: Record<string, ContextValue>;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The condition pairs of a statement's JSON, in the order the parser compiled them. */
function rawConditions(raw: Record<string, unknown>): { operator: string; key: string; values: unknown[] }[] {
  const out: { operator: string; key: string; values: unknown[] }[] = [];
  const block = raw.Condition as Record<string, Record<string, unknown>> | undefined;
  if (block === undefined) return out;
  for (const [operator, keys] of Object.entries(block)) {
    for (const [key, values] of Object.entries(keys)) out.push({ operator, key, values: list(values) });
  }
  return out;
}

/** The variable keys a condition value reads (lowercased). */
function variableKeys(values: readonly unknown[], variables: boolean): string[] {
  if (!variables) return [];
  const keys: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    for (const part of parseTemplate(v, { variables, wildcards: true }).parts)
      if (isVariable(part)) keys.push(part.key);
  }
  return keys;
}

class ResidualBuilder {
  readonly unknownKeys = new Set<string>();
  readonly bindings: Record<string, ContextValue> = {};

  constructor(
    private readonly known: KnownContext,
    private readonly variables: boolean,
  ) {}

  note(keys: readonly string[]): void {
    for (const key of keys) {
      const cls = this.known.classify(key);
      if (cls === 'unknown') this.unknownKeys.add(key);
      else if (cls === 'known') this.bind(key);
    }
  }

  bind(key: string): void {
    const value = this.known.reader.get(key);
    if (value !== undefined) this.bindings[key] = value;
  }

  /** An ARN pattern with known variables substituted; null when it matches nothing. */
  arn(text: string): string | null {
    const out = substituteArnPattern(text, this.variables, this.known.lookup);
    if (out.kind === 'never') return null;
    if (out.kind === 'text') {
      this.note(out.unknownKeys);
      return out.text;
    }
    // Kept as written, with the known values it reads carried along.
    this.note(variableKeys([text], this.variables));
    return text;
  }

  value(family: string, variant: string, v: unknown): string | null {
    if (family === 'Arn') return this.arn(String(v));
    if ((family === 'String' || family === 'Bool') && typeof v === 'string') {
      const out = substituteValue(v, this.variables, variant === 'like', this.known.lookup);
      if (out.kind === 'never') return null;
      if (out.kind === 'text') {
        this.note(out.unknownKeys);
        return out.text;
      }
    }
    return String(v);
  }
}

function resourcesOf(s: SourcedStatement, b: ResidualBuilder): ResidualResources | null {
  const not = Object.hasOwn(s.raw, 'NotResource') && s.raw.NotResource !== undefined;
  const patterns: string[] = [];
  for (const text of list(not ? s.raw.NotResource : s.raw.Resource)) {
    const out = b.arn(String(text));
    if (out !== null) patterns.push(out);
  }
  if (!not && patterns.length === 0) return null;
  const all = not ? patterns.length === 0 : patterns.includes('*');
  return { all, not, patterns: all ? [] : patterns };
}

/**
 * The residual of a statement of a layer without a resource of its own (identity, boundary, session, guardrail):
 * null when it can apply to no request of the principal.
 */
export function residualOf(s: SourcedStatement, known: KnownContext): Residual | null {
  if (s.statement.resources === null) return null;
  const b = new ResidualBuilder(known, s.variables);
  const resources = resourcesOf(s, b);
  if (resources === null) return null;
  const conditions: ResidualCondition[] = [];
  const raws = rawConditions(s.raw);
  const entries = s.statement.conditions;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const raw = raws[i]!;
    const cls = known.classify(entry.key);
    const varKeys = variableKeys(raw.values, s.variables);
    const decidable =
      cls === 'known' &&
      (isNullValue(entry.key, known.reader.get(entry.key)) ||
        varKeys.every((k) => known.classify(k) === 'known'));
    if (decidable) {
      if (!evaluateConditions([entry], known.reader)) return null;
      continue;
    }
    if (cls === 'unknown') b.unknownKeys.add(entry.key);
    if (cls === 'known') b.bind(entry.key);
    const { family, variant } = entry.parsed.spec;
    const values: string[] = [];
    for (const v of raw.values) {
      const out = b.value(family, variant, v);
      if (out !== null) values.push(out);
    }
    conditions.push({
      operator: raw.operator,
      key: raw.key,
      values,
      onResource: isResourceTagKey(entry.key),
    });
  }
  return { resources, conditions, unknownKeys: b.unknownKeys, bindings: b.bindings };
}
