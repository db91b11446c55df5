/**
 * What a policy document allows and denies, per service, as AWS's console summarizes a policy: read from the
 * document's statements (the engine's findings say what is wrong with it; this says what it grants).
 */

/** What one statement does for one service. */
export interface ServiceGrant {
  effect: 'Allow' | 'Deny';
  /** The statement's `Sid`, or its position (`#1`). */
  statement: string;
  /** `All actions`, or the actions of this service the statement names (patterns kept as written). */
  actions: 'All actions' | string[];
  /** `NotAction`: every action of the service but these. */
  except: boolean;
  /** Resources as written; `NotResource` ones prefixed with `not `. */
  resources: string[];
  /** The condition keys the statement tests, with their operators: `StringEquals aws:username`. */
  conditions: string[];
}

/** One service's lines of the summary. */
export interface ServiceSummary {
  /** `iam`, `sts`, ..., or `All services` for `*` and for `NotAction`. */
  service: string;
  grants: ServiceGrant[];
}

export type SummaryResult =
  | { kind: 'summary'; services: ServiceSummary[] }
  | { kind: 'unreadable'; reason: string };

const ALL_SERVICES = 'All services';

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function serviceOf(action: string): string {
  if (action === '*') return ALL_SERVICES;
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon).toLowerCase();
}

function conditionsOf(condition: unknown): string[] {
  if (typeof condition !== 'object' || condition === null) return [];
  const out: string[] = [];
  for (const [operator, block] of Object.entries(condition)) {
    if (typeof block !== 'object' || block === null) continue;
    for (const key of Object.keys(block)) out.push(`${operator} ${key}`);
  }
  return out;
}

/** Summarizes a policy document given as JSON text. */
export function summarizePolicy(text: string): SummaryResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : 'not JSON' };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { kind: 'unreadable', reason: 'a policy is a JSON object' };
  }
  const raw = (document as Record<string, unknown>).Statement;
  const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const byService = new Map<string, ServiceGrant[]>();
  const add = (service: string, grant: ServiceGrant) => {
    const grants = byService.get(service) ?? [];
    grants.push(grant);
    byService.set(service, grants);
  };
  statements.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) return;
    const s = entry as Record<string, unknown>;
    const effect = s.Effect === 'Deny' ? 'Deny' : s.Effect === 'Allow' ? 'Allow' : undefined;
    if (effect === undefined) return;
    const base: Omit<ServiceGrant, 'actions' | 'except'> = {
      effect,
      statement: typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${index + 1}`,
      resources: [...list(s.Resource), ...list(s.NotResource).map((r) => `not ${r}`)],
      conditions: conditionsOf(s.Condition),
    };
    if (s.NotAction !== undefined) {
      add(ALL_SERVICES, { ...base, actions: list(s.NotAction), except: true });
      return;
    }
    const actions = list(s.Action);
    const services = new Map<string, string[]>();
    for (const action of actions) {
      const service = serviceOf(action);
      services.set(service, [...(services.get(service) ?? []), action]);
    }
    for (const [service, named] of services) {
      const all = service === ALL_SERVICES || named.some((a) => a.slice(a.indexOf(':') + 1) === '*');
      add(service, { ...base, actions: all ? 'All actions' : [...new Set(named)].sort(), except: false });
    }
  });
  const services = [...byService.entries()]
    .map(([service, grants]) => ({ service, grants }))
    .sort((a, b) =>
      a.service === ALL_SERVICES ? -1 : b.service === ALL_SERVICES ? 1 : a.service.localeCompare(b.service),
    );
  return { kind: 'summary', services };
}
