/**
 * Building plan conditions with constants folded as they are built: `and` and `or` flatten, drop neutral members,
 * short-circuit on absorbing ones and drop duplicates; the `arn` members of an `or` merge into one. So a plan
 * reduces to `true` or `false` whenever its policies leave nothing to decide per resource.
 */
import type { PlanCondition } from './types.js';

/** A plan condition, or a constant. */
export type Expr = PlanCondition | { kind: 'true' } | { kind: 'false' };

export const TRUE: Expr = Object.freeze({ kind: 'true' });
export const FALSE: Expr = Object.freeze({ kind: 'false' });

function keyOf(e: Expr): string {
  return JSON.stringify(e);
}

function dedupe(nodes: readonly PlanCondition[]): PlanCondition[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const k = keyOf(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** All of `members`. */
export function and(members: readonly Expr[]): Expr {
  const nodes: PlanCondition[] = [];
  for (const m of members) {
    if (m.kind === 'false') return FALSE;
    if (m.kind === 'true') continue;
    if (m.kind === 'and') nodes.push(...m.nodes);
    else nodes.push(m);
  }
  const unique = dedupe(nodes);
  if (unique.length === 0) return TRUE;
  return unique.length === 1 ? unique[0]! : { kind: 'and', nodes: unique };
}

/** Any of `members`. */
export function or(members: readonly Expr[]): Expr {
  const nodes: PlanCondition[] = [];
  const patterns: string[] = [];
  for (const m of members) {
    if (m.kind === 'true') return TRUE;
    if (m.kind === 'false') continue;
    const parts = m.kind === 'or' ? m.nodes : [m];
    for (const p of parts) {
      if (p.kind === 'arn') patterns.push(...p.patterns);
      else nodes.push(p);
    }
  }
  if (patterns.length > 0) nodes.unshift(arn(patterns) as PlanCondition);
  const unique = dedupe(nodes);
  if (unique.length === 0) return FALSE;
  return unique.length === 1 ? unique[0]! : { kind: 'or', nodes: unique };
}

/** Not `member`. */
export function not(member: Expr): Expr {
  if (member.kind === 'true') return FALSE;
  if (member.kind === 'false') return TRUE;
  if (member.kind === 'not') return member.node;
  return { kind: 'not', node: member };
}

/** The resource ARN matches one of `patterns`; `*` matches everything. */
export function arn(patterns: readonly string[]): Expr {
  if (patterns.includes('*')) return TRUE;
  const unique = [...new Set(patterns)];
  return unique.length === 0 ? FALSE : { kind: 'arn', patterns: unique };
}
