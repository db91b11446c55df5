import { evaluate } from '../evaluate.js';
import type { Decision, DecisionKind, PolicyInput, RequestPolicies } from '../types.js';
import type { ExpectedDecision, PolicyTestSuite } from './suite.js';

/** One request of a test and what the policies decided. */
export interface PolicyTestResult {
  suite: string;
  test: string;
  principal: string;
  resource: string;
  action: string;
  expected: ExpectedDecision;
  actual: DecisionKind;
  passed: boolean;
  /** The engine's whole answer: matched statements, failed layer, missing context keys. */
  decision: Decision;
}

/** What a suite's run found. */
export interface PolicyTestReport {
  suite: string;
  results: PolicyTestResult[];
  passed: number;
  failed: number;
}

function matches(expected: ExpectedDecision, actual: DecisionKind): boolean {
  return expected === 'Deny' ? actual !== 'Allow' : expected === actual;
}

function identified(prefix: string, list: readonly PolicyInput[]): PolicyInput[] {
  return list.map((p, i) =>
    typeof p === 'object' && 'id' in p && 'document' in p ? p : { id: `${prefix}/${i}`, document: p },
  );
}

/**
 * Runs every test of a suite (see `checkPolicyTestSuite`) with `evaluate`, exactly as the gateway decides: each
 * principal's identity policies, boundary, session policies and guardrails, the resource's policy, and the condition
 * keys of the principal, the resource and the test. Never throws for a wrong decision: the report says which failed.
 *
 * @example
 * const report = runPolicyTests(checkPolicyTestSuite(JSON.parse(text)));
 * expect(report.results.filter((r) => !r.passed)).toEqual([]);
 */
export function runPolicyTests(suite: PolicyTestSuite): PolicyTestReport {
  const results: PolicyTestResult[] = [];
  for (const test of suite.tests) {
    for (const principalName of test.principals) {
      const principal = suite.principals[principalName] ?? { arn: principalName };
      for (const resourceName of test.resources) {
        const resource = suite.resources?.[resourceName] ?? { arn: resourceName };
        const policies: RequestPolicies = {
          identity: identified(`${principalName}/policies`, principal.policies ?? []),
        };
        if (principal.permissionsBoundary !== undefined)
          policies.permissionsBoundary = identified(`${principalName}/boundary`, [
            principal.permissionsBoundary,
          ])[0]!;
        if (principal.sessionPolicies !== undefined)
          policies.session = identified(`${principalName}/session`, principal.sessionPolicies);
        if (principal.guardrails !== undefined)
          policies.guardrails = principal.guardrails.map((level, i) =>
            identified(`${principalName}/guardrails/${i}`, level),
          );
        if (resource.policy !== undefined)
          policies.resource = identified(`${resourceName}/policy`, [resource.policy])[0]!;
        const context = { ...resource.context, ...principal.context, ...test.context };
        for (const [action, expected] of Object.entries(test.actions)) {
          const decision = evaluate({
            principal: principal.arn,
            action,
            resource: resource.arn,
            context,
            policies,
          });
          results.push({
            suite: suite.name,
            test: test.name,
            principal: principalName,
            resource: resourceName,
            action,
            expected,
            actual: decision.decision,
            passed: matches(expected, decision.decision),
            decision,
          });
        }
      }
    }
  }
  const passed = results.filter((r) => r.passed).length;
  return { suite: suite.name, results, passed, failed: results.length - passed };
}
