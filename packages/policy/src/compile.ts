/**
 * The compiled form of a policy: statements with their matchers built once, indexed by action service prefix so
 * that a decision only looks at statements that can apply to its action (a policy set of 10,000 statements of which
 * 10 concern the requested service costs about as much as one of 10).
 */
import type { ActionSet } from './action-set.js';
import type { ConditionEntry } from './conditions/evaluate-conditions.js';
import type { PrincipalSet } from './principal-match.js';
import type { ResourceSet } from './resource-set.js';

/** One statement, compiled. */
export interface CompiledStatement {
  /** Position in the policy's `Statement` list (0 when `Statement` is a single object). */
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: 'Allow' | 'Deny';
  /** Null when the statement has neither `Action` nor `NotAction` (it then matches nothing). */
  readonly actions: ActionSet | null;
  /**
   * Null when the statement has neither `Resource` nor `NotResource`: it then applies to the resource it is attached
   * to in a resource-based (trust) policy, and to nothing in other layers.
   */
  readonly resources: ResourceSet | null;
  /** The `Principal` or `NotPrincipal` list; null when there is neither. */
  readonly principals: PrincipalSet | null;
  readonly notPrincipal: boolean;
  readonly conditions: readonly ConditionEntry[];
}

/** A policy document, compiled and indexed. Obtain one with `parsePolicy`. */
export class CompiledPolicy {
  private readonly byService = new Map<string, CompiledStatement[]>();
  private readonly anyService: CompiledStatement[] = [];

  constructor(
    /** The document's `Version` (undefined when absent). */
    readonly version: string | undefined,
    /** The document's `Id` element. */
    readonly documentId: string | undefined,
    readonly statements: readonly CompiledStatement[],
  ) {
    for (const s of statements) {
      const services = s.actions === null ? [] : s.actions.services;
      if (services === null) this.anyService.push(s);
      else for (const service of services) this.listFor(service).push(s);
    }
    // Statements that can match any service belong to every service's list, kept in document order.
    if (this.anyService.length > 0) {
      for (const list of this.byService.values()) {
        list.push(...this.anyService);
        list.sort((a, b) => a.index - b.index);
      }
    }
  }

  /** The services (lowercased) that have statements of their own; others only see the any-service statements. */
  services(): IterableIterator<string> {
    return this.byService.keys();
  }

  /** The statements that can apply to an action of `service` (lowercased), in document order. */
  candidates(service: string): readonly CompiledStatement[] {
    return this.byService.get(service) ?? this.anyService;
  }

  private listFor(service: string): CompiledStatement[] {
    let list = this.byService.get(service);
    if (list === undefined) {
      list = [];
      this.byService.set(service, list);
    }
    return list;
  }
}
