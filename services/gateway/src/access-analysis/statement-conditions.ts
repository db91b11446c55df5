/** One entry of a statement's `Condition`: an operator, a key and its values, as written. */
export interface ConditionEntry {
  operator: string;
  key: string;
  values: string[];
}

/**
 * Condition keys whose value is fixed by who the caller is, so a principal outside the zone of trust cannot choose
 * it: its account, ARN, organization and type (`reference_policies_condition-keys.html`). Every other key (an
 * external id, a source address, the caller's own tags, a federated token's claims) is the caller's to satisfy.
 */
const FIXED_KEYS = new Set([
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltype',
  'aws:principalisawsservice',
]);

/** Whether the caller cannot choose the value of `key` (see `FIXED_KEYS`). */
export function isFixedKey(key: string): boolean {
  return FIXED_KEYS.has(key.toLowerCase());
}

function asStrings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** The entries of a statement's `Condition` element, in the order written. */
export function conditionEntries(statement: Record<string, unknown>): ConditionEntry[] {
  const condition = statement.Condition;
  if (condition === null || typeof condition !== 'object') return [];
  const out: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object') continue;
    for (const [key, values] of Object.entries(block as Record<string, unknown>)) {
      out.push({ operator, key, values: asStrings(values) });
    }
  }
  return out;
}

/** The values a statement's conditions give `key` (any operator), to try them as what an outsider's key holds. */
export function valuesOf(entries: readonly ConditionEntry[], key: string): string[] {
  const lower = key.toLowerCase();
  return entries.filter((e) => e.key.toLowerCase() === lower).flatMap((e) => e.values);
}

/**
 * The statement with only the condition entries on fixed keys (`FIXED_KEYS`): what an outsider must really meet.
 * Entries on other keys are assumed met, since the caller supplies their values.
 */
export function withFixedConditionsOnly(statement: Record<string, unknown>): Record<string, unknown> {
  const condition = statement.Condition;
  if (condition === null || typeof condition !== 'object') return statement;
  const kept: Record<string, Record<string, unknown>> = {};
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object') continue;
    for (const [key, values] of Object.entries(block as Record<string, unknown>)) {
      if (!isFixedKey(key)) continue;
      kept[operator] ??= {};
      kept[operator][key] = values;
    }
  }
  const { Condition: _dropped, ...rest } = statement;
  return Object.keys(kept).length === 0 ? rest : { ...rest, Condition: kept };
}

/** Whether every condition entry of the statement is on a fixed key (a statement without conditions included). */
export function hasOnlyFixedConditions(statement: Record<string, unknown>): boolean {
  return conditionEntries(statement).every((e) => isFixedKey(e.key));
}
