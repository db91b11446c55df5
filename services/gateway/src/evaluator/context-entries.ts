import { type ContextValue, isPrincipalKey } from '@iamgate/policy';
import { IamError } from '../errors/iam-error.js';

/** How a context entry's values are typed (`IAM/latest/APIReference/API_ContextEntry.html`, `ContextKeyType`). */
export type ContextKeyType =
  | 'string'
  | 'stringList'
  | 'numeric'
  | 'numericList'
  | 'boolean'
  | 'booleanList'
  | 'ip'
  | 'ipList'
  | 'binary'
  | 'binaryList'
  | 'date'
  | 'dateList';

/** One condition key and its values, as the simulator and `authorize` take them. */
export interface ContextEntry {
  key: string;
  values: readonly string[];
  type?: ContextKeyType | null;
}

function scalar(value: string, type: string, key: string): string | number | boolean {
  if (type.startsWith('numeric')) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) {
      throw new IamError('InvalidInput', `context key \`${key}\`: \`${value}\` is not a number`, {
        field: 'contextEntries',
      });
    }
    return n;
  }
  if (type.startsWith('boolean')) {
    if (value !== 'true' && value !== 'false') {
      throw new IamError(
        'InvalidInput',
        `context key \`${key}\`: \`${value}\` is not \`true\` or \`false\``,
        {
          field: 'contextEntries',
        },
      );
    }
    return value === 'true';
  }
  return value;
}

/**
 * The request context of entries: list types become lists, the others take their single value (several values of
 * a single-valued type also become a list, as the simulator accepts). With `protectPrincipal`, keys that describe
 * the principal or its session (`isPrincipalKey` of `@iamgate/policy`) are refused with `InvalidInput`: they come
 * from the principal's credentials and policies, never from the request, so an app may add its own keys and request
 * facts but cannot make a principal look like another one.
 */
export function contextOf(
  entries: readonly ContextEntry[],
  protectPrincipal: boolean,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const entry of entries) {
    if (entry.key.trim() === '')
      throw new IamError('InvalidInput', 'a context key is empty', { field: 'contextEntries' });
    if (protectPrincipal && isPrincipalKey(entry.key)) {
      throw new IamError(
        'InvalidInput',
        `context key \`${entry.key}\` comes from the principal and cannot be set`,
        {
          field: 'contextEntries',
        },
      );
    }
    const type = entry.type ?? 'string';
    const values = entry.values.map((v) => scalar(v, type, entry.key));
    const [first] = values;
    context[entry.key] = type.endsWith('List') || values.length !== 1 || first === undefined ? values : first;
  }
  return context;
}
