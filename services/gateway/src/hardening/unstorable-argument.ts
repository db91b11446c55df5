import { isStorableText } from '@iamgate/store';

/** Whether arguments hold text Postgres cannot store anywhere (the common answer, no, builds no path). */
function holdsUnstorable(value: unknown): boolean {
  if (typeof value === 'string') return !isStorableText(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsUnstorable(value[i])) return true;
    return false;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (holdsUnstorable(record[key])) return true;
  }
  return false;
}

/**
 * Where arguments (as GraphQL coerced them: plain objects, lists, strings, numbers, dates) hold text Postgres
 * cannot store, NUL or a lone surrogate: a path like `input.tags[0].value`, or `undefined` when they hold none.
 */
export function unstorableArgumentPath(value: unknown, path = ''): string | undefined {
  return holdsUnstorable(value) ? firstUnstorablePath(value, path) : undefined;
}

/** The path of the first unstorable text, walked only once some is known to be there. */
function firstUnstorablePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnstorablePath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstUnstorablePath(item, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
