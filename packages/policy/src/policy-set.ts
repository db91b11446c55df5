/**
 * The policies of one layer, resolved and indexed together. A request usually hands the engine the same policy list
 * object again and again (a principal's policies, loaded once); the resolved set is cached per list object and
 * reused while the list still holds the same inputs, so a decision does one index lookup per layer instead of one
 * cache lookup per policy.
 */
import { compileDocument, isIdentified } from './cache.js';
import type { CompiledPolicy, CompiledStatement } from './compile.js';
import type { EvaluationError } from './types.js';

/** A statement with the id of its policy. */
export interface Candidate {
  readonly policyId: string;
  readonly statement: CompiledStatement;
}

/** A policy input resolved through the compile cache. */
export interface ResolvedPolicy {
  id: string;
  policy: CompiledPolicy | undefined;
  error: EvaluationError | undefined;
}

/** Resolves one input: its id (given or `fallbackId`) and its compiled policy, or the error that made it unusable. */
export function resolvePolicy(input: unknown, fallbackId: string): ResolvedPolicy {
  let id = fallbackId;
  let document: unknown = input;
  if (isIdentified(input)) {
    id = input.id;
    document = input.document;
  }
  const outcome = compileDocument(document);
  if (outcome.policy !== undefined) return { id, policy: outcome.policy, error: undefined };
  const first = outcome.findings.find((f) => f.severity === 'ERROR');
  const error: EvaluationError = {
    code: first?.code ?? 'INVALID_POLICY_INPUT',
    policyId: id,
    message:
      first === undefined ? 'the policy could not be used' : `\`${first.path || '/'}\`: ${first.message}`,
  };
  return { id, policy: undefined, error };
}

/** How many distinct actions a policy set remembers its matching statements for. */
const ACTION_CACHE_LIMIT = 1024;

/** The usable policies of a layer, with their statements indexed by service across all of them. */
export class PolicySet {
  readonly errors: EvaluationError[] = [];
  /** How many policies could be used (a layer that must allow cannot when this is 0). */
  readonly usable: number;
  private readonly policies: { id: string; policy: CompiledPolicy }[] = [];
  private readonly byService = new Map<string, Candidate[]>();
  private readonly known = new Set<string>();
  private anyService: Candidate[] | null = null;
  private readonly byAction = new Map<string, Candidate[]>();

  constructor(
    resolved: readonly ResolvedPolicy[],
    /** The id prefix or fallback id the set was built with (cached sets are only reused for the same one). */
    readonly naming: string,
  ) {
    for (const r of resolved) {
      if (r.error !== undefined) this.errors.push(r.error);
      if (r.policy === undefined) continue;
      this.policies.push({ id: r.id, policy: r.policy });
      for (const s of r.policy.services()) this.known.add(s);
    }
    this.usable = this.policies.length;
  }

  /** The statements of every policy that can apply to an action of `service`, policy by policy in order. */
  candidates(service: string): readonly Candidate[] {
    if (!this.known.has(service)) {
      if (this.anyService === null) this.anyService = this.collect(service);
      return this.anyService;
    }
    let list = this.byService.get(service);
    if (list === undefined) {
      list = this.collect(service);
      this.byService.set(service, list);
    }
    return list;
  }

  /**
   * The statements whose `Action`/`NotAction` matches `action` (lowercased), in order. Matching an action against a
   * policy set is done once per distinct action and remembered (up to `ACTION_CACHE_LIMIT` actions per set).
   */
  forAction(action: string, service: string): readonly Candidate[] {
    const cached = this.byAction.get(action);
    if (cached !== undefined) return cached;
    const list = this.candidates(service).filter((c) => c.statement.actions?.matches(action) === true);
    if (this.byAction.size < ACTION_CACHE_LIMIT) this.byAction.set(action, list);
    return list;
  }

  private collect(service: string): Candidate[] {
    const out: Candidate[] = [];
    for (const { id, policy } of this.policies) {
      for (const statement of policy.candidates(service)) out.push({ policyId: id, statement });
    }
    return out;
  }
}

interface CachedSet {
  inputs: unknown[];
  prefix: string;
  set: PolicySet;
}

const byList = new WeakMap<readonly unknown[], CachedSet>();

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The resolved set for a list of policy inputs. `prefix` names unnamed policies (`identity` gives `identity[0]`...).
 * Cached per list object; a list changed in place since is detected (same length and the same inputs) and rebuilt.
 */
export function policySetFor(inputs: readonly unknown[], prefix: string): PolicySet {
  const cached = byList.get(inputs);
  if (cached !== undefined && cached.prefix === prefix && sameInputs(cached.inputs, inputs))
    return cached.set;
  const set = new PolicySet(
    inputs.map((input, i) => resolvePolicy(input, `${prefix}[${i}]`)),
    prefix,
  );
  byList.set(inputs, { inputs: [...inputs], prefix, set });
  return set;
}

const singles = new WeakMap<object, PolicySet>();

/**
 * The resolved set for a layer that holds one policy (resource, permissions boundary), cached per input object, or
 * per compiled text for JSON text inputs.
 */
export function singleSetFor(input: unknown, fallbackId: string): PolicySet {
  const key = typeof input === 'object' && input !== null ? input : compileDocument(input);
  let set = singles.get(key);
  if (set === undefined || set.naming !== fallbackId) {
    set = new PolicySet([resolvePolicy(input, fallbackId)], fallbackId);
    singles.set(key, set);
  }
  return set;
}
