import { isSecretKey, REDACTED } from './secret-keys.js';

const MAX_STRING = 10_240;

/**
 * A copy of operation arguments fit for the audit log: values under keys that name secrets (`password`,
 * `secretAccessKey`, `token`..., see `SECRET_KEY`) are replaced, and very long strings are cut, so the log never
 * holds a credential.
 */
export function redact(value: unknown, key = ''): unknown {
  if (isSecretKey(key) && value !== null && value !== undefined) return REDACTED;
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}...` : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redact(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}
