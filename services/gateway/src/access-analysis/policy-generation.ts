import type { UsedRequest } from '@iamgate/store';
import { resourcePatterns } from './resource-patterns.js';

/**
 * Actions audited for a principal that no policy grants: signing in and signing up are public, so a generated
 * policy leaves them out.
 */
const NOT_GRANTED_BY_POLICIES = new Set(['iamgate:signin', 'iamgate:signup']);

/** A generated policy and what it was built from. */
export interface GeneratedDocument {
  /** The policy document (JSON text, indented), or null when nothing was used. */
  document: string | null;
  /** Allowed calls it covers. */
  eventCount: number;
  /** Distinct action and resource pairs among them. */
  requestCount: number;
  /** Distinct actions, and their services. */
  actionCount: number;
  serviceCount: number;
}

/** `orders` → `Orders`, `access-analyzer` → `AccessAnalyzer`: a statement id part (Sids are alphanumeric). */
function sidOf(service: string): string {
  return service
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * An identity policy that allows the actions and resources used (IAM Access Analyzer's policy generation,
 * `access-analyzer-policy-generation.html`): per service, the actions used, each on the patterns of the resources
 * it was used on (`resourcePatterns`), actions with the same patterns sharing a statement. Statements are ordered by
 * service and first action, actions and resources sorted, so the same use generates the same text.
 */
export function generatedDocument(used: readonly UsedRequest[]): GeneratedDocument {
  const byAction = new Map<string, { resources: (string | null)[]; count: number }>();
  let eventCount = 0;
  let requestCount = 0;
  for (const request of used) {
    if (NOT_GRANTED_BY_POLICIES.has(request.action.toLowerCase()) || !request.action.includes(':')) continue;
    const entry = byAction.get(request.action) ?? { resources: [], count: 0 };
    entry.resources.push(request.resource);
    entry.count += request.count;
    byAction.set(request.action, entry);
    eventCount += request.count;
    requestCount += 1;
  }
  const byService = new Map<string, Map<string, string[]>>();
  for (const [action, { resources }] of byAction) {
    const service = action.slice(0, action.indexOf(':'));
    const patterns = resourcePatterns(resources);
    const key = JSON.stringify(patterns);
    const groups = byService.get(service) ?? new Map<string, string[]>();
    groups.set(key, [...(groups.get(key) ?? []), action]);
    byService.set(service, groups);
  }
  const statements: Record<string, unknown>[] = [];
  for (const service of [...byService.keys()].sort()) {
    const groups = [...(byService.get(service) as Map<string, string[]>)]
      .map(([key, actions]) => ({ resources: JSON.parse(key) as string[], actions: actions.sort() }))
      .sort((a, b) => (a.actions[0]! < b.actions[0]! ? -1 : 1));
    groups.forEach((group, i) => {
      statements.push({
        Sid: `${sidOf(service)}${i + 1}`,
        Effect: 'Allow',
        Action: group.actions,
        Resource: group.resources,
      });
    });
  }
  return {
    document:
      statements.length === 0
        ? null
        : JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2),
    eventCount,
    requestCount,
    actionCount: byAction.size,
    serviceCount: byService.size,
  };
}
