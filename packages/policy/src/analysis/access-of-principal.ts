/**
 * `accessOfPrincipal`: per service, the actions a principal's own policies can allow, each with the statements that
 * can allow it (their resources and the conditions that bound them), the Deny statements that can take it away and
 * the narrowing layers (boundary, session policies, guardrails) that allow it only in part. An action is left out
 * when nothing can allow it: no identity Allow matches it, a narrowing layer has no Allow for it, or a Deny matches it
 * on every resource without condition. What a statement says is decided as far as the principal's own keys allow
 * (`residual.ts`), with the engine's compiled matchers, so that every request `evaluate` allows (without a
 * resource-based policy) is covered by a grant of its action.
 *
 * Actions of services the catalog defines are listed one by one; for any other service, the action patterns the
 * identity policies name (`s3:Get*`), with every statement whose actions can overlap the pattern.
 */
import { normalizeAction } from '../action-set.js';
import { parsePrincipalCached } from '../principal.js';
import type { CatalogService } from '../service-definitions/catalog.js';
import { patternsOverlap } from '../service-definitions/glob-overlap.js';
import { KnownContext } from './known-context.js';
import { policySources, type SourcedPolicy, type SourcedStatement } from './policy-source.js';
import { residualOf } from './residual.js';
import type {
  AccessAnalysisInput,
  ActionAccess,
  LayerLimit,
  PrincipalAccess,
  ServiceAccess,
  StatementScope,
} from './types.js';

/** How a statement relates to the actions asked about. */
interface ActionQuery {
  /** Whether the statement can apply to one of the actions. */
  can(s: SourcedStatement): boolean;
  /** Whether it surely applies to every one of them. */
  all(s: SourcedStatement): boolean;
}

function patternsOf(s: SourcedStatement): { not: boolean; patterns: string[] } {
  const not = s.raw.NotAction !== undefined;
  const value = not ? s.raw.NotAction : s.raw.Action;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return { not, patterns: list.map((p) => String(p).toLowerCase()) };
}

/** One action of the catalog: the engine's own action matching. */
function exactAction(action: string): ActionQuery {
  const lower = normalizeAction(action).action;
  const can = (s: SourcedStatement) => s.statement.actions?.matches(lower) === true;
  return { can, all: can };
}

/** An action pattern: overlap of globs for "can", an obvious superset for "all". */
function actionPattern(pattern: string): ActionQuery {
  const lower = pattern.toLowerCase();
  const service = lower.slice(0, Math.max(lower.indexOf(':'), 0));
  return {
    can(s) {
      if (s.statement.actions === null) return false;
      const { not, patterns } = patternsOf(s);
      return not || patterns.some((p) => patternsOverlap(p, lower));
    },
    all(s) {
      if (s.statement.actions === null) return false;
      const { not, patterns } = patternsOf(s);
      return (
        !not &&
        patterns.some(
          (p) =>
            p === '*' || p === lower || (service !== '' && !/[*?]/.test(service) && p === `${service}:*`),
        )
      );
    },
  };
}

const ROOT_GRANT: StatementScope = {
  statement: { layer: 'identity', policyId: 'root', index: 0, effect: 'Allow' },
  resources: ['*'],
  notResource: false,
  conditions: [],
};

class Analysis {
  private readonly known: KnownContext;
  private readonly sources: ReturnType<typeof policySources>;
  private readonly kind: string;

  constructor(private readonly input: AccessAnalysisInput) {
    this.known = new KnownContext(input.principal, input.context, 'unknown', true);
    this.sources = policySources(input.policies);
    this.kind = parsePrincipalCached(input.principal).kind;
  }

  private scopes(policies: readonly SourcedPolicy[], effect: 'Allow' | 'Deny', q: ActionQuery) {
    const out: { scope: StatementScope; whole: boolean }[] = [];
    for (const p of policies) {
      for (const s of p.statements) {
        if (s.statement.effect !== effect || !q.can(s)) continue;
        const r = residualOf(s, this.known);
        if (r === null) continue;
        const statement: StatementScope['statement'] = {
          layer: s.layer,
          policyId: s.policyId,
          index: s.statement.index,
          effect,
        };
        if (s.statement.sid !== undefined) statement.sid = s.statement.sid;
        const scope: StatementScope = {
          statement,
          resources: r.resources.all ? ['*'] : r.resources.patterns,
          notResource: !r.resources.all && r.resources.not,
          conditions: r.conditions.map(({ operator, key, values }) => ({ operator, key, values })),
        };
        out.push({ scope, whole: r.resources.all && r.conditions.length === 0 && q.all(s) });
      }
    }
    return out;
  }

  /** The access to one action or pattern, or undefined when nothing can allow it. */
  access(
    action: string,
    pattern: boolean,
    q: ActionQuery,
    resourceTypes: string[],
  ): ActionAccess | undefined {
    const root = this.kind === 'Account';
    const guardrails = this.kind === 'Service' ? [] : this.sources.guardrails;
    const grants = root ? [ROOT_GRANT] : this.scopes(this.sources.identity, 'Allow', q).map((g) => g.scope);
    if (grants.length === 0) return undefined;
    const denyLayers = [...guardrails];
    if (!root) {
      denyLayers.push(this.sources.identity);
      if (this.sources.permissionsBoundary !== null) denyLayers.push(this.sources.permissionsBoundary);
      if (this.sources.session !== null) denyLayers.push(this.sources.session);
    }
    const denies = denyLayers.flatMap((layer) => this.scopes(layer, 'Deny', q));
    if (denies.some((d) => d.whole)) return undefined;
    const limits: LayerLimit[] = [];
    const narrowing: { layer: LayerLimit['layer']; level?: number; policies: SourcedPolicy[] }[] =
      guardrails.map((policies, level) => ({ layer: 'guardrail', level, policies }));
    if (!root && this.sources.permissionsBoundary !== null)
      narrowing.push({ layer: 'permissionsBoundary', policies: this.sources.permissionsBoundary });
    if (!root && this.sources.session !== null)
      narrowing.push({ layer: 'session', policies: this.sources.session });
    // A federated-user session without session policies has no permissions of its own (`decide.ts`).
    if (!root && this.sources.session === null && this.kind === 'FederatedUser') return undefined;
    for (const n of narrowing) {
      const allows = this.scopes(n.policies, 'Allow', q);
      if (allows.length === 0) return undefined;
      if (allows.some((a) => a.whole)) continue;
      const limit: LayerLimit = { layer: n.layer, allows: allows.map((a) => a.scope) };
      if (n.level !== undefined) limit.level = n.level;
      limits.push(limit);
    }
    return { action, pattern, resourceTypes, grants, denies: denies.map((d) => d.scope), limits };
  }

  private catalogService(service: CatalogService): ServiceAccess {
    const actions: ActionAccess[] = [];
    for (const definition of service.actions.values()) {
      const name = `${service.prefix}:${definition.Name}`;
      const types = (definition.Resources ?? []).map((r) => r.Name);
      const found = this.access(name, false, exactAction(name), types);
      if (found !== undefined) actions.push(found);
    }
    actions.sort((a, b) => a.action.localeCompare(b.action));
    return { service: service.prefix, inCatalog: true, actions };
  }

  /** The action patterns of the identity Allows (or `*` for root and `NotAction`), by service, outside the catalog. */
  private namedPatterns(): Map<string, Set<string>> {
    const byService = new Map<string, Set<string>>();
    const add = (service: string, pattern: string) => {
      const set = byService.get(service) ?? new Set<string>();
      set.add(pattern);
      byService.set(service, set);
    };
    if (this.kind === 'Account') add('*', '*');
    for (const p of this.sources.identity) {
      for (const s of p.statements) {
        if (s.statement.effect !== 'Allow' || s.statement.actions === null) continue;
        const { not, patterns } = patternsOf(s);
        if (not) {
          add('*', '*');
          continue;
        }
        const raw = s.raw.Action;
        const written = (Array.isArray(raw) ? raw : [raw]).map(String);
        written.forEach((text, i) => {
          const lower = patterns[i]!;
          const colon = lower.indexOf(':');
          const service = colon < 0 ? '*' : lower.slice(0, colon);
          if (/[*?]/.test(service)) add('*', text);
          else if (this.input.services?.service(service) === undefined) add(service, text);
        });
      }
    }
    return byService;
  }

  run(): PrincipalAccess {
    const wanted = this.input.service?.toLowerCase();
    const services: ServiceAccess[] = [];
    const catalog = this.input.services;
    for (const prefix of catalog?.prefixes() ?? []) {
      if (wanted !== undefined && prefix.toLowerCase() !== wanted) continue;
      const service = catalog!.service(prefix)!;
      const found = this.catalogService(service);
      if (found.actions.length > 0) services.push(found);
    }
    for (const [service, patterns] of this.namedPatterns()) {
      if (wanted !== undefined && service !== wanted && service !== '*') continue;
      const actions: ActionAccess[] = [];
      for (const pattern of [...patterns].sort()) {
        const found = this.access(pattern, true, actionPattern(pattern), []);
        if (found !== undefined) actions.push(found);
      }
      if (actions.length > 0) services.push({ service, inCatalog: false, actions });
    }
    services.sort((a, b) => a.service.localeCompare(b.service));
    return { principal: this.input.principal, services };
  }
}

/**
 * What a principal's own policies can allow, per service (see the module comment). Requests about resources of
 * other accounts also need those resources' resource-based policies, and same-account resource policies can grant
 * more: neither is part of this answer.
 *
 * @example
 * accessOfPrincipal({ principal: aliceArn, policies, context: { 'aws:PrincipalTag/team': 'red' }, services });
 * // { principal, services: [{ service: 'orders', inCatalog: true, actions: [{ action: 'orders:GetOrder',
 * //   grants: [{ resources: ['arn:iamgate:orders::111122223333:order/*'], conditions: [...] }], ... }] }] }
 */
export function accessOfPrincipal(input: AccessAnalysisInput): PrincipalAccess {
  return new Analysis(input).run();
}
