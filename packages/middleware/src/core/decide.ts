import type { AuthorizationInput, AuthorizationResult, Authorizer } from '../authorize/authorizer.js';
import { type DecisionEvent, type GateHooks, reportDecision, reportError } from './hooks.js';

/** The decision event of an input: everything but the caller's token, which no log should hold. */
function eventOf(input: AuthorizationInput, result: AuthorizationResult): DecisionEvent {
  const { principal, action, resource, context } = input;
  return { principal, action, resource, context, result };
}

function stale(error: unknown, hooks: GateHooks): AuthorizationResult {
  reportError(hooks, error, 'authorize');
  return { kind: 'stale', reason: 'the authorizer failed' };
}

/** Asks the authorizer, turning a throw into `stale` (never an Allow), and reports the decision. */
export async function decide(
  authorizer: Authorizer,
  input: AuthorizationInput,
  hooks: GateHooks,
): Promise<AuthorizationResult> {
  let result: AuthorizationResult;
  try {
    result = await authorizer.authorize(input);
  } catch (error) {
    result = stale(error, hooks);
  }
  if (hooks.onDecision !== undefined) reportDecision(hooks, eventOf(input, result));
  return result;
}

/**
 * Decides several requests of one principal: through `authorizeBatch` when the authorizer has it, else one by one
 * (concurrently). A batch that fails, or answers with the wrong number of results, makes every answer stale.
 */
export async function decideAll(
  authorizer: Authorizer,
  inputs: readonly AuthorizationInput[],
  hooks: GateHooks,
): Promise<AuthorizationResult[]> {
  if (authorizer.authorizeBatch === undefined || inputs.length === 0) {
    return Promise.all(inputs.map((input) => decide(authorizer, input, hooks)));
  }
  let results: AuthorizationResult[];
  try {
    results = await authorizer.authorizeBatch(inputs);
    if (results.length !== inputs.length) {
      throw new Error(`\`authorizeBatch\` answered ${results.length} results for ${inputs.length} requests`);
    }
  } catch (error) {
    const failed = stale(error, hooks);
    results = inputs.map(() => failed);
  }
  if (hooks.onDecision !== undefined) {
    inputs.forEach((input, i) => {
      reportDecision(hooks, eventOf(input, results[i] as AuthorizationResult));
    });
  }
  return results;
}
