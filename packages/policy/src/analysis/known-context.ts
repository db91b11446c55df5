/**
 * What an analysis knows before any request is made: the principal's own keys (every request of it carries the
 * same), the keys the caller supplies, and for a plan, the resource's tags as its unknowns.
 */

import { type ContextEntries, RequestContext, readContext } from '../context.js';
import { PolicyError } from '../errors.js';
import { parsePrincipalCached } from '../principal.js';
import { isPrincipalIdentityKey } from '../principal-context.js';
import type { ContextValue } from '../types.js';
import type { KeyLookup } from './substitute.js';

/** Whether a (lowercased) key is the resource's tag, which a plan keeps as its condition. */
export function isResourceTagKey(key: string): boolean {
  return key.startsWith('aws:resourcetag/');
}

/** How an analysis reads a key: the resource's, known now (present or absent), or only known per request. */
export type KeyClass = 'resource' | 'known' | 'unknown';

/** The known context of an analysis and how it classifies keys. */
export class KnownContext {
  /** Reads known keys exactly as `evaluate` would for the principal (derived principal keys included). */
  readonly reader: RequestContext;
  private readonly given: Set<string>;

  constructor(
    principal: string,
    context: Record<string, ContextValue> | undefined,
    /** Keys neither given nor the principal's: `unknown`, or known to be absent. */
    private readonly absent: 'unknown' | 'absent',
    /** Whether `aws:ResourceTag/*` keys are the resource's (plans) or request keys like others (access lists). */
    private readonly resourceTags: boolean,
  ) {
    const read = readContext(context);
    if (typeof read === 'string') throw new PolicyError('ERR_INVALID_ANALYSIS_INPUT', read);
    const entries: ContextEntries = resourceTags ? withoutResourceTags(read) : read;
    this.reader = new RequestContext(parsePrincipalCached(principal), entries);
    this.given = new Set(entries.keys);
  }

  /**
   * The principal's own keys are known (`isPrincipalIdentityKey`); session keys (`aws:MultiFactorAuthPresent`,
   * `aws:TokenIssueTime`, `aws:SourceIdentity`) are not: they depend on the session a request comes with.
   */
  classify(key: string): KeyClass {
    if (this.resourceTags && isResourceTagKey(key)) return 'resource';
    if (this.given.has(key) || isPrincipalIdentityKey(key) || this.absent === 'absent') return 'known';
    return 'unknown';
  }

  /** The lookup substitution uses: known keys with their values, the others unknown. */
  readonly lookup: KeyLookup = (key) =>
    this.classify(key) === 'known' ? { known: true, value: this.reader.get(key) } : { known: false };
}

function withoutResourceTags(entries: ContextEntries): ContextEntries {
  const keys: string[] = [];
  const values: ContextValue[] = [];
  entries.keys.forEach((key, i) => {
    if (isResourceTagKey(key)) return;
    keys.push(key);
    values.push(entries.values[i]!);
  });
  return { keys, values };
}
