import type { ContextValue } from '@iamgate/policy';
import type { AuthorizationResult } from '../authorize/authorizer.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';

/** One authorization made by the middleware, for audit logs. */
export interface DecisionEvent {
  principal: VerifiedPrincipal;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  result: AuthorizationResult;
}

/** Where an unexpected error happened: verifier, route/context functions, authorizer, or a hook itself. */
export type ErrorPhase = 'authenticate' | 'route' | 'authorize' | 'hook';

/** Observers the app may attach. Both are called synchronously; what they throw is reported and ignored. */
export interface GateHooks {
  /** Called with every decision (and every stale answer). */
  onDecision?: (event: DecisionEvent) => void;
  /**
   * Called with every unexpected error: the ones behind a 500 or 503 (keys or revocation unavailable, a throwing
   * authorizer or app function). The client only sees a stable code.
   */
  onError?: (error: unknown, phase: ErrorPhase) => void;
}

/** Calls `onError`, shielding the request from a throwing hook. */
export function reportError(hooks: GateHooks, error: unknown, phase: ErrorPhase): void {
  try {
    hooks.onError?.(error, phase);
  } catch {
    // A broken logger must not turn a refusal into a crash.
  }
}

/** Calls `onDecision`, reporting (not propagating) what it throws. */
export function reportDecision(hooks: GateHooks, event: DecisionEvent): void {
  if (hooks.onDecision === undefined) return;
  try {
    hooks.onDecision(event);
  } catch (error) {
    reportError(hooks, error, 'hook');
  }
}
