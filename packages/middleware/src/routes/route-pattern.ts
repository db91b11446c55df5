import { MiddlewareConfigError } from '../errors.js';

type Segment = { kind: 'static'; text: string } | { kind: 'param'; name: string } | { kind: 'rest' };

/** A compiled `'<METHOD> <pattern>'` key. */
export interface RoutePattern {
  key: string;
  method: string;
  segments: Segment[];
}

const KEY = /^(\*|[A-Z]+) (\/\S*)$/;
const PARAM = /^:([A-Za-z_][A-Za-z0-9_]*)$/;
// Segment ranks for ordering: a route that ends exactly beats one that continues with a wildcard.
const RANK = { static: 3, param: 2, end: 1.5, rest: 1 } as const;

/** The segments of a path: the leading slash and one trailing slash dropped, empty inner segments kept. */
export function pathSegments(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' || trimmed === '' ? [] : trimmed.slice(1).split('/');
}

/** Compiles a route key; a malformed one throws `InvalidRoute`. */
export function compileRoutePattern(key: string, caseSensitive: boolean): RoutePattern {
  const match = KEY.exec(key);
  if (match === null) {
    throw new MiddlewareConfigError('InvalidRoute', `route \`${key}\` must look like \`GET /orders/:id\``);
  }
  const parts = pathSegments(match[2] as string);
  const names = new Set<string>();
  const segments = parts.map((part, i): Segment => {
    if (part === '*') {
      if (i !== parts.length - 1)
        throw new MiddlewareConfigError('InvalidRoute', `\`*\` must end route \`${key}\``);
      return { kind: 'rest' };
    }
    const param = PARAM.exec(part);
    if (param !== null) {
      const name = param[1] as string;
      if (names.has(name))
        throw new MiddlewareConfigError('InvalidRoute', `\`:${name}\` repeats in \`${key}\``);
      names.add(name);
      return { kind: 'param', name };
    }
    if (part.includes(':') || part.includes('*')) {
      throw new MiddlewareConfigError('InvalidRoute', `segment \`${part}\` of \`${key}\` is not supported`);
    }
    return { kind: 'static', text: caseSensitive ? part : part.toLowerCase() };
  });
  return { key, method: match[1] as string, segments };
}

/** Orders patterns most specific first: by segment kinds from the left, then a named method before `*`. */
export function compareSpecificity(a: RoutePattern, b: RoutePattern): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const ra = RANK[a.segments[i]?.kind ?? 'end'];
    const rb = RANK[b.segments[i]?.kind ?? 'end'];
    if (ra !== rb) return rb - ra;
  }
  return (a.method === '*' ? 1 : 0) - (b.method === '*' ? 1 : 0);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Matches path segments (already lower-cased for static comparison when the table is case-insensitive: `folded`)
 * against a pattern. Parameters keep the original case and are decoded; a segment that does not decode fails.
 */
export function matchPattern(
  pattern: RoutePattern,
  raw: readonly string[],
  folded: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const { segments } = pattern;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (segment.kind === 'rest') {
      const rest = decode(raw.slice(i).join('/'));
      if (rest === undefined) return undefined;
      params['*'] = rest;
      return params;
    }
    if (i >= raw.length) return undefined;
    if (segment.kind === 'static') {
      if (folded[i] !== segment.text) return undefined;
    } else {
      const value = decode(raw[i] as string);
      if (value === undefined || value === '') return undefined;
      params[segment.name] = value;
    }
  }
  return segments.length === raw.length ? params : undefined;
}
