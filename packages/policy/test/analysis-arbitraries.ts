/**
 * fast-check generators for access analysis: a principal of account A with its own keys, policies of every
 * narrowing layer over a small vocabulary (so that statements, resources, tags and request keys meet), and requests
 * with resource tags and request keys. Policies use resource tags, principal keys and request keys in conditions,
 * and principal and request variables in resources and values, so partial evaluation has all of them to get right.
 */
import fc from 'fast-check';
import {
  type ContextValue,
  type PolicyDocument,
  type RequestPolicies,
  ServiceCatalog,
  type StatementDocument,
} from '../src/index.js';

export const A = '111122223333';
export const B = '444455556666';
export const ALICE = `arn:iamgate:iam::${A}:user/alice`;
export const SESSION = `arn:iamgate:sts::${A}:assumed-role/Ops/s1`;
export const ROOT = `arn:iamgate:iam::${A}:root`;

/** The catalog: `orders` is defined, `s3` is not. */
export const CATALOG = new ServiceCatalog([
  {
    Name: 'orders',
    Actions: [
      { Name: 'GetOrder', AccessLevel: 'Read', Resources: [{ Name: 'order' }] },
      { Name: 'CancelOrder', AccessLevel: 'Write', Resources: [{ Name: 'order' }] },
      { Name: 'ListOrders', AccessLevel: 'List' },
    ],
    Resources: [
      { Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}'] },
    ],
  },
]);

export const ACTIONS = [
  'orders:GetOrder',
  'orders:CancelOrder',
  'orders:ListOrders',
  's3:GetObject',
  's3:PutObject',
];

const actionPatterns = fc.constantFrom(
  '*',
  'orders:*',
  'orders:Get*',
  'orders:GetOrder',
  'orders:cancelorder',
  'orders:List?rders',
  's3:*',
  's3:Get*',
  's3:GetObject',
  '*:Get*',
);

const resourcePatterns = fc.constantFrom(
  '*',
  `arn:iamgate:orders::${A}:order/*`,
  `arn:iamgate:orders::${A}:order/\${aws:username}/*`,
  `arn:iamgate:orders::${A}:order/\${aws:PrincipalTag/team}-*`,
  `arn:iamgate:orders::${A}:order/\${aws:SourceIdentity}`,
  'arn:iamgate:orders::*:order/7',
  `arn:iamgate:orders:*:${A}:*`,
  'arn:iamgate:s3:::bucket/*',
  'arn:iamgate:*',
  `arn:iamgate:orders::${B}:order/*`,
  `arn:iamgate:orders::${A}:order/\${*}`,
);

export const CONDITIONS: StatementDocument['Condition'][] = [
  { StringEquals: { 'aws:ResourceTag/team': 'red' } },
  { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
  { StringLike: { 'aws:ResourceTag/env': 'prod*' } },
  { StringNotEquals: { 'aws:ResourceTag/team': 'blue' } },
  { StringEqualsIfExists: { 'aws:ResourceTag/env': 'dev' } },
  { Null: { 'aws:ResourceTag/team': 'false' } },
  { 'ForAllValues:StringEquals': { 'aws:ResourceTag/team': ['red', 'blue'] } },
  { 'ForAnyValue:StringLike': { 'aws:ResourceTag/env': ['d*', 'q?'] } },
  { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
  { StringLike: { 'aws:ResourceTag/path': '${aws:ResourceTag/team}/*' } },
  { NumericLessThan: { 'aws:ResourceTag/level': '5' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  { StringNotEquals: { 'aws:username': 'bob' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { StringEquals: { 'aws:SourceIdentity': '${aws:username}' } },
  { StringEquals: { 'aws:username': '${aws:SourceIdentity}' } },
  { StringEquals: { 'aws:ResourceTag/team': 'red', 'aws:PrincipalTag/team': 'red' } },
];

function statement(effect?: 'Allow' | 'Deny'): fc.Arbitrary<StatementDocument> {
  return fc
    .record({
      effect:
        effect === undefined
          ? fc.oneof(
              { weight: 6, arbitrary: fc.constant<'Allow'>('Allow') },
              { weight: 1, arbitrary: fc.constant<'Deny'>('Deny') },
            )
          : fc.constant(effect),
      notAction: fc.oneof(
        { weight: 6, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      actions: fc.array(actionPatterns, { minLength: 1, maxLength: 2 }),
      notResource: fc.oneof(
        { weight: 5, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      resources: fc.array(resourcePatterns, { minLength: 1, maxLength: 2 }),
      conditions: fc.array(fc.constantFrom(...CONDITIONS), { maxLength: 2 }),
    })
    .map((r) => {
      const s: StatementDocument = { Effect: r.effect };
      s[r.notAction ? 'NotAction' : 'Action'] = r.actions;
      s[r.notResource ? 'NotResource' : 'Resource'] = r.resources;
      const condition: NonNullable<StatementDocument['Condition']> = {};
      for (const c of r.conditions) {
        for (const [op, keys] of Object.entries(c ?? {})) condition[op] = { ...condition[op], ...keys };
      }
      if (Object.keys(condition).length > 0) s.Condition = condition;
      return s;
    });
}

function document(effect?: 'Allow' | 'Deny'): fc.Arbitrary<PolicyDocument> {
  return fc
    .tuple(fc.array(statement(effect), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([Statement, old]) => (old ? { Statement } : { Version: '2012-10-17', Statement }));
}

/** Sometimes `arbitrary`, mostly not (`freq` in 10). */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 10 - freq, arbitrary: fc.constant(undefined) }, { weight: freq, arbitrary });
}

/** A principal's policies: identity, and sometimes a boundary, session policies and guardrail levels. */
export const policies: fc.Arbitrary<Omit<RequestPolicies, 'resource'>> = fc
  .record({
    identity: fc.array(document(), { minLength: 1, maxLength: 3 }),
    permissionsBoundary: sometimes(document('Allow'), 3),
    session: sometimes(fc.array(document('Allow'), { minLength: 1, maxLength: 2 }), 2),
    guardrails: sometimes(
      fc.array(fc.array(document(), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
      3,
    ),
  })
  .map((r) => {
    const out: Omit<RequestPolicies, 'resource'> = { identity: r.identity };
    if (r.permissionsBoundary !== undefined) out.permissionsBoundary = r.permissionsBoundary;
    if (r.session !== undefined) out.session = r.session;
    if (r.guardrails !== undefined) out.guardrails = r.guardrails;
    return out;
  });

/** A principal with the keys its requests carry. */
export const principals = fc.record({
  arn: fc.constantFrom(ALICE, ALICE, SESSION, ROOT),
  team: fc.option(fc.constantFrom('red', 'blue'), { nil: undefined }),
});

/** The principal's own keys. */
export function principalContext(p: { arn: string; team: string | undefined }): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = { 'aws:PrincipalAccount': A };
  if (p.team !== undefined) context['aws:PrincipalTag/team'] = p.team;
  return context;
}

export const resources = fc.record({
  arn: fc.constantFrom(
    `arn:iamgate:orders::${A}:order/7`,
    `arn:iamgate:orders::${A}:order/alice/1`,
    `arn:iamgate:orders::${A}:order/red-1`,
    `arn:iamgate:orders::${A}:order/*`,
    `arn:iamgate:orders::${A}:order/alice`,
    `arn:iamgate:orders::${B}:order/7`,
    `arn:iamgate:orders:eu:${A}:order/7`,
    'arn:iamgate:s3:::bucket/k',
    'arn:iamgate:orders:x',
    '*',
  ),
  tags: fc.record(
    {
      team: fc.constantFrom('red', 'blue', ''),
      env: fc.constantFrom('prod1', 'dev', 'qa'),
      owner: fc.constantFrom('alice', 'bob'),
      path: fc.constantFrom('red/x', 'blue/x'),
      level: fc.constantFrom('3', '9'),
    },
    { requiredKeys: [] },
  ),
});

/** Request keys (never the principal's or the resource's). */
export const requestContexts = fc.record(
  {
    'aws:SourceIp': fc.constantFrom('10.1.1.1', '192.168.1.1'),
    'aws:SecureTransport': fc.boolean(),
    'aws:SourceIdentity': fc.constantFrom('alice', 'x'),
  },
  { requiredKeys: [] },
);

/** `aws:ResourceTag/<key>` entries of a resource's tags. */
export function tagContext(tags: Readonly<Record<string, string>>): Record<string, ContextValue> {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:ResourceTag/${k}`, v]));
}
