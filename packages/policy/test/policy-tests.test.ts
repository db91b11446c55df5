/**
 * The policy test runner (issue 14): suites of principals, resources and expected decisions, run with the engine
 * itself, as Cerbos test suites and `opa test` run policies. Decisions follow
 * `IAM/latest/UserGuide/reference_policies_evaluation-logic.html`.
 */
import { describe, expect, it } from 'vitest';
import { checkPolicyTestSuite, PolicyTestSuiteError, runPolicyTests, toJUnitXml } from '../src/index.js';

const A = '111122223333';
const B = '444455556666';
const clerkPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'orders:*', Resource: `arn:iamgate:orders::${A}:order/*` },
    { Effect: 'Deny', Action: 'orders:DeleteOrder', Resource: '*' },
  ],
};

const suite = {
  name: 'orders',
  principals: {
    clerk: { arn: `arn:iamgate:iam::${A}:user/clerk`, policies: [clerkPolicy] },
    partner: {
      arn: `arn:iamgate:iam::${B}:user/partner`,
      policies: [
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }],
        }),
      ],
    },
  },
  resources: {
    order: { arn: `arn:iamgate:orders::${A}:order/42` },
    shared: {
      arn: `arn:iamgate:orders::${A}:order/shared`,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:iamgate:iam::${B}:root` },
            Action: 'orders:GetOrder',
            Resource: '*',
          },
        ],
      },
    },
  },
  tests: [
    {
      name: 'clerks work on orders but never delete them',
      principals: ['clerk'],
      resources: ['order'],
      actions: {
        'orders:GetOrder': 'Allow',
        'orders:DeleteOrder': 'ExplicitDeny',
        'iam:CreateUser': 'ImplicitDeny',
      },
    },
    {
      // Cross-account: the resource policy must name the other account (reference_policies_evaluation-logic-cross-account.html).
      name: 'a partner reads only the shared order',
      principals: ['partner'],
      resources: ['shared', 'order'],
      actions: { 'orders:GetOrder': 'Allow' },
    },
  ],
};

describe('policy tests', () => {
  it('runs every principal, resource and action of each test and reports each decision', () => {
    const report = runPolicyTests(checkPolicyTestSuite(suite));
    expect(report.results.map((r) => [r.principal, r.resource, r.action, r.actual, r.passed])).toEqual([
      ['clerk', 'order', 'orders:GetOrder', 'Allow', true],
      ['clerk', 'order', 'orders:DeleteOrder', 'ExplicitDeny', true],
      ['clerk', 'order', 'iam:CreateUser', 'ImplicitDeny', true],
      ['partner', 'shared', 'orders:GetOrder', 'Allow', true],
      // The partner's own policy allows it, but order/42 has no policy trusting account B.
      ['partner', 'order', 'orders:GetOrder', 'ImplicitDeny', false],
    ]);
    expect([report.passed, report.failed]).toEqual([4, 1]);
  });

  it('accepts either denial for `Deny`, and applies conditions from the principal, resource and test', () => {
    const report = runPolicyTests(
      checkPolicyTestSuite({
        name: 'mfa',
        principals: {
          admin: {
            arn: `arn:iamgate:iam::${A}:user/admin`,
            policies: [
              {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: '*',
                    Resource: '*',
                    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
                  },
                ],
              },
            ],
          },
        },
        tests: [
          {
            name: 'without MFA',
            principals: ['admin'],
            resources: ['*'],
            actions: { 'iam:DeleteUser': 'Deny' },
          },
          {
            name: 'with MFA',
            principals: ['admin'],
            resources: ['*'],
            context: { 'aws:MultiFactorAuthPresent': true },
            actions: { 'iam:DeleteUser': 'Allow' },
          },
        ],
      }),
    );
    expect(report.failed).toBe(0);
  });

  it('refuses malformed suites with a stable code and the JSON pointer of the problem', () => {
    const cases: [unknown, string][] = [
      [[], ''],
      [{ ...suite, name: '' }, '/name'],
      [{ ...suite, tests: [] }, '/tests'],
      [{ ...suite, tests: [{ ...suite.tests[0], principals: ['nobody'] }] }, '/tests/0/principals/0'],
      [
        { ...suite, tests: [{ ...suite.tests[0], actions: { 'orders:GetOrder': 'Maybe' } }] },
        '/tests/0/actions/orders:GetOrder',
      ],
      [{ ...suite, principals: { x: { arn: 'arn:x', policies: [42] } } }, '/principals/x/policies/0'],
      [
        { ...suite, principals: { x: { arn: 'arn:x', context: { k: { nested: true } } } } },
        '/principals/x/context/k',
      ],
    ];
    for (const [value, path] of cases) {
      let thrown: unknown;
      try {
        checkPolicyTestSuite(value);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PolicyTestSuiteError);
      expect({
        code: (thrown as PolicyTestSuiteError).code,
        path: (thrown as PolicyTestSuiteError).path,
      }).toEqual({
        code: 'InvalidPolicyTestSuite',
        path,
      });
    }
  });

  it('writes JUnit XML with one failure per wrong decision, escaped', () => {
    const xml = toJUnitXml([runPolicyTests(checkPolicyTestSuite({ ...suite, name: 'orders <&>' }))]);
    expect(xml).toContain('<testsuites name="iamgate policy tests" tests="5" failures="1">');
    expect(xml).toContain('<testsuite name="orders &lt;&amp;&gt;" tests="5" failures="1">');
    expect(xml.match(/<failure message="expected Allow, got ImplicitDeny"\/>/g)).toHaveLength(1);
  });
});
