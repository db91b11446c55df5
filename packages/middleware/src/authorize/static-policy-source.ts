import {
  parsePrincipal,
  type RequestPolicies,
  StoredResourcePolicies,
  type StoredResourcePolicy,
} from '@iamgate/policy';
import type { PolicySet, PolicySource } from './policy-source.js';

/** Options of `staticPolicySource`. */
export interface StaticPolicySourceOptions {
  /** The revision reported with every decision. Default 0. */
  revision?: number;
  /** The policies of principals the map does not name. Default none (`{}`), which denies. */
  fallback?: RequestPolicies;
  /**
   * Resource-based policies the app keeps for resource ARNs or ARN patterns, as iamgate stores them
   * (`putResourcePolicy`): for a request whose principal's policies have no `resource` policy, those matching the
   * resource are its resource-based policy.
   */
  resourcePolicies?: readonly StoredResourcePolicy[];
}

/**
 * A `PolicySource` over policies the app holds itself, keyed by principal ARN. A role session is looked up by its
 * session ARN, then by the role ARN from its token, then by `arn:P:iam::A:role/RoleName` (the role without a path),
 * so that a role's policies are written once for all its sessions.
 *
 * @example
 * const source = staticPolicySource({
 *   'arn:iamgate:iam::123456789012:user/alice': { identity: [ordersReadOnly] },
 *   'arn:iamgate:iam::123456789012:role/Support': { identity: [ordersSupport], permissionsBoundary: supportCap },
 * });
 */
export function staticPolicySource(
  policies: Readonly<Record<string, RequestPolicies>> | ReadonlyMap<string, RequestPolicies>,
  options: StaticPolicySourceOptions = {},
): PolicySource {
  const byArn = new Map(policies instanceof Map ? policies : Object.entries(policies));
  const revision = options.revision ?? 0;
  const stored =
    options.resourcePolicies === undefined
      ? {}
      : { resourcePolicies: new StoredResourcePolicies(options.resourcePolicies) };
  // One PolicySet object per entry, created once, so that the engine's identity cache hits on every request.
  const sets = new Map<string, PolicySet>(
    [...byArn].map(([arn, p]) => [arn, { policies: p, revision, ...stored }]),
  );
  const fallback: PolicySet = { policies: options.fallback ?? {}, revision, ...stored };
  return {
    policiesFor(principal) {
      const direct = sets.get(principal.arn);
      if (direct !== undefined) return direct;
      if (principal.roleArn !== undefined) {
        const byRole = sets.get(principal.roleArn);
        if (byRole !== undefined) return byRole;
      }
      // `arn:P:iam::A:role/RoleName`, the role of a session without its path.
      const session = parsePrincipal(principal.arn);
      if (session.kind === 'AssumedRole' && session.principalArn !== undefined) {
        const byName = sets.get(session.principalArn);
        if (byName !== undefined) return byName;
      }
      return fallback;
    },
  };
}
