import { evaluate, parsePolicy, resourceArnMatches } from '@iamgate/policy';
import { canonicalJson, findingId } from './finding-id.js';
import {
  accountOfPrincipal,
  arnProbes,
  concretize,
  everyoneProbes,
  inOrganizations,
  type Probe,
} from './outside-probes.js';
import {
  type ConditionEntry,
  conditionEntries,
  hasOnlyFixedConditions,
  withFixedConditionsOnly,
} from './statement-conditions.js';
import type { ZoneOfTrust } from './zone-of-trust.js';

/** What kind of policy a finding is about. */
export type AnalyzedPolicyKind = 'ROLE_TRUST_POLICY' | 'RESOURCE_POLICY';

/** A resource-based policy to analyze: a role's trust policy or a stored resource policy, as shown (JSON text). */
export interface AnalyzedPolicy {
  kind: AnalyzedPolicyKind;
  /** The role's ARN, or the stored policy's resource ARN or pattern. */
  resourceArn: string;
  document: string;
}

/** A principal a statement names, as written (`AWS`, `Federated`, `CanonicalUser`). */
export interface ExternalPrincipal {
  type: string;
  value: string;
}

/** One statement that gives principals outside the zone of trust access (Access Analyzer's external access finding). */
export interface ExternalAccessFinding {
  /** Stable: a hash of the resource and the statement (see `findingId`). */
  id: string;
  kind: AnalyzedPolicyKind;
  resourceArn: string;
  /** JSON pointer of the statement in the document (`/Statement/0`). */
  statementPath: string;
  /** The statement's position in `Statement` (0 when it is a single object). */
  statementIndex: number;
  sid: string | null;
  /** The outsiders it admits, as the statement names them (`*` for everyone, and for `NotPrincipal`). */
  principals: ExternalPrincipal[];
  /** The actions it lets them perform, as written (`*` for a `NotAction` statement). */
  actions: string[];
  /** The statement's conditions, as written. */
  conditions: ConditionEntry[];
  /** Whether conditions narrow it (an external id, a source address...); they do not keep outsiders out. */
  limitedByConditions: boolean;
  /** Whether anyone at all is admitted, without conditions. */
  isPublic: boolean;
}

const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
const ANY_ACTION = 'iamgate-access-analysis:AnyAction';

type Json = Record<string, unknown>;

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

function statementsOf(document: string): { statement: Json; path: string }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return [];
  }
  const statements = (parsed as { Statement?: unknown } | null)?.Statement;
  if (Array.isArray(statements)) {
    return statements.map((statement, i) => ({ statement: statement as Json, path: `/Statement/${i}` }));
  }
  return statements !== null && typeof statements === 'object'
    ? [{ statement: statements as Json, path: '/Statement' }]
    : [];
}

/** The principals of an Allow statement that lie outside the zone, each with the callers that stand for it. */
function outsiders(
  statement: Json,
  entries: readonly ConditionEntry[],
  zone: ZoneOfTrust,
  partition: string,
): { principal: ExternalPrincipal; probes: Probe[] }[] {
  const element = statement.Principal ?? statement.NotPrincipal;
  const everyone = () => ({
    principal: { type: 'AWS', value: '*' },
    probes: everyoneProbes(partition, entries, zone),
  });
  if (statement.NotPrincipal !== undefined || element === '*') return [everyone()];
  if (element === null || typeof element !== 'object') return [];
  const out: { principal: ExternalPrincipal; probes: Probe[] }[] = [];
  for (const [type, values] of Object.entries(element as Json)) {
    for (const value of strings(values)) {
      if (type === 'AWS' && value === '*') out.push(everyone());
      else if (type === 'AWS') {
        // Unique ids are shown only once their entity is deleted: they name nobody.
        const account = accountOfPrincipal(value);
        if (account === undefined || zone.accounts.has(account)) continue;
        const probes = /^\d{12}$/.test(value)
          ? arnProbes(partition, `arn:${partition}:iam::${value}:root`)
          : arnProbes(partition, value);
        out.push({ principal: { type, value }, probes });
      } else if (type === 'Federated' || type === 'CanonicalUser') {
        // Identities of an outside identity provider: never inside the zone.
        out.push({ principal: { type, value }, probes: [{ principal: value, context: {} }] });
      }
      // Service principals are the installation's own workloads, as AWS's service principals are AWS's.
    }
  }
  return out;
}

/** Concrete values the statement's actions and the policy's resource stand for, to put to the engine. */
function probeActions(statement: Json): { written: string; probe: string }[] {
  if (statement.NotAction !== undefined) return [{ written: '*', probe: ANY_ACTION }];
  return strings(statement.Action).map((written) => ({
    written,
    probe: written === '*' ? ANY_ACTION : concretize(written),
  }));
}

function probeResources(policy: AnalyzedPolicy, statement: Json): string[] {
  if (policy.kind === 'ROLE_TRUST_POLICY') return [policy.resourceArn];
  const own = concretize(policy.resourceArn);
  const more = strings(statement.Resource)
    .map(concretize)
    .filter((r) => r !== own && resourceArnMatches(policy.resourceArn, r));
  return [own, ...more];
}

/**
 * The policy as an outsider must meet it: Allow statements keep only their conditions on keys the caller cannot
 * choose (`withFixedConditionsOnly`); Deny statements are kept only when the caller cannot avoid their conditions
 * either. Returns the document and where each kept statement went.
 */
function asOutsiderMeetsIt(statements: readonly { statement: Json }[]): {
  document: string;
  at: Map<number, number>;
} {
  const kept: Json[] = [];
  const at = new Map<number, number>();
  statements.forEach(({ statement }, i) => {
    if (statement.Effect === 'Allow') {
      at.set(i, kept.length);
      kept.push(withFixedConditionsOnly(statement));
    } else if (hasOnlyFixedConditions(statement)) kept.push(statement);
  });
  return { document: JSON.stringify({ Version: '2012-10-17', Statement: kept }), at };
}

/**
 * The external access findings of resource-based policies (IAM Access Analyzer's, `access-analyzer-findings.html`):
 * each Allow statement that admits a principal outside the zone of trust, decided by the policy engine itself. A
 * statement's outsiders (other accounts' principals, `*`, federated identities) are put to `evaluate` as probe
 * callers, with the keys their identity fixes (account, ARN, organization: none, another one, or one the conditions
 * name) and the policy reduced to what such a caller must meet; whatever else a condition asks is the caller's to
 * supply, so it narrows the finding without preventing it. A statement admits an outsider when a probe is allowed
 * with that statement among the allowing ones.
 */
export function externalAccessFindings(
  policies: readonly AnalyzedPolicy[],
  zone: ZoneOfTrust,
  partition: string,
): ExternalAccessFinding[] {
  const findings = new Map<string, ExternalAccessFinding>();
  for (const policy of policies) {
    if (parsePolicy(policy.document).policy === undefined) continue;
    const statements = statementsOf(policy.document);
    const reduced = asOutsiderMeetsIt(statements);
    statements.forEach(({ statement, path }, i) => {
      if (statement.Effect !== 'Allow') return;
      const entries = conditionEntries(statement);
      const index = reduced.at.get(i);
      const admitted: ExternalPrincipal[] = [];
      const actions = new Set<string>();
      for (const outsider of outsiders(statement, entries, zone, partition)) {
        let admits = false;
        for (const probe of inOrganizations(outsider.probes, entries, zone)) {
          for (const action of probeActions(statement)) {
            const allowed = probeResources(policy, statement).some((resource) => {
              const decision = evaluate({
                principal: probe.principal,
                action: action.probe,
                resource,
                resourceAccount: zone.accountId,
                context: probe.context,
                policies: { resource: reduced.document, identity: [ALLOW_ALL] },
              });
              return (
                decision.decision === 'Allow' &&
                decision.allowedBy.some((m) => m.layer === 'resource' && m.index === index)
              );
            });
            if (allowed) {
              admits = true;
              actions.add(action.written);
            }
          }
        }
        if (
          admits &&
          !admitted.some((p) => p.type === outsider.principal.type && p.value === outsider.principal.value)
        ) {
          admitted.push(outsider.principal);
        }
      }
      if (admitted.length === 0) return;
      const { Sid: sid, ...content } = statement;
      const id = findingId(['external-access', policy.kind, policy.resourceArn, canonicalJson(content)]);
      if (findings.has(id)) return;
      findings.set(id, {
        id,
        kind: policy.kind,
        resourceArn: policy.resourceArn,
        statementPath: path,
        statementIndex: i,
        sid: typeof sid === 'string' ? sid : null,
        principals: admitted,
        actions: [...actions],
        conditions: entries,
        limitedByConditions: entries.length > 0,
        isPublic: entries.length === 0 && admitted.some((p) => p.type === 'AWS' && p.value === '*'),
      });
    });
  }
  return [...findings.values()].sort((a, b) => compareKeys(findingKey(a), findingKey(b)));
}

/** Where a finding sorts: by resource, then statement, then id; also what a page cursor holds. */
export function findingKey(f: ExternalAccessFinding): [string, number, string] {
  return [f.resourceArn, f.statementIndex, f.id];
}

/** Orders two finding keys. */
export function compareKeys(
  a: readonly [string, number, string],
  b: readonly [string, number, string],
): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a[0], b[0]) || a[1] - b[1] || text(a[2], b[2]);
}
