/**
 * Scanning a layer for statements that apply to a request: action (through the service index), resource, principal
 * (resource-based layer only), then conditions. Every matching Deny and Allow is recorded with its policy id and
 * statement, so a decision can give all its reasons.
 */
import { normalizeAction } from './action-set.js';
import type { ArnValue } from './arn-pattern.js';
import { evaluateConditions } from './conditions/evaluate-conditions.js';
import { type ContextEntries, RequestContext } from './context.js';
import type { Candidate, PolicySet } from './policy-set.js';
import type { ParsedPrincipal } from './principal.js';
import { type CallerKeys, NAMES_EXACT, NAMES_NONE } from './principal-match.js';
import type { EvaluationError, Layer, MatchedStatement } from './types.js';

/**
 * A request reduced to what statement matching needs, its context, the reasons collected so far and what each layer
 * said. (Composition, not inheritance: a derived class is much slower to construct once dev tools such as tsx wrap
 * classes to keep their names, and one is constructed per decision.)
 */
export class Scan {
  /** The request's context, read by conditions and variables. */
  readonly context: RequestContext;
  readonly action: string;
  readonly service: string;
  readonly deniedBy: MatchedStatement[] = [];
  readonly allowedBy: MatchedStatement[] = [];
  readonly errors: EvaluationError[] = [];
  /** Whether every guardrail level allowed. */
  guardrailsOk = true;
  /** How strongly the resource-based policy's Allows name the caller (`NAMES_*`). */
  named = NAMES_NONE;
  identityOk = false;
  boundaryOk = true;
  sessionOk = true;
  /** The request's own `aws:PrincipalArn` and `aws:userid`, which principal elements are matched with. */
  private readonly callerKeys: CallerKeys;

  constructor(
    action: string,
    readonly resource: ArnValue,
    readonly principal: ParsedPrincipal,
    context: ContextEntries,
    /** Whether the caller has a permissions boundary (a `Deny` with `NotPrincipal` then always applies). */
    readonly hasBoundary: boolean,
  ) {
    this.context = new RequestContext(principal, context);
    this.callerKeys = {
      principalArn: this.context.explicitString('aws:principalarn'),
      userId: this.context.explicitString('aws:userid'),
    };
    const normalized = normalizeAction(action);
    this.action = normalized.action;
    this.service = normalized.service;
  }

  /**
   * Records the statements of `set` that apply and returns how strongly the strongest applying Allow names the caller
   * (`NAMES_*`; outside the resource-based layer any applying Allow counts as `NAMES_EXACT`).
   */
  scan(layer: Layer, set: PolicySet, resourceBased = false): number {
    if (set.errors.length > 0) this.errors.push(...set.errors);
    const candidates = set.forAction(this.action, this.service);
    let best = NAMES_NONE;
    for (let i = 0; i < candidates.length; i++) {
      const strength = this.applies(candidates[i]!, resourceBased);
      if (strength === NAMES_NONE) continue;
      const { policyId, statement } = candidates[i]!;
      const matched: MatchedStatement = { layer, policyId, index: statement.index, effect: statement.effect };
      if (statement.sid !== undefined) matched.sid = statement.sid;
      if (statement.effect === 'Deny') this.deniedBy.push(matched);
      else {
        this.allowedBy.push(matched);
        if (strength > best) best = strength;
      }
    }
    return best;
  }

  /** How strongly a statement applies to the request (`NAMES_NONE` when it does not). */
  private applies(candidate: Candidate, resourceBased: boolean): number {
    // The policy set only hands out statements whose action matches.
    const s = candidate.statement;
    if (s.resources === null ? !resourceBased : !s.resources.matches(this.resource, this.context))
      return NAMES_NONE;
    let strength = NAMES_EXACT;
    if (resourceBased) {
      const set = s.principals;
      if (set === null) return NAMES_NONE;
      const keys = this.callerKeys;
      // Unique ids are matched with aws:userid: say so when the request lacks it, as for a condition key.
      if (keys.userId === undefined && set.needsUserId(this.principal)) this.context.missing('aws:userid');
      if (s.notPrincipal) {
        const exempt = !(s.effect === 'Deny' && this.hasBoundary) && set.listsAll(this.principal, keys);
        if (exempt) return NAMES_NONE;
      } else {
        strength = set.strength(this.principal, keys);
        if (strength === NAMES_NONE) return NAMES_NONE;
      }
    }
    if (s.conditions.length > 0 && !evaluateConditions(s.conditions, this.context)) return NAMES_NONE;
    return strength;
  }
}
