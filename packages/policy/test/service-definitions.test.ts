/**
 * Service definitions and the policy checks that use them (issue 14), as IAM Access Analyzer checks policies against
 * AWS's services (`access-analyzer-reference-policy-checks.html`) and the service reference describes them
 * (`service-authorization/latest/reference/service-reference.html`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkServiceDefinition,
  FINDING_CODES,
  findingDocumentation,
  matchesWildcard,
  ServiceCatalog,
  type ServiceDefinitionDocument,
  validatePolicy,
} from '../src/index.js';
import { patternsOverlap } from '../src/service-definitions/glob-overlap.js';

const ORDERS: ServiceDefinitionDocument = {
  Name: 'orders',
  Actions: [
    {
      Name: 'GetOrder',
      AccessLevel: 'Read',
      Resources: [{ Name: 'order' }],
      ActionConditionKeys: ['orders:Amount'],
    },
    { Name: 'ListOrders', AccessLevel: 'List' },
    { Name: 'CancelOrder', AccessLevel: 'Write', Resources: [{ Name: 'order' }] },
    { Name: 'GetInvoice', AccessLevel: 'Read', Resources: [{ Name: 'invoice' }] },
  ],
  Resources: [
    { Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}'] },
    { Name: 'invoice', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:invoice/${InvoiceId}'] },
  ],
  ConditionKeys: [
    { Name: 'orders:Amount', Types: ['Numeric'] },
    { Name: 'orders:Channel', Types: ['String'] },
  ],
};
const services = new ServiceCatalog([ORDERS]);
const check = (statements: object[]) =>
  validatePolicy({ Version: '2012-10-17', Statement: statements }, 'identity', { services }).findings;
const codes = (statements: object[]) => check(statements).map((f) => [f.code, f.path]);
const ORDER = 'arn:iamgate:orders::111122223333:order/42';

describe('service definitions', () => {
  it('accepts a well-formed definition and refuses each kind of mistake with a pointer', () => {
    expect(checkServiceDefinition(ORDERS)).toMatchObject({ valid: true, findings: [] });
    const broken = {
      Name: 'Orders!',
      Actions: [
        { Name: 'GetOrder', AccessLevel: 'Reading', Resources: [{ Name: 'parcel' }] },
        { Name: 'getorder', AccessLevel: 'Read' },
      ],
      Resources: [{ Name: 'order', ARNFormats: ['arn:${Partition}:billing:::order/${Id}'] }],
      ConditionKeys: [{ Name: 'billing:Amount', Types: ['Number'] }],
    };
    const result = checkServiceDefinition(broken);
    expect(result.valid).toBe(false);
    expect(result.findings.every((f) => f.code === 'INVALID_SERVICE_DEFINITION')).toBe(true);
    expect(result.findings.map((f) => f.path).sort()).toEqual(
      [
        '/Name',
        '/Actions/0/AccessLevel',
        '/Actions/0/Resources/0/Name',
        '/Actions/1/Name',
        '/Resources/0/ARNFormats/0',
        '/ConditionKeys/0/Name',
        '/ConditionKeys/0/Types',
      ].sort(),
    );
    expect(checkServiceDefinition('orders').valid).toBe(false);
    expect(checkServiceDefinition({ Name: 'orders', Actions: [] }).valid).toBe(false);
  });
});

describe('policy checks against services', () => {
  it('says nothing about a policy that uses the service as defined', () => {
    expect(
      check([
        { Effect: 'Allow', Action: ['orders:Get*', 'orders:ListOrders'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: 'orders:CancelOrder',
          Resource: 'arn:iamgate:orders::111122223333:order/${aws:username}-*',
          Condition: {
            NumericLessThan: { 'orders:Amount': '100' },
            StringEquals: { 'aws:PrincipalTag/team': 'red' },
          },
        },
      ]),
    ).toEqual([]);
  });

  it('finds misspelled actions, with the nearest real name, and patterns that match nothing', () => {
    const findings = check([
      { Effect: 'Allow', Action: ['orders:GetOrdr', 'orders:Delete*', 'orders:Frobnicate'], Resource: '*' },
    ]);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['UNKNOWN_ACTION', '/Statement/0/Action/0'],
      ['UNKNOWN_ACTION', '/Statement/0/Action/1'],
      ['UNKNOWN_ACTION', '/Statement/0/Action/2'],
    ]);
    expect(findings[0]?.message).toContain('did you mean `orders:GetOrder`?');
    expect(findings[2]?.message).not.toContain('did you mean');
  });

  it('suggests registering a service it does not know, and never checks `*`', () => {
    expect(codes([{ Effect: 'Allow', Action: ['billing:GetInvoice', '*'], Resource: '*' }])).toEqual([
      ['ALLOW_ALL_ACTIONS_ALL_RESOURCES', '/Statement/0/Action'],
      ['UNKNOWN_SERVICE', '/Statement/0/Action/0'],
    ]);
    expect(check([{ Effect: 'Allow', Action: 'billing:GetInvoice', Resource: '*' }])[0]?.severity).toBe(
      'SUGGESTION',
    );
  });

  it('finds resources no action of the statement acts on, segment by segment', () => {
    expect(
      codes([
        {
          Effect: 'Allow',
          Action: 'orders:GetOrder',
          Resource: 'arn:iamgate:orders::111122223333:invoice/*',
        },
      ]),
    ).toEqual([['ACTION_RESOURCE_MISMATCH', '/Statement/0/Resource']]);
    // One action of the statement fits: no finding; nor for `*`, nor for an action that takes no resource.
    expect(
      codes([
        {
          Effect: 'Allow',
          Action: ['orders:GetOrder', 'orders:GetInvoice'],
          Resource: 'arn:iamgate:orders::1:invoice/9',
        },
        { Effect: 'Allow', Action: 'orders:GetOrder', Resource: ['arn:iamgate:orders::1:invoice/9', ORDER] },
        { Effect: 'Allow', Action: 'orders:ListOrders', Resource: 'arn:iamgate:orders::1:anything' },
        { Effect: 'Allow', Action: 'orders:GetOrder', Resource: 'arn:iamgate:orders:*:*:*' },
      ]),
    ).toEqual([]);
    // Another service's ARN never fits.
    expect(
      codes([{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: 'arn:iamgate:billing::1:order/1' }]),
    ).toEqual([['ACTION_RESOURCE_MISMATCH', '/Statement/0/Resource']]);
  });

  it('finds unknown condition keys and operators of the wrong type', () => {
    const findings = check([
      {
        Effect: 'Allow',
        Action: 'orders:GetOrder',
        Resource: ORDER,
        Condition: {
          StringEquals: { 'orders:Amount': '5', 'aws:SourceIp': '10.0.0.1', 'orders:Chanel': 'web' },
          Bool: { 'aws:MultiFactorAuthPresnt': 'true' },
          NumericEquals: { 'orders:Channel': '1' },
          IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
          DateGreaterThan: { 'aws:EpochTime': '1700000000' },
          'ForAnyValue:StringLike': { 'aws:TagKeys': 'team*' },
          Null: { 'orders:Amount': 'false' },
          StringEqualsIfExists: { 'billing:Anything': 'x' },
        },
      },
    ]);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['CONDITION_TYPE_MISMATCH', '/Statement/0/Condition/StringEquals/orders:Amount'],
      ['CONDITION_TYPE_MISMATCH', '/Statement/0/Condition/StringEquals/aws:SourceIp'],
      ['UNKNOWN_CONDITION_KEY', '/Statement/0/Condition/StringEquals/orders:Chanel'],
      ['UNKNOWN_CONDITION_KEY', '/Statement/0/Condition/Bool/aws:MultiFactorAuthPresnt'],
      ['CONDITION_TYPE_MISMATCH', '/Statement/0/Condition/NumericEquals/orders:Channel'],
    ]);
    expect(findings[2]?.message).toContain('did you mean `orders:channel`?');
    expect(findings[3]?.message).toContain('did you mean `aws:MultiFactorAuthPresent`?');
  });

  it('finds variables that name no key, in resources and condition values', () => {
    expect(
      codes([
        {
          Effect: 'Allow',
          Action: 'orders:GetOrder',
          Resource: [
            'arn:iamgate:orders::1:order/${aws:usrname}',
            'arn:iamgate:orders::1:order/${aws:username}',
          ],
          Condition: {
            StringEquals: {
              'orders:Channel': ['${aws:PrincipalTag/channel}', "${orders:Nope, 'x'}", '${*}'],
            },
          },
        },
      ]),
    ).toEqual([
      ['UNKNOWN_VARIABLE', '/Statement/0/Resource/0'],
      ['UNKNOWN_VARIABLE', '/Statement/0/Condition/StringEquals/orders:Channel/1'],
    ]);
  });

  it('warns about every action on everything and iam:PassRole on everything, with or without definitions', () => {
    const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const passRole = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:Pass*', Resource: '*' }],
    };
    const withChecks = (doc: object, kind: 'identity' | 'boundary' = 'identity') =>
      validatePolicy(doc, kind, { policyChecks: true }).findings.map((f) => [f.severity, f.code]);
    expect(withChecks(admin)).toEqual([['SECURITY_WARNING', 'ALLOW_ALL_ACTIONS_ALL_RESOURCES']]);
    expect(withChecks(passRole)).toEqual([['SECURITY_WARNING', 'PASS_ROLE_ALL_RESOURCES']]);
    // A boundary only caps: allowing everything there grants nothing.
    expect(withChecks(admin, 'boundary')).toEqual([]);
    // The plain validator (grammar only) is unchanged.
    expect(validatePolicy(admin, 'identity').findings).toEqual([]);
  });

  it('links every finding code to its documentation', () => {
    for (const code of FINDING_CODES)
      expect(findingDocumentation(code)).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(findingDocumentation('NOT_A_CODE')).toBeUndefined();
  });
});

describe('pattern overlap', () => {
  // Every string of up to 8 letters over {a, b}. Two patterns of up to 4 symbols that overlap share a string no longer
  // than their literal symbols together (every `*` matching nothing, each `?` one letter): at most 8. A shorter word
  // list misses overlaps such as `aaa*` and `*baa` (`aaabaa`).
  const words = [
    '',
    ...Array.from({ length: 8 }, (_, n) => n + 1).flatMap((n) =>
      Array.from({ length: 2 ** n }, (_, i) =>
        i.toString(2).padStart(n, '0').replace(/0/g, 'a').replace(/1/g, 'b'),
      ),
    ),
  ];
  const pattern = fc.array(fc.constantFrom('a', 'b', '*', '?'), { maxLength: 4 }).map((p) => p.join(''));

  it('says two patterns overlap exactly when some string matches both', () => {
    fc.assert(
      fc.property(pattern, pattern, (p, q) => {
        const witness = words.some((w) => matchesWildcard(p, w) && matchesWildcard(q, w));
        expect(patternsOverlap(p, q)).toBe(witness);
      }),
      { numRuns: 2000 },
    );
  });
});
