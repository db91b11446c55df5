import type { ContextValue, RequestPolicies, StoredResourcePolicies } from '@iamgate/policy';
import type { VerifiedPrincipal } from '../token/verified-principal.js';

/** The policies that apply to a principal, and the policy revision they were read at. */
export interface PolicySet {
  policies: RequestPolicies;
  /** Grows with every change of the account's policies; decisions report it so callers can ask for fresher ones. */
  revision: number;
  /**
   * Principal keys the token does not carry (`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`), set over the request
   * context: they come from the principal's account, never from the request.
   */
  principalContext?: Record<string, ContextValue>;
  /**
   * Resource-based policies stored for ARN patterns (the account's `putResourcePolicy` policies, from the SDK's
   * snapshot, or the app's own): those matching the resource are its resource-based policy when `policies.resource`
   * is not given, merged (`evaluateWithStoredPolicies` of `@iamgate/policy`).
   */
  resourcePolicies?: StoredResourcePolicies;
}

/** What the request is about, for sources that attach a resource-based policy. */
export interface PolicyTarget {
  action: string;
  resource: string;
}

/**
 * The port through which `policyAuthorizer` gets a principal's policies: the SDK's snapshot of the gateway, or
 * `staticPolicySource` for apps that hold their policies themselves.
 *
 * `undefined` means the source has no current policies for this principal (a snapshot that could not be refreshed
 * in time); the authorizer then answers stale rather than decide on old or missing policies. A principal with no
 * policies is `{ policies: {}, revision }`, which denies (except the root of the resource's account).
 */
export interface PolicySource {
  /** The current policies of `principal` (identity, boundary, session, guardrails; a resource policy if any). */
  policiesFor(
    principal: VerifiedPrincipal,
    target: PolicyTarget,
  ): PolicySet | undefined | Promise<PolicySet | undefined>;
}
