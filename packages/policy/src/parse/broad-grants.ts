/**
 * The two grants IAM's best practices warn about most (`IAM/latest/UserGuide/best-practices.html#grant-least-privilege`,
 * `id_roles_use_passrole.html`): every action on every resource, and `iam:PassRole` on every role, which lets the
 * holder hand any role, an administrator's included, to a workload it controls.
 */
import type { PolicyKind } from '../types.js';
import { matchesWildcard } from '../wildcard.js';
import type { Findings, PathSegment } from './findings.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The kinds whose grants are real grants (boundaries, session policies and guardrails only cap). */
const GRANTING = new Set<PolicyKind>(['identity', 'resource']);

function statements(document: unknown): [Json, PathSegment[]][] {
  if (!isObject(document)) return [];
  const s = document.Statement;
  if (isObject(s)) return [[s, ['Statement']]];
  return Array.isArray(s)
    ? s.flatMap((x, i) => (isObject(x) ? [[x, ['Statement', i]] as [Json, PathSegment[]]] : []))
    : [];
}

/** Adds `ALLOW_ALL_ACTIONS_ALL_RESOURCES` and `PASS_ROLE_ALL_RESOURCES` for the granting kinds. */
export function checkBroadGrants(kind: PolicyKind, document: unknown, findings: Findings): void {
  if (!GRANTING.has(kind)) return;
  for (const [statement, path] of statements(document)) {
    if (statement.Effect !== 'Allow' || !('Action' in statement) || !list(statement.Resource).includes('*'))
      continue;
    const actions = list(statement.Action);
    if (actions.some((a) => a === '*' || a === '*:*')) {
      findings.add(
        'SECURITY_WARNING',
        'ALLOW_ALL_ACTIONS_ALL_RESOURCES',
        [...path, 'Action'],
        '`Allow` of every action on every resource: full administrator access; grant only what is needed',
      );
    } else if (actions.some((a) => matchesWildcard(a, 'iam:PassRole', { caseInsensitive: true }))) {
      findings.add(
        'SECURITY_WARNING',
        'PASS_ROLE_ALL_RESOURCES',
        [...path, 'Resource'],
        '`iam:PassRole` on every resource lets the holder give any role, an administrator role included, to a ' +
          'workload it controls; name the roles it may pass',
      );
    }
  }
}
