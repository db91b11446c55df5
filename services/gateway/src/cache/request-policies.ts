import type { RequestPolicies } from '@iamgate/policy';
import { type EffectivePolicies, toRequestPolicies } from '@iamgate/store';

const converted = new WeakMap<EffectivePolicies, RequestPolicies>();

/**
 * The engine's `RequestPolicies` of a principal's effective policies, made once per `EffectivePolicies` object. The
 * policy cache hands out the same object while the account revision holds, so every request of a principal passes
 * the engine the same policy lists, and the engine finds its compiled, action-indexed policy set by list identity
 * (`policySetFor`) instead of building it again per request. Frozen, since every request of the principal shares it.
 */
export function requestPoliciesOf(effective: EffectivePolicies): RequestPolicies {
  let policies = converted.get(effective);
  if (policies === undefined) {
    policies = toRequestPolicies(effective);
    for (const list of [policies.identity, policies.session]) {
      if (list === undefined) continue;
      for (const input of list) Object.freeze(input);
      Object.freeze(list);
    }
    if (policies.permissionsBoundary !== undefined) Object.freeze(policies.permissionsBoundary);
    if (policies.guardrails !== undefined) {
      for (const level of policies.guardrails) {
        for (const input of level) Object.freeze(input);
        Object.freeze(level);
      }
      Object.freeze(policies.guardrails);
    }
    Object.freeze(policies);
    converted.set(effective, policies);
  }
  return policies;
}
