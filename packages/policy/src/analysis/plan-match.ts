/**
 * Applying a plan to a resource with the engine's own matchers: `arn` patterns are the engine's `ArnPattern`s and
 * `condition`s its compiled conditions, read against the resource's tags (`aws:ResourceTag/<key>`), the request keys
 * given and the plan's bindings. So a plan decides a resource exactly as `evaluate` would.
 */
import { ArnPattern, ArnValue } from '../arn-pattern.js';
import { type ConditionEntry, evaluateConditions } from '../conditions/evaluate-conditions.js';
import { parseOperator } from '../conditions/operators.js';
import { RequestContext, readContext } from '../context.js';
import { PolicyError } from '../errors.js';
import { parseConditions } from '../parse/condition-element.js';
import { Findings } from '../parse/findings.js';
import { parsePrincipal } from '../principal.js';
import type { ContextValue } from '../types.js';
import type { ContextReader } from '../variables.js';
import { and, arn as arnExpr, type Expr, FALSE, not, or, TRUE } from './plan-expression.js';
import { toPlan } from './plan-resources.js';
import { escapeLiteral, type KeyLookup, substituteArnPattern, substituteValue } from './substitute.js';
import type { PlanCondition, PlanResource, ResourcePlan } from './types.js';

/** A principal that derives no key: a plan's reader only knows what it is given. */
const NOBODY = parsePrincipal('');

const compiled = new Map<string, ConditionEntry | null>();
const COMPILED_LIMIT = 4096;

/** The engine's compiled form of a plan condition (null when it is not a valid condition). */
function conditionEntry(node: Extract<PlanCondition, { kind: 'condition' }>): ConditionEntry | null {
  const id = JSON.stringify([node.operator, node.key, node.values]);
  let entry = compiled.get(id);
  if (entry === undefined) {
    const findings = new Findings();
    const statement = { Condition: { [node.operator]: { [node.key]: node.values } } };
    const [first] = parseConditions(statement, [], true, findings);
    entry = findings.hasErrors || first === undefined ? null : first;
    if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
    compiled.set(id, entry);
  }
  return entry;
}

function readerOf(
  plan: ResourcePlan,
  context: Readonly<Record<string, ContextValue>> | undefined,
  tags: Readonly<Record<string, string>> | undefined,
): RequestContext {
  const all: Record<string, ContextValue> = {};
  for (const [key, value] of Object.entries(context ?? {})) {
    if (!key.toLowerCase().startsWith('aws:resourcetag/')) all[key] = value;
  }
  for (const [key, value] of Object.entries(tags ?? {})) all[`aws:ResourceTag/${key}`] = value;
  Object.assign(all, plan.bindings ?? {});
  const entries = readContext(all);
  if (typeof entries === 'string') throw new PolicyError('ERR_INVALID_ANALYSIS_INPUT', entries);
  return new RequestContext(NOBODY, entries);
}

function holds(node: PlanCondition, value: ArnValue, reader: ContextReader): boolean {
  switch (node.kind) {
    case 'and':
      return node.nodes.every((n) => holds(n, value, reader));
    case 'or':
      return node.nodes.some((n) => holds(n, value, reader));
    case 'not':
      return !holds(node.node, value, reader);
    case 'arn':
      return node.patterns.some((p) => ArnPattern.compile(p, true).matches(value, reader));
    case 'account': {
      const account = value.account();
      return account === undefined || account === node.accountId;
    }
    case 'condition': {
      const entry = conditionEntry(node);
      return entry !== null && evaluateConditions([entry], reader);
    }
  }
}

function requireContext(plan: ResourcePlan, context: unknown): void {
  if (plan.unknownKeys.length > 0 && context === undefined) {
    throw new PolicyError(
      'ERR_PLAN_NOT_BOUND',
      `the plan depends on the request keys ${plan.unknownKeys.map((k) => `\`${k}\``).join(', ')}: give the request context`,
    );
  }
}

/**
 * Whether the plan allows the action on `resource`. A plan with `unknownKeys` needs the request's `context` (keys
 * it lacks count as absent, as in `evaluate`): without one it throws `PolicyError` `ERR_PLAN_NOT_BOUND`.
 *
 * @example
 * planAllows(plan, { arn: 'arn:iamgate:orders::111122223333:order/7', tags: { team: 'red' } }); // true
 */
export function planAllows(
  plan: ResourcePlan,
  resource: PlanResource,
  context?: Readonly<Record<string, ContextValue>>,
): boolean {
  if (plan.kind !== 'CONDITIONAL' || plan.condition === undefined) return plan.kind === 'ALWAYS_ALLOWED';
  requireContext(plan, context);
  return holds(plan.condition, new ArnValue(resource.arn), readerOf(plan, context, resource.tags));
}

function bindNode(node: PlanCondition, reader: ContextReader, lookup: KeyLookup): Expr {
  switch (node.kind) {
    case 'and':
      return and(node.nodes.map((n) => bindNode(n, reader, lookup)));
    case 'or':
      return or(node.nodes.map((n) => bindNode(n, reader, lookup)));
    case 'not':
      return not(bindNode(node.node, reader, lookup));
    case 'account':
      return node;
    case 'arn': {
      const patterns: string[] = [];
      for (const p of node.patterns) {
        const out = substituteArnPattern(p, true, lookup);
        if (out.kind === 'text') patterns.push(out.text);
        else if (out.kind === 'unsupported') patterns.push(p);
      }
      return arnExpr(patterns);
    }
    case 'condition': {
      if (!node.key.toLowerCase().startsWith('aws:resourcetag/')) {
        const entry = conditionEntry(node);
        return entry !== null && evaluateConditions([entry], reader) ? TRUE : FALSE;
      }
      const spec = parseOperator(node.operator)?.spec;
      if (spec === undefined || !['String', 'Bool', 'Arn'].includes(spec.family)) return node;
      const values: string[] = [];
      for (const v of node.values) {
        const out =
          spec.family === 'Arn'
            ? substituteArnPattern(v, true, lookup)
            : substituteValue(v, true, spec.variant === 'like', lookup);
        if (out.kind === 'text') values.push(out.text);
        else if (out.kind === 'unsupported') values.push(v);
      }
      return { ...node, values };
    }
  }
}

/**
 * The plan with the request's keys applied: conditions on request keys decided, variables substituted, so that what
 * is left reads the resource alone (`unknownKeys` empty, no `bindings`), ready to become a query. Keys `context`
 * lacks count as absent.
 *
 * @example
 * const bound = bindPlan(plan, { 'aws:SourceIp': '10.0.0.7' });
 */
export function bindPlan(
  plan: ResourcePlan,
  context: Readonly<Record<string, ContextValue>> = {},
): ResourcePlan {
  if (plan.kind !== 'CONDITIONAL' || plan.condition === undefined) return plan;
  const reader = readerOf(plan, context, undefined);
  const resource = (key: string) => key.startsWith('aws:resourcetag/');
  const lookup: KeyLookup = (key) =>
    resource(key) ? { known: false } : { known: true, value: reader.get(key) };
  return toPlan(bindNode(plan.condition, reader, lookup), {
    classify: (key) => (resource(key) ? 'resource' : 'known'),
    reader,
  });
}

/** `text` as a literal in a 2012-10-17 `StringLike` value or ARN pattern (for adapters that build patterns). */
export function literalPattern(text: string): string {
  return escapeLiteral(text, true);
}
