/**
 * A plan condition as a list of nodes, root first, children by index: how GraphQL (which has no recursive
 * selections) carries it. `planFromNodes` reads such a list back, checking it, since it may come from anywhere.
 */
import { PolicyError } from '../errors.js';
import type { FlatPlanNode, PlanCondition, PlanKind, ResourcePlan } from './types.js';

function node(kind: FlatPlanNode['kind'], more: Partial<FlatPlanNode> = {}): FlatPlanNode {
  return {
    kind,
    children: [],
    patterns: [],
    accountId: null,
    operator: null,
    key: null,
    values: [],
    ...more,
  };
}

/**
 * The nodes of a plan's condition, root first (empty for a plan without one).
 *
 * @example
 * flattenPlan(plan); // [{ kind: 'and', children: [1, 2] ... }, { kind: 'account', ... }, { kind: 'arn', ... }]
 */
export function flattenPlan(plan: Pick<ResourcePlan, 'condition'>): FlatPlanNode[] {
  const out: FlatPlanNode[] = [];
  const visit = (c: PlanCondition): number => {
    const at = out.length;
    switch (c.kind) {
      case 'and':
      case 'or': {
        out.push(node(c.kind));
        out[at]!.children = c.nodes.map(visit);
        break;
      }
      case 'not':
        out.push(node('not'));
        out[at]!.children = [visit(c.node)];
        break;
      case 'arn':
        out.push(node('arn', { patterns: [...c.patterns] }));
        break;
      case 'account':
        out.push(node('account', { accountId: c.accountId }));
        break;
      case 'condition':
        out.push(node('condition', { operator: c.operator, key: c.key, values: [...c.values] }));
        break;
    }
    return at;
  };
  if (plan.condition !== undefined) visit(plan.condition);
  return out;
}

function invalid(message: string): never {
  throw new PolicyError('ERR_INVALID_ANALYSIS_INPUT', message);
}

/**
 * A plan from its kind and flat nodes (as `flattenPlan` wrote them). Each node may be used once and children must
 * come after their parent, so a list cannot describe a cycle; anything else is `ERR_INVALID_ANALYSIS_INPUT`.
 */
export function planFromNodes(plan: {
  kind: PlanKind;
  nodes: readonly FlatPlanNode[];
  unknownKeys?: readonly string[];
  bindings?: Record<string, string | number | boolean | (string | number | boolean)[]> | null;
}): ResourcePlan {
  const unknownKeys = [...(plan.unknownKeys ?? [])];
  if (plan.kind !== 'CONDITIONAL') return { kind: plan.kind, unknownKeys };
  const used = new Set<number>();
  const read = (at: number, parent: number): PlanCondition => {
    const n = plan.nodes[at];
    if (n === undefined || at <= parent || used.has(at)) invalid(`plan node ${at} is missing or reused`);
    used.add(at);
    switch (n.kind) {
      case 'and':
      case 'or':
        return { kind: n.kind, nodes: n.children.map((c) => read(c, at)) };
      case 'not':
        if (n.children.length !== 1) invalid(`plan node ${at}: \`not\` takes one child`);
        return { kind: 'not', node: read(n.children[0]!, at) };
      case 'arn':
        return { kind: 'arn', patterns: [...n.patterns] };
      case 'account':
        if (n.accountId == null) invalid(`plan node ${at}: \`account\` needs \`accountId\``);
        return { kind: 'account', accountId: n.accountId };
      case 'condition':
        if (n.operator == null || n.key == null)
          invalid(`plan node ${at}: a condition needs operator and key`);
        return { kind: 'condition', operator: n.operator, key: n.key, values: [...n.values] };
      default:
        return invalid(`plan node ${at} has an unknown kind`);
    }
  };
  const out: ResourcePlan = { kind: 'CONDITIONAL', condition: read(0, -1), unknownKeys };
  if (plan.bindings != null && Object.keys(plan.bindings).length > 0) out.bindings = { ...plan.bindings };
  return out;
}
