/**
 * Stored resource policies decided as one resource-based layer: the merged policy must decide exactly as the
 * policies would one by one (reference_policies_evaluation-logic_policy-eval-denyallow.html: a Deny in any policy
 * denies; the resource-based layer allows when any of its statements does).
 */
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateWithStoredPolicies,
  resourceArnMatches,
  StoredResourcePolicies,
} from '../src/index.js';

const A = '111122223333';
const B = '444455556666';
const ORDERS = `arn:iamgate:orders::${A}:order/*`;
const bob = `arn:iamgate:iam::${B}:user/bob`;
const alice = `arn:iamgate:iam::${A}:user/alice`;

function policy(statements: object[], version: string | undefined = '2012-10-17'): string {
  return JSON.stringify({ ...(version === undefined ? {} : { Version: version }), Statement: statements });
}

const allowBob = policy([
  { Sid: 'Read', Effect: 'Allow', Principal: { AWS: bob }, Action: 'orders:GetOrder', Resource: ORDERS },
]);

describe('resourceArnMatches', () => {
  it('matches as a Resource element does: per segment, case-sensitive, `*` and `?`', () => {
    expect(resourceArnMatches(ORDERS, `arn:iamgate:orders::${A}:order/7`)).toBe(true);
    expect(resourceArnMatches(`arn:iamgate:orders::${A}:order/?`, `arn:iamgate:orders::${A}:order/7`)).toBe(
      true,
    );
    expect(resourceArnMatches(ORDERS, `arn:iamgate:orders::${A}:Order/7`)).toBe(false);
    expect(resourceArnMatches(ORDERS, `arn:iamgate:orders::${B}:order/7`)).toBe(false);
    expect(resourceArnMatches(`arn:iamgate:orders::${A}:order/7`, `arn:iamgate:orders::${A}:order/77`)).toBe(
      false,
    );
    // No variables in a stored ARN: `${...}` is literal text.
    expect(
      resourceArnMatches(
        `arn:iamgate:orders::${A}:order/\${aws:username}`,
        `arn:iamgate:orders::${A}:order/x`,
      ),
    ).toBe(false);
  });
});

describe('evaluateWithStoredPolicies', () => {
  const request = {
    principal: bob,
    action: 'orders:GetOrder',
    resource: `arn:iamgate:orders::${A}:order/7`,
    policies: { identity: [policy([{ Effect: 'Allow', Action: 'orders:*', Resource: '*' }])] },
  };

  it('grants across accounts when a matching stored policy names the caller, naming it in the decision', () => {
    const stored = new StoredResourcePolicies([{ resourceArn: ORDERS, document: allowBob }]);
    const decision = evaluateWithStoredPolicies(request, stored);
    expect(decision.decision).toBe('Allow');
    expect(decision.allowedBy).toContainEqual({
      layer: 'resource',
      policyId: ORDERS,
      index: 0,
      effect: 'Allow',
      sid: 'Read',
    });
    expect(
      evaluateWithStoredPolicies({ ...request, resource: `arn:iamgate:orders::${A}:invoice/7` }, stored),
    ).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'resource' });
  });

  it('merges every matching policy, even when their Sids repeat, and a Deny in any of them wins', () => {
    const deny = policy([
      { Sid: 'Read', Effect: 'Deny', Principal: '*', Action: 'orders:GetOrder', Resource: `${ORDERS}7` },
    ]);
    const stored = new StoredResourcePolicies([
      { resourceArn: ORDERS, document: allowBob },
      { resourceArn: `arn:iamgate:orders::${A}:order/7`, document: deny },
    ]);
    const decision = evaluateWithStoredPolicies(request, stored);
    expect(decision.decision).toBe('ExplicitDeny');
    expect(decision.deniedBy).toEqual([
      {
        layer: 'resource',
        policyId: `arn:iamgate:orders::${A}:order/7`,
        index: 0,
        effect: 'Deny',
        sid: 'Read',
      },
    ]);
    expect(
      evaluateWithStoredPolicies({ ...request, resource: `arn:iamgate:orders::${A}:order/8` }, stored),
    ).toMatchObject({ decision: 'Allow' });
  });

  it('decides as the policies one by one would, for every principal and resource of a small matrix', () => {
    const one = policy([
      { Effect: 'Allow', Principal: { AWS: B }, Action: 'orders:Get*', Resource: ORDERS },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'orders:*',
        Resource: ORDERS,
        Condition: { StringEquals: { 'aws:username': 'mallory' } },
      },
    ]);
    const two = policy([{ Effect: 'Allow', Principal: { AWS: alice }, Action: 'orders:*' }]);
    const stored = new StoredResourcePolicies([
      { resourceArn: ORDERS, document: one },
      { resourceArn: `arn:iamgate:orders::${A}:*`, document: two },
    ]);
    for (const principal of [
      bob,
      alice,
      `arn:iamgate:iam::${B}:user/mallory`,
      `arn:iamgate:iam::${A}:root`,
    ]) {
      for (const action of ['orders:GetOrder', 'orders:CancelOrder']) {
        for (const resource of [`arn:iamgate:orders::${A}:order/1`, `arn:iamgate:orders::${A}:invoice/1`]) {
          const base = { principal, action, resource, context: { 'aws:username': principal.split('/')[1]! } };
          const merged = evaluateWithStoredPolicies({ ...base, policies: request.policies }, stored);
          // The reference: each matching policy's statements decide the same when given as the only policy, so an
          // Allow by any and a Deny by any are what the merged layer must report.
          const each = [one, two]
            .filter((_, i) => (i === 0 ? resource.includes(':order/') : true))
            .map((doc) => evaluate({ ...base, policies: { ...request.policies, resource: doc } }));
          const denied = each.some((d) => d.decision === 'ExplicitDeny');
          const allowed = each.some((d) => d.decision === 'Allow');
          expect(merged.decision, `${principal} ${action} ${resource}`).toBe(
            denied ? 'ExplicitDeny' : allowed ? 'Allow' : 'ImplicitDeny',
          );
        }
      }
    }
  });

  it('keeps `${...}` literal in statements of older versions merged with 2012-10-17 ones', () => {
    const old = policy(
      [
        {
          Effect: 'Allow',
          Principal: { AWS: bob },
          Action: 'orders:GetOrder',
          Resource: `arn:iamgate:orders::${A}:order/\${aws:username}`,
          Condition: { StringEquals: { 'orders:Note': '${aws:username}' } },
        },
      ],
      '2008-10-17',
    );
    const stored = new StoredResourcePolicies([
      { resourceArn: ORDERS, document: old },
      {
        resourceArn: `arn:iamgate:orders::${A}:*`,
        document: policy([{ Effect: 'Deny', Principal: '*', Action: 'x:Y' }]),
      },
    ]);
    const literal = `arn:iamgate:orders::${A}:order/\${aws:username}`;
    const base = { ...request, context: { 'aws:username': 'bob', 'orders:Note': '${aws:username}' } };
    expect(evaluateWithStoredPolicies({ ...base, resource: literal }, stored).decision).toBe('Allow');
    expect(
      evaluateWithStoredPolicies({ ...base, resource: `arn:iamgate:orders::${A}:order/bob` }, stored)
        .decision,
    ).toBe('ImplicitDeny');
  });

  it('leaves out a stored policy the engine cannot use and reports it, as the engine does for any policy', () => {
    const stored = new StoredResourcePolicies([
      { resourceArn: ORDERS, document: '{"Statement": "nope"}' },
      { resourceArn: `arn:iamgate:orders::${A}:*`, document: allowBob },
    ]);
    const decision = evaluateWithStoredPolicies(request, stored);
    expect(decision.decision).toBe('Allow');
    expect(decision.errors.map((e) => e.policyId)).toEqual([ORDERS]);
  });

  it('uses the policy a request brings instead of the stored ones', () => {
    const stored = new StoredResourcePolicies([{ resourceArn: ORDERS, document: allowBob }]);
    const own = policy([
      { Effect: 'Allow', Principal: { AWS: alice }, Action: 'orders:GetOrder', Resource: '*' },
    ]);
    const decision = evaluateWithStoredPolicies(
      { ...request, policies: { ...request.policies, resource: own } },
      stored,
    );
    expect(decision).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'resource' });
  });

  it('builds the merged policy of one combination once, so the engine compiles it once', () => {
    const stored = new StoredResourcePolicies([{ resourceArn: ORDERS, document: allowBob }]);
    const first = stored.forResource(`arn:iamgate:orders::${A}:order/1`);
    expect(stored.forResource(`arn:iamgate:orders::${A}:order/2`)).toBe(first);
    expect(stored.forResource(`arn:iamgate:orders::${A}:invoice/2`)).toBeUndefined();
  });
});
