import type { ContextValue, Decision, RequestPolicies, StoredResourcePolicies } from '@iamgate/policy';

// These mirror the ports of `@iamgate/middleware` (`src/authorize/*.ts`, `src/revocation/revocation-check.ts`)
// structurally, so that a local evaluator plugs into the middleware without either package depending on the other.

/**
 * The caller as the evaluator needs it: what a verified session token says. The middleware's `VerifiedPrincipal`
 * is one.
 */
export interface EvaluatorPrincipal {
  /** A user, the account root, or a role session (`arn:P:sts::A:assumed-role/Role/Session`). */
  arn: string;
  /** The session of the token (`sid`): a role session's own session policies, and revocation, are found by it. */
  sessionId?: string;
  /** For role sessions, the role's ARN with its path, when the token carries it. */
  roleArn?: string;
}

/** The policies that apply to a principal, and the revision they were read at (the middleware's `PolicySet`). */
export interface PolicySet {
  policies: RequestPolicies;
  revision: number;
  /**
   * Principal keys the token does not carry (`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`), set over the request
   * context: they come from the principal's account, never from the request.
   */
  principalContext?: Record<string, ContextValue>;
  /**
   * The stored resource policies of the account (`putResourcePolicy`): those matching the resource are its
   * resource-based policy when `policies.resource` is not given (`evaluateWithStoredPolicies`).
   */
  resourcePolicies?: StoredResourcePolicies;
}

/** One question: may this principal perform this action on this resource (the middleware's input)? */
export interface AuthorizationInput {
  principal: EvaluatorPrincipal;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  /**
   * The caller's session token as it was sent, when the app has it (the middleware passes it): a principal of
   * another account is decided by the gateway, asked with it, since its own policies are not the app's to read.
   */
  bearerToken?: string;
}

/**
 * A decision with the revision it was made at, or `stale` when the evaluator cannot vouch for its policies: it is
 * never turned into an Allow (the middleware answers 503).
 */
export type AuthorizationResult =
  | { kind: 'decided'; decision: Decision; revision?: number }
  | { kind: 'stale'; reason: string };
