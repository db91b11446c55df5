import { evaluateWithStoredPolicies } from '@iamgate/policy';
import type { AuthorizationResult, Authorizer } from './authorizer.js';
import type { PolicySource } from './policy-source.js';

/**
 * An `Authorizer` that evaluates in-process with `@iamgate/policy`, over the policies a `PolicySource` provides: the
 * resource's policy is the set's `policies.resource`, else the set's stored `resourcePolicies` that match the
 * resource. Compiled policies are cached by the engine (by object identity, text or id), so a source that returns
 * the same policy objects pays the parse once.
 *
 * @example
 * const authorizer = policyAuthorizer(staticPolicySource({
 *   'arn:iamgate:iam::123456789012:user/alice': { identity: [ordersReadOnly] },
 * }));
 */
export function policyAuthorizer(source: PolicySource): Authorizer {
  return {
    async authorize({ principal, action, resource, context }): Promise<AuthorizationResult> {
      const set = await source.policiesFor(principal, { action, resource });
      if (set === undefined) return { kind: 'stale', reason: `no current policies for \`${principal.arn}\`` };
      const decision = evaluateWithStoredPolicies(
        {
          principal: principal.arn,
          action,
          resource,
          context: set.principalContext === undefined ? context : { ...context, ...set.principalContext },
          policies: set.policies,
        },
        set.resourcePolicies,
      );
      return { kind: 'decided', decision, revision: set.revision };
    },
  };
}
