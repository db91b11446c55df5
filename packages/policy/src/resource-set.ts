/**
 * Matching a request's resource against `Resource` / `NotResource`
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html and
 * reference_policies_elements_notresource.html), with policy variables resolved per request.
 */
import type { ArnPattern, ArnValue } from './arn-pattern.js';
import type { ContextReader } from './variables.js';

/** A compiled `Resource` or `NotResource` list. */
export class ResourceSet {
  private readonly hasVariables: boolean;
  private lastRaw: string | null = null;
  private lastResult = false;

  constructor(
    private readonly patterns: readonly ArnPattern[],
    /** True for `NotResource`: the statement applies to every resource not listed. */
    readonly not: boolean,
  ) {
    this.hasVariables = patterns.some((p) => p.hasVariables);
  }

  /** Whether the statement applies to `resource`. */
  matches(resource: ArnValue, reader: ContextReader): boolean {
    // Without variables the answer depends on the resource text alone: remember the last one.
    if (this.hasVariables) return this.compute(resource, reader);
    if (resource.raw !== this.lastRaw) {
      this.lastResult = this.compute(resource, reader);
      this.lastRaw = resource.raw;
    }
    return this.lastResult;
  }

  private compute(resource: ArnValue, reader: ContextReader): boolean {
    let hit = false;
    for (const p of this.patterns) {
      if (p.matches(resource, reader)) {
        hit = true;
        break;
      }
    }
    return this.not ? !hit : hit;
  }
}
