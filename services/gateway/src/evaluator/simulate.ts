import {
  type ContextValue,
  type Decision,
  evaluate,
  type PolicyInput,
  type RequestPolicies,
} from '@iamgate/policy';
import { IamError } from '../errors/iam-error.js';
import { decideWithStored, type StoredPolicies } from './stored-resource-policies.js';

/** The most evaluation results one simulation returns (actions x resources). */
export const MAX_SIMULATION_RESULTS = 1000;

/** What a simulation evaluates: a principal, its policies, and the requests to try. */
export interface Simulation {
  principalArn: string;
  policies: RequestPolicies;
  actionNames: readonly string[];
  /** `*` when empty, as AWS. */
  resourceArns: readonly string[];
  resourceOwner?: string | undefined;
  context: Record<string, ContextValue>;
  /** The stored resource policies of the resources, used when `policies.resource` is not given. */
  stored: StoredPolicies;
  /** The caller's account, who sees the results: stored policies of other accounts are concealed in them. */
  viewerAccount: string;
}

/** One result (`IAM/latest/APIReference/API_EvaluationResult.html`). */
export interface SimulationResult {
  evalActionName: string;
  evalResourceName: string;
  decision: Decision;
  /** Whether the permissions boundary alone allows the request; `null` without a boundary. */
  allowedByPermissionsBoundary: boolean | null;
}

function boundaryAllows(
  simulation: Simulation,
  boundary: PolicyInput,
  action: string,
  resource: string,
): boolean {
  return (
    evaluate({
      principal: simulation.principalArn,
      action,
      resource,
      ...(simulation.resourceOwner === undefined ? {} : { resourceAccount: simulation.resourceOwner }),
      context: simulation.context,
      policies: { identity: [boundary] },
    }).decision === 'Allow'
  );
}

/**
 * Evaluates every action on every resource with `@iamgate/policy` (with the resource policy given, else the stored
 * ones that match each resource), as `SimulatePrincipalPolicy` and `SimulateCustomPolicy` do (`API_SimulatePrincipalPolicy.html`, `API_SimulateCustomPolicy.html`); the decision
 * carries the matched statements and the missing context keys.
 */
export function simulate(simulation: Simulation): SimulationResult[] {
  if (simulation.actionNames.length === 0) {
    throw new IamError('InvalidInput', 'give at least one action name', { field: 'actionNames' });
  }
  const resources = simulation.resourceArns.length === 0 ? ['*'] : simulation.resourceArns;
  if (simulation.actionNames.length * resources.length > MAX_SIMULATION_RESULTS) {
    throw new IamError(
      'InvalidInput',
      `at most ${MAX_SIMULATION_RESULTS} action and resource pairs can be simulated at once`,
      { field: 'actionNames' },
    );
  }
  const boundary = simulation.policies.permissionsBoundary;
  const results: SimulationResult[] = [];
  for (const action of simulation.actionNames) {
    for (const resource of resources) {
      const decision = decideWithStored(
        {
          principal: simulation.principalArn,
          action,
          resource,
          ...(simulation.resourceOwner === undefined ? {} : { resourceAccount: simulation.resourceOwner }),
          context: simulation.context,
          policies: simulation.policies,
        },
        simulation.stored,
        simulation.viewerAccount,
      );
      results.push({
        evalActionName: action,
        evalResourceName: resource,
        decision,
        allowedByPermissionsBoundary:
          boundary === undefined ? null : boundaryAllows(simulation, boundary, action, resource),
      });
    }
  }
  return results;
}
