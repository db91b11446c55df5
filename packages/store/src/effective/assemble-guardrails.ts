import type { Row } from './assemble.js';
import type { EffectivePolicies, EffectivePolicy } from './types.js';

/**
 * The guardrail levels and organization of the effective-policy rows (`guardrail-sql.ts`): levels from the root
 * (deepest) down to the account (depth 0), each with its policies by name; a level without policies stays, empty.
 */
export function assembleGuardrails(
  rows: readonly Row[],
): Pick<EffectivePolicies, 'guardrails' | 'organization'> {
  const levels = new Map<number, EffectivePolicy[]>();
  let organization: EffectivePolicies['organization'] = null;
  for (const r of rows) {
    if (r.part === 'organization') {
      const extra = JSON.parse(r.extra ?? '{}') as { managementAccountId?: string; path?: string | null };
      const id = r.owner_name ?? '';
      organization = {
        id,
        managementAccountId: extra.managementAccountId ?? '',
        path: `${id}/${extra.path ? `${extra.path}/` : ''}`,
      };
    } else if (r.part === 'guardrailLevel') {
      const depth = Number(r.policy_path);
      if (!levels.has(depth)) levels.set(depth, []);
    }
  }
  for (const r of rows) {
    if (r.part !== 'guardrail') continue;
    const depth = Number(r.policy_path);
    const policyId = r.version_id ?? '';
    const targetId = r.owner_name ?? '';
    const level = levels.get(depth) ?? [];
    level.push({
      id: `guardrail/${targetId}/${policyId}`,
      document: r.document ?? '',
      source: { type: 'guardrail', policyId, policyName: r.policy_name ?? '', targetId },
    });
    levels.set(depth, level);
  }
  const guardrails = [...levels.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, policies]) => policies.sort((x, y) => x.id.localeCompare(y.id)));
  return { guardrails, organization };
}
