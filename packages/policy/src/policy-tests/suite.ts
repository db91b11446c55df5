import type { ContextValue, DecisionKind, PolicyInput } from '../types.js';

/**
 * A policy test suite, in the manner of Cerbos's test suites and `opa test`: named principals with their policies,
 * named resources (with a resource-based policy when they have one), and tests that state, per principal, resource
 * and action, the decision the policies must give. Suites are plain data (JSON, or YAML read by the CLI), so they
 * live next to the policies they test.
 *
 * @example
 * const suite: PolicyTestSuite = {
 *   name: 'orders',
 *   principals: { clerk: { arn: 'arn:iamgate:iam::111122223333:user/clerk', policies: [clerkPolicy] } },
 *   resources: { order: { arn: 'arn:iamgate:orders::111122223333:order/42' } },
 *   tests: [
 *     {
 *       name: 'clerks read but never delete',
 *       principals: ['clerk'],
 *       resources: ['order'],
 *       actions: { 'orders:GetOrder': 'Allow', 'orders:DeleteOrder': 'Deny' },
 *     },
 *   ],
 * };
 */
export interface PolicyTestSuite {
  name: string;
  description?: string;
  principals: Record<string, TestPrincipal>;
  resources?: Record<string, TestResource>;
  tests: PolicyTestCase[];
}

/** A principal of a suite: its ARN and every policy that applies to it. */
export interface TestPrincipal {
  /** The principal's ARN (user, role session, root), as `evaluate` takes it. */
  arn: string;
  /** Identity-based policies (inline and attached, its groups' included). */
  policies?: PolicyInput[];
  permissionsBoundary?: PolicyInput;
  /** Session policies of the principal's session. */
  sessionPolicies?: PolicyInput[];
  /** Guardrail levels, outermost first (as an organization's guardrails apply). */
  guardrails?: PolicyInput[][];
  /** Condition keys about the principal (`aws:PrincipalTag/team`, `aws:MultiFactorAuthPresent`...). */
  context?: Record<string, ContextValue>;
}

/** A resource of a suite: its ARN, and its resource-based policy if it has one. */
export interface TestResource {
  arn: string;
  policy?: PolicyInput;
  /** Condition keys about the resource (`aws:ResourceTag/team`...). */
  context?: Record<string, ContextValue>;
}

/**
 * The decision a test expects. `Deny` accepts both kinds of denial; `ExplicitDeny` and `ImplicitDeny` insist on one.
 */
export type ExpectedDecision = DecisionKind | 'Deny';

/** One test: every principal, on every resource, for every action, must get the action's expected decision. */
export interface PolicyTestCase {
  name: string;
  /** Names of the suite's principals, or ARNs of principals without policies. */
  principals: string[];
  /** Names of the suite's resources, or ARNs. */
  resources: string[];
  /** Action (`service:Action`) -> expected decision. */
  actions: Record<string, ExpectedDecision>;
  /** Condition keys of the requests (added to the principal's and the resource's). */
  context?: Record<string, ContextValue>;
}
