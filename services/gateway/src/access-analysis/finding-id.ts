import { createHash } from 'node:crypto';

/**
 * A JSON value as text with object keys sorted, so that the same statement written with its keys in another order
 * has the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The stable id of a finding: a hash of what it is about (its kind, the resource, and what grants the access), in
 * the form of a UUID as AWS's finding ids are. The same exposure gets the same id after a restart and on every
 * instance; a change to what is granted makes a new finding, which an earlier archive does not cover.
 *
 * @example
 * findingId(['external-access', 'arn:iamgate:iam::111122223333:role/Deployer', '{"Effect":"Allow",...}']);
 * // '5f0c2a8e-...'
 */
export function findingId(parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
