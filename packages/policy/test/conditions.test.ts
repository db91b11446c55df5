/**
 * Condition operators, one family at a time
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html), through
 * `evaluate`: a single Allow statement carrying the condition under test.
 */
import { describe, expect, it } from 'vitest';
import { type ContextValue, evaluate } from '../src/index.js';
import { allow, policy, request } from './helpers.js';

/** Whether an Allow with `condition` applies to a request with `context`. */
function holds(
  condition: Record<string, Record<string, unknown>>,
  context: Record<string, ContextValue> = {},
): boolean {
  const identity = [policy(allow('s3:GetObject', '*', { Condition: condition as never }))];
  const d = evaluate(request({ context, policies: { identity } }));
  expect(d.errors).toEqual([]);
  return d.decision === 'Allow';
}

describe('String operators (#Conditions_String)', () => {
  it('StringEquals is exact and case-sensitive; values are ORed', () => {
    expect(
      holds(
        { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } },
        { 'aws:PrincipalTag/team': 'blue' },
      ),
    ).toBe(true);
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, { 'aws:PrincipalTag/team': 'Blue' }),
    ).toBe(false);
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/team': 'bl*' } }, { 'aws:PrincipalTag/team': 'blue' }),
    ).toBe(false);
  });

  it('StringNotEquals is NOR over its values and true when the key is missing', () => {
    expect(holds({ StringNotEquals: { k: ['a', 'b'] } }, { k: 'c' })).toBe(true);
    expect(holds({ StringNotEquals: { k: ['a', 'b'] } }, { k: 'b' })).toBe(false);
    expect(holds({ StringNotEquals: { k: 'a' } })).toBe(true);
  });

  it('StringEqualsIgnoreCase and StringNotEqualsIgnoreCase ignore case', () => {
    expect(holds({ StringEqualsIgnoreCase: { k: 'BLUE' } }, { k: 'blue' })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { k: 'BLUE' } }, { k: 'blue' })).toBe(false);
  });

  it('StringLike and StringNotLike take `*` and `?`, case-sensitively', () => {
    expect(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/alice/' })).toBe(true);
    expect(holds({ StringLike: { 's3:prefix': 'h?me/*' } }, { 's3:prefix': 'HOME/x' })).toBe(false);
    expect(holds({ StringNotLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'tmp/' })).toBe(true);
    expect(holds({ StringNotLike: { 's3:prefix': 'home/*' } })).toBe(true);
  });

  it('compares numbers and booleans as their text', () => {
    expect(holds({ StringEquals: { k: 5 } }, { k: '5' })).toBe(true);
    expect(holds({ StringEquals: { k: 'true' } }, { k: true })).toBe(true);
  });

  it('matches condition key names case-insensitively (reference_policies_elements_condition.html)', () => {
    expect(
      holds({ StringEquals: { 'AWS:PRINCIPALTAG/Team': 'blue' } }, { 'aws:principaltag/team': 'blue' }),
    ).toBe(true);
  });
});

describe('Numeric operators (#Conditions_Numeric)', () => {
  it.each([
    ['NumericEquals', '10', 10, true],
    ['NumericEquals', '10', '10.0', true],
    ['NumericNotEquals', '10', 11, true],
    ['NumericLessThan', '10', 9, true],
    ['NumericLessThan', '10', 10, false],
    ['NumericLessThanEquals', '10', 10, true],
    ['NumericGreaterThan', '10', 10.5, true],
    ['NumericGreaterThanEquals', '10', 9, false],
  ] as const)('%s %s against %s is %s', (operator, policyValue, contextValue, expected) => {
    expect(holds({ [operator]: { 's3:max-keys': policyValue } }, { 's3:max-keys': contextValue })).toBe(
      expected,
    );
  });

  it('a context value that is not a number matches nothing (so a negated operator holds)', () => {
    expect(holds({ NumericLessThan: { k: '10' } }, { k: 'ten' })).toBe(false);
    expect(holds({ NumericNotEquals: { k: '10' } }, { k: 'ten' })).toBe(true);
  });
});

describe('Date operators (#Conditions_Date)', () => {
  const limit = '2024-06-01T00:00:00Z';
  it('compare ISO 8601 and epoch seconds, in either place', () => {
    expect(
      holds({ DateLessThan: { 'aws:CurrentTime': limit } }, { 'aws:CurrentTime': '2024-05-31T23:59:59Z' }),
    ).toBe(true);
    expect(
      holds({ DateLessThan: { 'aws:CurrentTime': limit } }, { 'aws:CurrentTime': '2024-06-01T00:00:00Z' }),
    ).toBe(false);
    expect(
      holds({ DateGreaterThanEquals: { 'aws:CurrentTime': limit } }, { 'aws:CurrentTime': 1717200000 }),
    ).toBe(true);
    expect(holds({ DateEquals: { 'aws:EpochTime': '1717200000' } }, { 'aws:EpochTime': limit })).toBe(true);
    expect(holds({ DateNotEquals: { 'aws:CurrentTime': limit } }, { 'aws:CurrentTime': '2024-06-01' })).toBe(
      false,
    );
  });

  it('understand offsets, fractions, date-only and the basic format', () => {
    expect(holds({ DateEquals: { t: '2024-06-01T02:00:00+02:00' } }, { t: limit })).toBe(true);
    expect(holds({ DateEquals: { t: '2024-06-01T00:00:00.000Z' } }, { t: '20240601T000000Z' })).toBe(true);
    expect(holds({ DateLessThan: { t: '2024-06-01T00:00:00.5Z' } }, { t: limit })).toBe(true);
  });

  it('do not match an unparseable context date', () => {
    expect(holds({ DateLessThan: { t: limit } }, { t: 'yesterday' })).toBe(false);
    expect(holds({ DateLessThan: { t: limit } }, { t: '2024-02-30' })).toBe(false);
  });
});

describe('Bool (#Conditions_Boolean)', () => {
  it('matches true/false given as strings or booleans', () => {
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': true })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': 'true' })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'true' })).toBe(
      false,
    );
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'yes' })).toBe(false);
  });

  it('is false when the key is missing (the classic MFA pitfall; guard with BoolIfExists)', () => {
    expect(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })).toBe(false);
    expect(holds({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })).toBe(true);
  });
});

describe('BinaryEquals (#Conditions_BinaryEquals)', () => {
  it('compares base64 values by their bytes', () => {
    expect(
      holds({ BinaryEquals: { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }),
    ).toBe(true);
    expect(holds({ BinaryEquals: { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { k: 'QmluYXJ5' })).toBe(false);
    expect(holds({ BinaryEquals: { k: 'QmluYXJ5' } }, { k: 'not base64!' })).toBe(false);
  });
});

describe('IpAddress / NotIpAddress (#Conditions_IPAddress)', () => {
  it('matches IPv4 CIDR blocks and single addresses', () => {
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.77' }),
    ).toBe(true);
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.114.1' }),
    ).toBe(false);
    expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.7' } }, { 'aws:SourceIp': '203.0.113.7' })).toBe(
      true,
    );
    expect(holds({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, { 'aws:SourceIp': '8.8.8.8' })).toBe(true);
  });

  it('matches IPv6 CIDR blocks, compressed or not, and never across families', () => {
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } },
        { 'aws:SourceIp': '2001:db8:1234:5678:0:0:0:1' },
      ),
    ).toBe(true);
    expect(holds({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:db9::1' })).toBe(
      false,
    );
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '::ffff:0:0/96' } }, { 'aws:SourceIp': '::ffff:10.0.0.1' }),
    ).toBe(true);
    expect(holds({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, { 'aws:SourceIp': '::1' })).toBe(false);
  });

  it('NotIpAddress is true when the key is missing (so a Deny with it applies)', () => {
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })).toBe(true);
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '10.1.1.1' })).toBe(
      false,
    );
    expect(holds({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '010.1.1.1' })).toBe(
      false,
    );
  });
});

describe('ARN operators (#Conditions_ARN)', () => {
  const role = 'arn:aws:iam::111122223333:role/ops/Admin';
  it('ArnLike and ArnEquals match segment by segment', () => {
    expect(
      holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:iam::*:role/ops/*' } }, { 'aws:SourceArn': role }),
    ).toBe(true);
    expect(
      holds(
        { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:role/ops/*' } },
        { 'aws:SourceArn': role },
      ),
    ).toBe(true);
    expect(
      holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:iam::*:role/dev/*' } }, { 'aws:SourceArn': role }),
    ).toBe(false);
  });

  it('ArnNotLike / ArnNotEquals negate, and a non-ARN context value matches nothing', () => {
    expect(
      holds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:iam::*:role/dev/*' } }, { 'aws:SourceArn': role }),
    ).toBe(true);
    expect(holds({ ArnNotEquals: { 'aws:SourceArn': role } }, { 'aws:SourceArn': role })).toBe(false);
    expect(holds({ ArnLike: { 'aws:SourceArn': '*' } }, { 'aws:SourceArn': 'not-an-arn' })).toBe(false);
  });

  it('takes variables', () => {
    expect(
      holds(
        { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:user/${aws:username}' } },
        { 'aws:SourceArn': 'arn:aws:iam::111122223333:user/alice' },
      ),
    ).toBe(true);
  });
});

describe('Null (#Conditions_Null)', () => {
  it('"true" holds when the key is absent, "false" when it is present', () => {
    expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } })).toBe(true);
    expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, { 'aws:TokenIssueTime': 'x' })).toBe(false);
    expect(holds({ Null: { 'aws:TokenIssueTime': false } }, { 'aws:TokenIssueTime': 'x' })).toBe(true);
    expect(holds({ Null: { 'aws:TokenIssueTime': 'false' } }, { 'aws:TokenIssueTime': [] })).toBe(false);
  });
});

describe('...IfExists (#Conditions_IfExists)', () => {
  it('is true when the key is missing and the plain operator otherwise', () => {
    expect(holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } })).toBe(true);
    expect(
      holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } }, { 'ec2:InstanceType': 't3.large' }),
    ).toBe(false);
    expect(holds({ NumericLessThanIfExists: { n: '3' } }, { n: 2 })).toBe(true);
  });
});

describe('set operators (reference_policies_condition-single-vs-multi-valued-context-keys.html)', () => {
  const tags = { 'aws:TagKeys': ['env', 'team'] };
  it('ForAnyValue holds when any context value matches; false on a missing or empty key', () => {
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'cost'] } }, tags)).toBe(true);
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['cost'] } }, tags)).toBe(false);
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['cost'] } })).toBe(false);
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['cost'] } }, { 'aws:TagKeys': [] })).toBe(
      false,
    );
  });

  it('ForAllValues holds when every context value matches; vacuously true on a missing or empty key', () => {
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team', 'cost'] } }, tags)).toBe(
      true,
    );
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, tags)).toBe(false);
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })).toBe(true);
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, { 'aws:TagKeys': [] })).toBe(
      true,
    );
  });

  it('negated operators under a qualifier apply per context value', () => {
    expect(holds({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret'] } }, tags)).toBe(true);
    expect(holds({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['team'] } }, tags)).toBe(false);
    expect(holds({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['e*'] } }, tags)).toBe(true);
    expect(holds({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['*'] } }, tags)).toBe(false);
  });

  it('a multivalued key under a plain operator matches when any value does (negated: when none does)', () => {
    expect(holds({ StringEquals: { 'aws:TagKeys': 'team' } }, tags)).toBe(true);
    expect(holds({ StringNotEquals: { 'aws:TagKeys': 'team' } }, tags)).toBe(false);
  });

  it('ForAllValues with IfExists and ForAnyValue with IfExists hold on a missing key', () => {
    expect(holds({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': ['x'] } })).toBe(true);
  });
});

describe('multiple operators, keys and values (reference_policies_condition-logic-multiple-context-keys-or-values.html)', () => {
  it('ANDs operators and keys, ORs values', () => {
    const condition = {
      StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'], 'aws:RequestedRegion': 'eu-west-1' },
      Bool: { 'aws:SecureTransport': 'true' },
    };
    const context = {
      'aws:PrincipalTag/team': 'red',
      'aws:RequestedRegion': 'eu-west-1',
      'aws:SecureTransport': true,
    };
    expect(holds(condition, context)).toBe(true);
    expect(holds(condition, { ...context, 'aws:RequestedRegion': 'us-east-1' })).toBe(false);
    expect(holds(condition, { ...context, 'aws:SecureTransport': false })).toBe(false);
  });
});
