import type { Decision } from '@iamgate/policy';

/** Who asked for a decision: the gateway guarding its own API, or an app through `authorize`/`authorizeBatch`. */
export type DecisionSource = 'api' | 'authorize';

/** How a `signIn` ended, as counted: a session, refused credentials, a lockout, or a fault of ours. */
export type SignInOutcome = 'success' | 'invalid' | 'throttled' | 'error';

/** What a lockout locks: one principal's name, or one source address. */
export type LockoutScope = 'principal' | 'source';

/**
 * What request code reports to metrics. Narrow on purpose: callers say what happened and never build labels, so
 * label values stay bounded (see `PrometheusMetrics`) and a gateway without metrics pays one no-op call.
 */
export interface GatewayMetrics {
  /** A policy decision was made. */
  decision(source: DecisionSource, action: string, decision: Decision['decision']): void;
  /** A sign-in ended. */
  signIn(outcome: SignInOutcome): void;
  /** A sign-in attempt locked a principal or a source address out. */
  lockout(scope: LockoutScope): void;
}

/** The metrics of a gateway with metrics off: every call does nothing. */
export const NO_METRICS: GatewayMetrics = {
  decision: () => {},
  signIn: () => {},
  lockout: () => {},
};
