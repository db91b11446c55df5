/**
 * fast-check generators of valid policies and requests over a small vocabulary, so that random cases actually hit
 * each other (the same principals, actions, resources and context keys recur).
 */
import fc from 'fast-check';
import type { EvaluationRequest, PolicyDocument, RequestPolicies, StatementDocument } from '../src/index.js';
import { ACCOUNT, ALICE, BOB, OBJECT, OTHER, ROLE, ROOT, SESSION } from './helpers.js';

const OTHER_USER = `arn:aws:iam::${OTHER}:user/carol`;
const OTHER_OBJECT = `arn:aws:s3::${OTHER}:reports/q2.csv`;

export const principals = fc.constantFrom(
  ALICE,
  BOB,
  SESSION,
  ROOT,
  OTHER_USER,
  'anonymous',
  'workload.iamgate',
);
export const actions = fc.constantFrom(
  's3:GetObject',
  's3:GetObject',
  's3:PutObject',
  'ec2:RunInstances',
  'iam:CreateUser',
);
export const resources = fc.constantFrom(OBJECT, OTHER_OBJECT, '*', `arn:aws:iam::${ACCOUNT}:user/alice`);

const actionPatterns = fc.constantFrom(
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:*Object',
  'ec2:*',
  'iam:CreateUser',
  'S3:get?bject',
);
const resourcePatterns = fc.constantFrom(
  '*',
  '*',
  'arn:aws:s3:::reports/*',
  'arn:aws:s3:*',
  'arn:aws:s3::*:reports/*',
  'arn:aws:iam::*:user/${aws:username}',
  `arn:aws:iam::${ACCOUNT}:user/*`,
);
const conditions = fc.constantFrom<StatementDocument['Condition']>(
  { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['red', 'green'] } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['env*', 'team'] } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'secret' } },
  { Null: { 'aws:PrincipalTag/team': 'false' } },
  { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
  { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:*` } },
);
const principalElements = fc.constantFrom<Pick<StatementDocument, 'Principal' | 'NotPrincipal'>>(
  { Principal: '*' },
  { Principal: { AWS: ACCOUNT } },
  { Principal: { AWS: ALICE } },
  { Principal: { AWS: [ROLE, OTHER_USER] } },
  { Principal: { AWS: SESSION } },
  { Principal: { Service: 'workload.iamgate' } },
  { NotPrincipal: { AWS: [BOB, ROOT] } },
);

/** A valid statement of `effect` (any effect when undefined); with a principal element when `resourceBased`. */
export function statement(
  resourceBased: boolean,
  effect?: 'Allow' | 'Deny',
): fc.Arbitrary<StatementDocument> {
  return fc
    .record({
      // Mostly Allows, so that a fair share of random requests is allowed and the invariants have something to bite.
      effect:
        effect === undefined
          ? fc.oneof(
              { weight: 6, arbitrary: fc.constant<'Allow'>('Allow') },
              { weight: 1, arbitrary: fc.constant<'Deny'>('Deny') },
            )
          : fc.constant(effect),
      not: fc.boolean(),
      actions: fc.array(actionPatterns, { minLength: 1, maxLength: 2 }),
      resources: fc.array(resourcePatterns, { minLength: 1, maxLength: 2 }),
      condition: fc.option(conditions, { nil: undefined }),
      principal: principalElements,
    })
    .map((r) => {
      const s: StatementDocument = { Effect: r.effect, Resource: r.resources };
      if (r.not && r.effect === 'Deny') s.NotAction = r.actions;
      else s.Action = r.actions;
      if (r.condition !== undefined) s.Condition = r.condition;
      if (resourceBased) Object.assign(s, r.principal);
      return s;
    });
}

export function document(resourceBased: boolean): fc.Arbitrary<PolicyDocument> {
  return fc
    .array(statement(resourceBased), { minLength: 1, maxLength: 3 })
    .map((Statement) => ({ Version: '2012-10-17', Statement }));
}

const contexts = fc.record(
  {
    'aws:PrincipalTag/team': fc.constantFrom('blue', 'red'),
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '192.168.0.1', '2001:db8::7'),
    'aws:SecureTransport': fc.boolean(),
    'aws:MultiFactorAuthPresent': fc.constantFrom('true', 'false'),
    'aws:TagKeys': fc.array(fc.constantFrom('env', 'envx', 'team', 'secret'), { maxLength: 3 }),
    'aws:CurrentTime': fc.constantFrom('2024-01-01T00:00:00Z', 1_900_000_000),
  },
  { requiredKeys: [] },
);

export const policiesArb: fc.Arbitrary<RequestPolicies> = fc.record(
  {
    identity: fc.array(document(false), { minLength: 1, maxLength: 3 }),
    resource: document(true),
    permissionsBoundary: document(false),
    session: fc.array(document(false), { minLength: 1, maxLength: 2 }),
    guardrails: fc.array(fc.array(document(false), { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 2,
    }),
  },
  { requiredKeys: [] },
);

export const requests: fc.Arbitrary<EvaluationRequest> = fc.record({
  principal: principals,
  action: actions,
  resource: resources,
  context: contexts,
  policies: policiesArb,
});
