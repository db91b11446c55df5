import { type ContextValue, isPrincipalKey } from '@iamgate/policy';
import type { ContextEntryInput, ContextKeyType } from '../generated/graphql.js';

/**
 * Global keys whose type is not what their JavaScript value says
 * (`IAM/latest/UserGuide/reference_policies_condition-keys.html`). Lowercase: keys compare case-insensitively.
 */
const TYPED_KEYS: Readonly<Record<string, ContextKeyType>> = {
  'aws:sourceip': 'ip',
  'aws:currenttime': 'date',
  'aws:epochtime': 'date',
};

/**
 * Whether `key` is one the gateway sets from the principal and refuses from apps (`InvalidInput`): a remote decision
 * must not let the app vouch for who the caller is (`aws:PrincipalArn`, `aws:PrincipalOrgID`, `aws:PrincipalTag/*`,
 * `aws:MultiFactorAuthPresent`, ...). `@iamgate/policy`'s list, which the gateway and the middleware use.
 */
export { isPrincipalKey };

function typeOf(key: string, values: readonly (string | number | boolean)[], list: boolean): ContextKeyType {
  // A list with no values says nothing of its type; it is a string list.
  if (values.length === 0) return 'stringList';
  const base =
    TYPED_KEYS[key.toLowerCase()] ??
    (values.every((v) => typeof v === 'number')
      ? 'numeric'
      : values.every((v) => typeof v === 'boolean')
        ? 'boolean'
        : 'string');
  return list ? (`${base}List` as ContextKeyType) : base;
}

export interface ContextEntriesOptions {
  /**
   * Leave out the keys the gateway derives from the principal (see `isPrincipalKey`), as a middleware that
   * forwards its whole request context must: the gateway refuses them.
   */
  dropPrincipalKeys?: boolean;
}

/**
 * A request context as `@iamgate/policy` takes it (`{ 'aws:SourceIp': '203.0.113.7', 'orders:Total': 12 }`) as
 * the gateway's typed context entries (`API_ContextEntry.html`): `aws:SourceIp` is `ip`, `aws:CurrentTime` and
 * `aws:EpochTime` are `date`, numbers `numeric`, booleans `boolean`, lists `...List`, everything else `string`.
 *
 * @example
 * toContextEntries({ 'aws:SourceIp': '10.0.0.1', 'aws:PrincipalTag/team': 'a' }, { dropPrincipalKeys: true });
 * // [{ key: 'aws:SourceIp', type: 'ip', values: ['10.0.0.1'] }]
 */
export function toContextEntries(
  context: Readonly<Record<string, ContextValue>>,
  options: ContextEntriesOptions = {},
): ContextEntryInput[] {
  return Object.entries(context)
    .filter(([key]) => !(options.dropPrincipalKeys && isPrincipalKey(key)))
    .map(([key, value]) => {
      const list = Array.isArray(value);
      const values = list ? value : [value];
      return { key, type: typeOf(key, values, list), values: values.map(String) };
    });
}
