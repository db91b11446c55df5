import type { ContextValue, Decision } from '@iamgate/policy';
import type { VerifiedPrincipal } from '../token/verified-principal.js';

/** One question for an authorizer: may this principal perform this action on this resource, in this context? */
export interface AuthorizationInput {
  principal: VerifiedPrincipal;
  /** `service:ActionName`, e.g. `orders:GetOrder`. */
  action: string;
  /** The resource ARN, or `*`. */
  resource: string;
  /** The request context (`aws:SourceIp`, `aws:PrincipalTag/team`, app keys, ...). */
  context: Record<string, ContextValue>;
  /**
   * The caller's session token as it sent it, for authorizers that must ask the gateway as the caller: the SDK's
   * local evaluator does for a principal of another account, whose own policies only its account holds. Keep it out
   * of logs; decision events (`onDecision`) leave it out.
   */
  bearerToken?: string;
}

/**
 * An authorizer's answer: a decision (with its reasons), or `stale` when it cannot answer with current policies.
 * Stale is never turned into an Allow; the middleware answers 503 `ServiceUnavailable`.
 */
export type AuthorizationResult =
  | {
      kind: 'decided';
      decision: Decision;
      /** The policy revision the decision was made with, when the authorizer knows it. */
      revision?: number;
    }
  | {
      kind: 'stale';
      /** Why no current decision could be made (lowercase, for logs). */
      reason: string;
    };

/**
 * The port through which the middleware decides. `policyAuthorizer` evaluates in-process with `@iamgate/policy`;
 * the SDK provides a local evaluator fed by the gateway's policy snapshot and a remote one calling `authorize`.
 * Throwing (or rejecting) counts as stale.
 *
 * @example
 * const authorizer: Authorizer = {
 *   authorize: (input) => client.authorize(input), // a remote decision
 * };
 */
export interface Authorizer {
  /** Decides one request. */
  authorize(input: AuthorizationInput): AuthorizationResult | Promise<AuthorizationResult>;
  /**
   * Decides several requests of the same principal at once, in order (the GraphQL plugin's fields). Optional: a
   * remote authorizer saves round trips with it; without it each input is authorized on its own.
   */
  authorizeBatch?(inputs: readonly AuthorizationInput[]): Promise<AuthorizationResult[]>;
}
