import { isStorableText } from '@iamgate/store';

/**
 * Where arguments (as GraphQL coerced them: plain objects, lists, strings, numbers, dates) hold text Postgres
 * cannot store, NUL or a lone surrogate: a path like `input.tags[0].value`, or `undefined` when they hold none.
 */
export function unstorableArgumentPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableArgumentPath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableArgumentPath(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
