/**
 * Elements whose value is a string or a list of strings (`Action`, `Resource`, principal values).
 */
import type { Findings, PathSegment } from './findings.js';
import { typeName } from './findings.js';

/**
 * Reads a string or an array of strings. Reports `INVALID_ELEMENT_TYPE` for other values (and skips bad items) and
 * `EMPTY_ARRAY` (a warning: the element then matches nothing) for `[]`. Returns the strings with their paths.
 */
export function readStringList(
  value: unknown,
  path: readonly PathSegment[],
  element: string,
  findings: Findings,
): { value: string; path: PathSegment[] }[] {
  if (typeof value === 'string') return [{ value, path: [...path] }];
  if (!Array.isArray(value)) {
    findings.error(
      'INVALID_ELEMENT_TYPE',
      path,
      `\`${element}\` must be a string or an array of strings, got ${typeName(value)}`,
    );
    return [];
  }
  if (value.length === 0)
    findings.warning('EMPTY_ARRAY', path, `\`${element}\` is an empty array and matches nothing`);
  const out: { value: string; path: PathSegment[] }[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push({ value: item, path: [...path, i] });
    else
      findings.error(
        'INVALID_ELEMENT_TYPE',
        [...path, i],
        `\`${element}\` items must be strings, got ${typeName(item)}`,
      );
  });
  return out;
}

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `key` is present: JSON has no `undefined`, so a key set to `undefined` in a parsed value counts as absent. */
export function has(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key) && value[key] !== undefined;
}
