import { errorCodeOf } from '../errors/error-code-of.js';
import type { GatewayMetrics, SignInOutcome } from './gateway-metrics.js';

/** The outcome a sign-in's error counts as: refused credentials, a lockout, or anything else (a fault, a bad input). */
function outcomeOf(error: unknown): SignInOutcome {
  switch (errorCodeOf(error)) {
    case 'InvalidClientTokenId':
      return 'invalid';
    case 'Throttling':
      return 'throttled';
    default:
      return 'error';
  }
}

/**
 * Counts how a sign-in ends (`iamgate_sign_ins_total{outcome}`) and passes its result or error on unchanged.
 *
 * @example
 * resolve: (_root, { input }, ctx) => countSignIn(metricsOf(ctx.services), signIn(input)),
 */
export async function countSignIn<T>(metrics: GatewayMetrics, signIn: Promise<T>): Promise<T> {
  try {
    const result = await signIn;
    metrics.signIn('success');
    return result;
  } catch (error) {
    metrics.signIn(outcomeOf(error));
    throw error;
  }
}
