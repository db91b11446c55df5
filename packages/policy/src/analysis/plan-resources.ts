/**
 * `planResourceAccess`: which resources a principal may perform one action on, as a condition over the resource's
 * ARN and tags (Cerbos's `PlanResources`, docs.cerbos.dev/cerbos/latest/api/#resources-query-plan). It is the
 * engine's decision procedure (`decide.ts`) with the resource left open: every statement whose action matches is
 * reduced to what it says of the resource (`residual.ts`), and the layers are combined in AWS's order
 * (reference_policies_evaluation-logic_policy-eval-denyallow.html) without a resource-based policy:
 *
 *   not (any Deny applies) and (every guardrail level allows) and (the resource is in the principal's account)
 *   and (root, or: identity allows and the boundary allows and the session policies allow)
 *
 * A resource of another account needs its resource-based policy, which a plan over the principal's own policies
 * does not have: such resources are never in it.
 */
import { normalizeAction } from '../action-set.js';
import { splitSegments } from '../arn-pattern.js';
import { parsePrincipalCached } from '../principal.js';
import type { ContextValue } from '../types.js';
import { isVariable, parseTemplate } from '../variables.js';
import { type KeyClass, KnownContext } from './known-context.js';
import { and, arn, type Expr, FALSE, not, or, TRUE } from './plan-expression.js';
import { policySources, type SourcedPolicy, type SourcedStatement, statementsFor } from './policy-source.js';
import { type Residual, residualOf } from './residual.js';
import type { PlanCondition, PlanInput, ResourcePlan } from './types.js';

/** What a residual says of the resource. */
export function residualExpr(r: Residual): Expr {
  const resources = r.resources.all
    ? TRUE
    : r.resources.not
      ? not(arn(r.resources.patterns))
      : arn(r.resources.patterns);
  return and([
    resources,
    ...r.conditions.map(
      (c): Expr => ({ kind: 'condition', operator: c.operator, key: c.key, values: c.values }),
    ),
  ]);
}

/** The lowercased keys a plan condition reads, resource tags aside: condition keys and variables. */
export function keysOf(node: PlanCondition, into: Set<string> = new Set()): Set<string> {
  const variables = (texts: readonly string[]) => {
    for (const text of texts) {
      for (const part of parseTemplate(text, { variables: true, wildcards: true }).parts)
        if (isVariable(part)) into.add(part.key);
    }
  };
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const n of node.nodes) keysOf(n, into);
      break;
    case 'not':
      keysOf(node.node, into);
      break;
    case 'arn':
      variables(node.patterns);
      break;
    case 'condition':
      into.add(node.key.toLowerCase());
      variables(node.values);
      break;
    case 'account':
      break;
  }
  return into;
}

/** How `toPlan` reads the keys a condition still reads. */
export interface PlanKeys {
  classify(key: string): KeyClass;
  readonly reader: { get(key: string): ContextValue | undefined };
}

/** The plan of an expression: its kind, and the keys it still reads (unknown) or carries (bindings). */
export function toPlan(expr: Expr, keys: PlanKeys): ResourcePlan {
  if (expr.kind === 'true') return { kind: 'ALWAYS_ALLOWED', unknownKeys: [] };
  if (expr.kind === 'false') return { kind: 'ALWAYS_DENIED', unknownKeys: [] };
  const unknownKeys: string[] = [];
  const bindings: Record<string, ContextValue> = {};
  for (const key of keysOf(expr)) {
    const cls = keys.classify(key);
    if (cls === 'unknown') unknownKeys.push(key);
    else if (cls === 'known') {
      const value = keys.reader.get(key);
      if (value !== undefined) bindings[key] = value;
    }
  }
  const plan: ResourcePlan = { kind: 'CONDITIONAL', condition: expr, unknownKeys: unknownKeys.sort() };
  if (Object.keys(bindings).length > 0) plan.bindings = bindings;
  return plan;
}

/**
 * Whether every ARN an ARN pattern matches is of `account`: six segments and that literal account. (A value that is
 * no ARN could only match the pattern as a whole, and the pattern's five literal colons make it an ARN.)
 */
function pinsAccount(pattern: string, account: string): boolean {
  const segments = splitSegments(pattern, true);
  return pattern.startsWith('arn:') && segments.length === 6 && segments[4] === account;
}

/**
 * Which resources `principal` may perform `action` on with its own policies, as a plan.
 *
 * @example
 * planResourceAccess({
 *   principal: 'arn:iamgate:iam::111122223333:user/alice',
 *   action: 'orders:GetOrder',
 *   policies: { identity: [{ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'orders:GetOrder',
 *     Resource: 'arn:iamgate:orders::111122223333:order/*',
 *     Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } } } }] },
 * });
 * // { kind: 'CONDITIONAL', condition: { kind: 'and', nodes: [{ kind: 'account', ... }, { kind: 'arn', ... },
 * //   { kind: 'condition', operator: 'StringEquals', key: 'aws:ResourceTag/team', values: ['red'] }] }, ... }
 */
export function planResourceAccess(input: PlanInput): ResourcePlan {
  const known = new KnownContext(input.principal, input.context, input.absentKeys ?? 'unknown', true);
  const principal = parsePrincipalCached(input.principal);
  const { action } = normalizeAction(input.action);
  const sources = policySources(input.policies);
  const isRoot = principal.kind === 'Account';
  const guardrails = principal.kind === 'Service' ? [] : sources.guardrails;

  const applies = (s: SourcedStatement): Expr => {
    const r = residualOf(s, known);
    return r === null ? FALSE : residualExpr(r);
  };
  const matching = (policies: readonly SourcedPolicy[], effect: 'Allow' | 'Deny') =>
    statementsFor(policies, action).filter((s) => s.statement.effect === effect);
  const allows = (policies: readonly SourcedPolicy[]) => or(matching(policies, 'Allow').map(applies));

  // The root user's identity, boundary and session layers are not read at all (`decide.ts`, `scanLayers`).
  const denyLayers: SourcedPolicy[][] = [...guardrails];
  if (!isRoot) {
    denyLayers.push(sources.identity);
    if (sources.permissionsBoundary !== null) denyLayers.push(sources.permissionsBoundary);
    if (sources.session !== null) denyLayers.push(sources.session);
  }
  const denied = or(denyLayers.flatMap((layer) => matching(layer, 'Deny').map(applies)));
  const ownSide = isRoot
    ? TRUE
    : and([
        allows(sources.identity),
        sources.permissionsBoundary === null ? TRUE : allows(sources.permissionsBoundary),
        sources.session !== null
          ? allows(sources.session)
          : principal.kind === 'FederatedUser'
            ? FALSE
            : TRUE,
      ]);
  const account = principal.account;
  // Patterns that all name the principal's account already keep other accounts' resources out.
  const pinned =
    account !== undefined && (input.resourcePatterns?.every((p) => pinsAccount(p, account)) ?? false);
  const expr = and([
    not(denied),
    and(guardrails.map(allows)),
    account === undefined || pinned ? TRUE : { kind: 'account', accountId: account },
    ownSide,
    input.resourcePatterns === undefined ? TRUE : arn(input.resourcePatterns),
  ]);
  return toPlan(expr, known);
}
