/**
 * Matching a request's action against `Action` / `NotAction`
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html): `service:Name` with `*` and
 * `?`, case-insensitively. Patterns are lowercased once; the request's action is lowercased once per decision.
 */
import { compileWildcard, type Glob } from './wildcard.js';

/** The service prefix of an action (`s3` of `s3:GetObject`), lowercased; empty when there is no colon. */
export function actionService(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? '' : action.slice(0, colon).toLowerCase();
}

/** A request's action, lowercased, with its service prefix. */
export interface NormalizedAction {
  action: string;
  service: string;
}

const normalized = new Map<string, NormalizedAction>();
const NORMALIZED_LIMIT = 4096;
let lastNormalized: { text: string; normalized: NormalizedAction } = {
  text: '',
  normalized: { action: '', service: '' },
};

/** Lowercases an action and finds its service once per distinct action string (requests repeat a few actions). */
export function normalizeAction(action: string): NormalizedAction {
  // Requests of a batch mostly ask about one action: the last answer is checked before the map.
  if (action === lastNormalized.text) return lastNormalized.normalized;
  let n = normalized.get(action);
  if (n === undefined) {
    n = { action: action.toLowerCase(), service: actionService(action) };
    if (normalized.size >= NORMALIZED_LIMIT) normalized.delete(normalized.keys().next().value!);
    normalized.set(action, n);
  }
  lastNormalized = { text: action, normalized: n };
  return n;
}

/** A compiled `Action` or `NotAction` list. */
export class ActionSet {
  private readonly exact: Set<string>;
  private readonly globs: Glob[];
  private readonly any: boolean;
  /**
   * The lowercased service prefixes this list can match, or null when it can match any service (a `*` in the
   * prefix, or `NotAction`). Used to index statements by service.
   */
  readonly services: string[] | null;

  constructor(
    patterns: readonly string[],
    /** True for `NotAction`: the statement applies to every action not listed. */
    readonly not: boolean,
  ) {
    this.exact = new Set();
    this.globs = [];
    let any = false;
    const services = new Set<string>();
    let wildService = false;
    for (const raw of patterns) {
      const pattern = raw.toLowerCase();
      if (pattern === '*') any = true;
      else if (pattern.includes('*') || pattern.includes('?')) this.globs.push(compileWildcard(pattern));
      else this.exact.add(pattern);
      const colon = pattern.indexOf(':');
      const service = colon < 0 ? pattern : pattern.slice(0, colon);
      if (pattern === '*' || service.includes('*') || service.includes('?') || colon < 0) wildService = true;
      else services.add(service);
    }
    this.any = any;
    this.services = not || wildService ? null : [...services];
  }

  /** Whether the statement applies to `action` (already lowercased). */
  matches(action: string): boolean {
    let hit = this.any || this.exact.has(action);
    if (!hit) {
      for (const glob of this.globs) {
        if (glob.test(action)) {
          hit = true;
          break;
        }
      }
    }
    return this.not ? !hit : hit;
  }
}
