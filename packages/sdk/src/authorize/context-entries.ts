import type { ContextValue } from '@iamgate/policy';
import type { ContextEntryInput, ContextKeyType } from '../generated/graphql.js';

function typeOf(values: readonly (string | number | boolean)[], list: boolean): ContextKeyType {
  const base = values.every((v) => typeof v === 'number')
    ? 'numeric'
    : values.every((v) => typeof v === 'boolean')
      ? 'boolean'
      : 'string';
  // A list with no values says nothing of its type; it is a string list.
  if (values.length === 0) return 'stringList';
  return list ? `${base}List` : base;
}

/**
 * A request context as `@iamgate/policy` takes it (`{ 'aws:SourceIp': '203.0.113.7', 'orders:Total': 12 }`) as
 * the gateway's typed context entries (`API_ContextEntry.html`): numbers are `numeric`, booleans `boolean`, lists
 * `...List`, everything else `string`.
 */
export function toContextEntries(context: Readonly<Record<string, ContextValue>>): ContextEntryInput[] {
  return Object.entries(context).map(([key, value]) => {
    const list = Array.isArray(value);
    const values = list ? value : [value];
    return { key, type: typeOf(values, list), values: values.map(String) };
  });
}
