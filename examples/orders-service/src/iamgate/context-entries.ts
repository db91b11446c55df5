import type { ContextValue } from '@iamgate/policy';
import type { ContextEntryInput, ContextKeyType } from '@iamgate/sdk';

/**
 * Keys the gateway derives from the principal itself and refuses from apps (`InvalidInput`): a remote decision
 * must not let the app vouch for who the caller is. Lowercase, as condition keys compare case-insensitively.
 */
const PRINCIPAL_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:tokenissuetime',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:sourceidentity',
  'aws:principalisawsservice',
]);

/** Global keys whose type is not what their JS value says (`IAM/latest/UserGuide/reference_policies_condition-keys.html`). */
const TYPED_KEYS: Record<string, ContextKeyType> = {
  'aws:sourceip': 'ip',
  'aws:currenttime': 'date',
  'aws:epochtime': 'date',
};

function isPrincipalKey(key: string): boolean {
  const lower = key.toLowerCase();
  return PRINCIPAL_KEYS.has(lower) || lower.startsWith('aws:principaltag/');
}

function typeOf(key: string, value: ContextValue): ContextKeyType {
  const known = TYPED_KEYS[key.toLowerCase()];
  const first = Array.isArray(value) ? value[0] : value;
  const scalar: ContextKeyType =
    known ?? (typeof first === 'number' ? 'numeric' : typeof first === 'boolean' ? 'boolean' : 'string');
  return Array.isArray(value) ? (`${scalar}List` as ContextKeyType) : scalar;
}

/**
 * The middleware's request context as the gateway's `ContextEntryInput`s: request facts (`aws:SourceIp`,
 * `aws:SecureTransport`, `aws:CurrentTime`) and the app's own keys, typed; keys about the principal are left out
 * because the gateway sets them from its own records.
 *
 * @example
 * contextEntries({ 'aws:SourceIp': '10.0.0.1', 'aws:PrincipalTag/team': 'a' });
 * // [{ key: 'aws:SourceIp', type: 'ip', values: ['10.0.0.1'] }]
 */
export function contextEntries(context: Readonly<Record<string, ContextValue>>): ContextEntryInput[] {
  const entries: ContextEntryInput[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (isPrincipalKey(key)) continue;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    entries.push({ key, type: typeOf(key, value), values });
  }
  return entries;
}
