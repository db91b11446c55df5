/**
 * A principal's policies as analysis reads them: per layer, the policies the engine can use (resolved and compiled
 * through the same cache as `evaluate`, named as decisions name them), each statement with the JSON it was compiled
 * from (the analysis shows patterns and conditions as written).
 */
import type { CompiledPolicy, CompiledStatement } from '../compile.js';
import { resolvePolicy } from '../policy-set.js';
import type { Layer, RequestPolicies } from '../types.js';

/** A statement of a usable policy, with where it is and the JSON it came from. */
export interface SourcedStatement {
  layer: Layer;
  /** The guardrail level (0 outermost). */
  level?: number;
  policyId: string;
  statement: CompiledStatement;
  raw: Record<string, unknown>;
  /** Whether `${...}` are variables in it (`"Version": "2012-10-17"`). */
  variables: boolean;
}

/** One usable policy of a layer. */
export interface SourcedPolicy {
  layer: Layer;
  level?: number;
  id: string;
  policy: CompiledPolicy;
  statements: SourcedStatement[];
}

/** The layers of a principal's policies: null for a layer that does not apply (no boundary, no session policies). */
export interface PolicySources {
  identity: SourcedPolicy[];
  permissionsBoundary: SourcedPolicy[] | null;
  session: SourcedPolicy[] | null;
  guardrails: SourcedPolicy[][];
}

const rawByPolicy = new WeakMap<CompiledPolicy, Record<string, unknown>[]>();

function documentOf(input: unknown): unknown {
  const document =
    typeof input === 'object' && input !== null && 'document' in input && !('Statement' in input)
      ? (input as { document: unknown }).document
      : input;
  return typeof document === 'string' ? JSON.parse(document) : document;
}

function rawStatements(policy: CompiledPolicy, input: unknown): Record<string, unknown>[] {
  let list = rawByPolicy.get(policy);
  if (list === undefined) {
    const statement = (documentOf(input) as { Statement: unknown }).Statement;
    list = (Array.isArray(statement) ? statement : [statement]) as Record<string, unknown>[];
    rawByPolicy.set(policy, list);
  }
  return list;
}

function source(inputs: readonly unknown[], prefix: string, layer: Layer, level?: number): SourcedPolicy[] {
  const out: SourcedPolicy[] = [];
  inputs.forEach((input, i) => {
    const fallback = layer === 'permissionsBoundary' ? 'permissionsBoundary[0]' : `${prefix}[${i}]`;
    const resolved = resolvePolicy(input, fallback);
    if (resolved.policy === undefined) return;
    const raw = rawStatements(resolved.policy, input);
    const variables = resolved.policy.version === '2012-10-17';
    const at = level === undefined ? {} : { level };
    out.push({
      layer,
      ...at,
      id: resolved.id,
      policy: resolved.policy,
      statements: resolved.policy.statements.map((statement) => ({
        layer,
        ...at,
        policyId: resolved.id,
        statement,
        raw: raw[statement.index] ?? {},
        variables,
      })),
    });
  });
  return out;
}

/** The usable policies of each layer (an unusable policy grants and denies nothing, as in `evaluate`). */
export function policySources(policies: Omit<RequestPolicies, 'resource'>): PolicySources {
  return {
    identity: source(policies.identity ?? [], 'identity', 'identity'),
    permissionsBoundary:
      policies.permissionsBoundary == null
        ? null
        : source([policies.permissionsBoundary], 'permissionsBoundary', 'permissionsBoundary'),
    session:
      policies.session == null || policies.session.length === 0
        ? null
        : source(policies.session, 'session', 'session'),
    guardrails: (policies.guardrails ?? []).map((level, l) =>
      source(level, `guardrail[${l}]`, 'guardrail', l),
    ),
  };
}

/** The statements of `policies` whose `Action`/`NotAction` matches `action` (lowercased), in order. */
export function statementsFor(policies: readonly SourcedPolicy[], action: string): SourcedStatement[] {
  const out: SourcedStatement[] = [];
  for (const p of policies) {
    for (const s of p.statements) if (s.statement.actions?.matches(action) === true) out.push(s);
  }
  return out;
}
