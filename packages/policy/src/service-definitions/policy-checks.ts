/**
 * Policy checks that know services (IAM Access Analyzer's policy checks, and Cedar's validation against a schema):
 * actions that do not exist, resources no action of the statement can act on, condition keys nobody sets or used
 * with an operator of the wrong type, and variables that name no key. Findings are warnings: the engine would
 * evaluate the policy all the same, it just would not grant what its author meant.
 */
import type { Findings, PathSegment } from '../parse/findings.js';
import type { CatalogService, ServiceCatalog } from './catalog.js';
import type { ConditionKeyType } from './definition.js';
import { arnPatternsOverlap } from './glob-overlap.js';
import { SPECIAL_VARIABLES } from './global-keys.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A statement element's values with their paths: a string is one value at the element's path. */
function values(statement: Json, element: string, path: PathSegment[]): [string, PathSegment[]][] {
  const value = statement[element];
  if (typeof value === 'string') return [[value, [...path, element]]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) =>
    typeof v === 'string' ? [[v, [...path, element, i]] as [string, PathSegment[]]] : [],
  );
}

/** Each statement of a document with its path (`/Statement` for a single object, `/Statement/i` in a list). */
export function statementsOf(document: unknown): [Json, PathSegment[]][] {
  if (!isObject(document)) return [];
  const statement = document.Statement;
  if (isObject(statement)) return [[statement, ['Statement']]];
  if (!Array.isArray(statement)) return [];
  return statement.flatMap((s, i) => (isObject(s) ? [[s, ['Statement', i]] as [Json, PathSegment[]]] : []));
}

/** The operator family a condition operator checks values as, or undefined for `Null` (any key). */
function operatorFamily(operator: string): string | undefined {
  const base = operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, '');
  if (base === 'Null') return undefined;
  if (base.startsWith('String')) return 'String';
  if (base.startsWith('Numeric')) return 'Numeric';
  if (base.startsWith('Date')) return 'Date';
  if (base === 'Bool') return 'Bool';
  if (base.startsWith('Binary')) return 'Binary';
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'IPAddress';
  if (base.startsWith('Arn')) return 'ARN';
  return undefined;
}

/** Which key types each operator family may compare (AWS's condition operator pages). */
const COMPATIBLE: Record<string, ReadonlySet<string>> = {
  String: new Set(['String', 'ARN']),
  Numeric: new Set(['Numeric']),
  Date: new Set(['Date', 'Numeric']),
  Bool: new Set(['Bool']),
  Binary: new Set(['Binary']),
  IPAddress: new Set(['IPAddress']),
  ARN: new Set(['ARN']),
};

function scalarType(type: ConditionKeyType): string {
  return type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type;
}

function checkActions(statement: Json, path: PathSegment[], catalog: ServiceCatalog, findings: Findings) {
  const element = 'Action' in statement ? 'Action' : 'NotAction';
  const matched: { service: CatalogService; names: string[] }[] = [];
  for (const [action, at] of values(statement, element, path)) {
    if (action === '*') continue;
    const colon = action.indexOf(':');
    if (colon < 0) continue; // INVALID_ACTION already
    const prefix = action.slice(0, colon);
    const name = action.slice(colon + 1);
    if (prefix.includes('*') || prefix.includes('?')) continue;
    const service = catalog.service(prefix);
    if (service === undefined) {
      findings.add(
        'SUGGESTION',
        'UNKNOWN_SERVICE',
        at,
        `no service \`${prefix}\` is defined, so \`${action}\` cannot be checked: register its definition`,
      );
      continue;
    }
    const actions = catalog.matchingActions(service, name);
    if (actions.length === 0) {
      const nearest =
        name.includes('*') || name.includes('?') ? undefined : catalog.suggestAction(service, name);
      findings.warning(
        'UNKNOWN_ACTION',
        at,
        `\`${action}\` matches no action of \`${service.prefix}\`` +
          (nearest === undefined ? '' : `: did you mean \`${service.prefix}:${nearest}\`?`),
      );
      continue;
    }
    if (element === 'Action') matched.push({ service, names: actions.map((a) => a.Name) });
  }
  return matched;
}

/**
 * `ACTION_RESOURCE_MISMATCH` when no action of the statement acts on a resource type whose ARN formats overlap any
 * of the statement's resources. Only for statements whose actions are all known and all declare resource types
 * (an action without resource types takes `*`, which any resource element matches).
 */
function checkResources(
  statement: Json,
  path: PathSegment[],
  matched: { service: CatalogService; names: string[] }[],
  findings: Findings,
) {
  if (matched.length === 0 || !('Resource' in statement)) return;
  const resources = values(statement, 'Resource', path);
  if (resources.length === 0 || resources.some(([r]) => r === '*')) return;
  const patterns: string[] = [];
  for (const { service, names } of matched) {
    for (const name of names) {
      const action = service.actions.get(name.toLowerCase());
      const types = action?.Resources ?? [];
      if (types.length === 0) return;
      for (const type of types) patterns.push(...(service.resourceTypes.get(type.Name) ?? ['*']));
    }
  }
  // Variables in a resource match anything of their place, like a wildcard.
  const plain = (r: string) => r.replace(/\$\{[^}]*\}/g, '*');
  const unmatched = resources.filter(([r]) => !patterns.some((p) => arnPatternsOverlap(plain(r), p)));
  if (unmatched.length === resources.length) {
    findings.warning(
      'ACTION_RESOURCE_MISMATCH',
      [...path, 'Resource'],
      "no action of the statement acts on these resources: they match none of the actions' resource types",
    );
  }
}

function checkConditions(statement: Json, path: PathSegment[], catalog: ServiceCatalog, findings: Findings) {
  const condition = statement.Condition;
  if (!isObject(condition)) return;
  for (const [operator, entries] of Object.entries(condition)) {
    if (!isObject(entries)) continue;
    const family = operatorFamily(operator);
    for (const key of Object.keys(entries)) {
      const at = [...path, 'Condition', operator, key];
      const type = catalog.conditionKeyType(key);
      if (type === null) continue;
      if (type === undefined) {
        const nearest = catalog.suggestConditionKey(key);
        findings.warning(
          'UNKNOWN_CONDITION_KEY',
          at,
          `\`${key}\` is not a condition key any request carries` +
            (nearest === undefined ? '' : `: did you mean \`${nearest}\`?`),
        );
        continue;
      }
      if (family !== undefined && !COMPATIBLE[family]?.has(scalarType(type))) {
        findings.warning(
          'CONDITION_TYPE_MISMATCH',
          at,
          `\`${operator}\` compares ${family} values, but \`${key}\` is of type ${type}`,
        );
      }
    }
  }
}

/** The `${...}` variables of a text, with their key (a default value after a comma is not part of it). */
function variablesOf(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => (m[1] ?? '').split(',')[0]!.trim());
}

function checkVariables(statement: Json, path: PathSegment[], catalog: ServiceCatalog, findings: Findings) {
  const texts: [string, PathSegment[]][] = [
    ...values(statement, 'Resource', path),
    ...values(statement, 'NotResource', path),
  ];
  const condition = statement.Condition;
  if (isObject(condition)) {
    for (const [operator, entries] of Object.entries(condition)) {
      if (!isObject(entries)) continue;
      for (const [key, value] of Object.entries(entries))
        texts.push(...values({ [key]: value }, key, [...path, 'Condition', operator]));
    }
  }
  for (const [text, at] of texts) {
    for (const name of variablesOf(text)) {
      if (SPECIAL_VARIABLES.has(name)) continue;
      const type = catalog.conditionKeyType(name);
      if (type === undefined) {
        const nearest = catalog.suggestConditionKey(name);
        findings.warning(
          'UNKNOWN_VARIABLE',
          at,
          `\`\${${name}}\` names no condition key, so it never has a value` +
            (nearest === undefined ? '' : `: did you mean \`\${${nearest}}\`?`),
        );
      }
    }
  }
}

/**
 * Adds the findings of the checks against `catalog` for each statement of `document` (already parsed: malformed
 * parts were reported by the grammar and are skipped here).
 */
export function checkAgainstServices(document: unknown, catalog: ServiceCatalog, findings: Findings): void {
  for (const [statement, path] of statementsOf(document)) {
    const matched = checkActions(statement, path, catalog, findings);
    checkResources(statement, path, matched, findings);
    checkConditions(statement, path, catalog, findings);
    checkVariables(statement, path, catalog, findings);
  }
}
