/**
 * ARNs (docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html) and ARN patterns in `Resource`
 * (reference_policies_elements_resource.html).
 */
import { describe, expect, it } from 'vitest';
import { ArnPattern, ArnValue } from '../src/arn-pattern.js';
import { formatArn, PolicyError, parseArn, tryParseArn } from '../src/index.js';
import type { ContextReader } from '../src/variables.js';

const noContext: ContextReader = { get: () => undefined, missing: () => undefined };

function reader(values: Record<string, string>): ContextReader {
  return { get: (key) => values[key], missing: () => undefined };
}

function arnLike(pattern: string, value: string, context = noContext, variables = true): boolean {
  return ArnPattern.compile(pattern, variables).matches(new ArnValue(value), context);
}

describe('parseArn / formatArn', () => {
  it('splits the six parts, keeping colons in the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:123456789012:log-group:app:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '123456789012',
      resource: 'log-group:app:*',
    });
  });

  it('accepts any partition', () => {
    expect(parseArn('arn:iamgate:iam::123456789012:user/alice').partition).toBe('iamgate');
  });

  it('throws a PolicyError with ERR_INVALID_ARN for non-ARNs', () => {
    for (const bad of ['', 'nope', 'arn:aws:s3', 'arn::s3:::b', 'arn:aws::::x']) {
      expect(() => parseArn(bad)).toThrow(PolicyError);
      try {
        parseArn(bad);
      } catch (error) {
        expect((error as PolicyError).code).toBe('ERR_INVALID_ARN');
        expect((error as PolicyError).name).toBe('PolicyError');
      }
      expect(tryParseArn(bad)).toBeUndefined();
    }
  });

  it('round-trips through formatArn', () => {
    const arn = 'arn:aws:s3:::bucket/key:with:colons';
    expect(formatArn(parseArn(arn))).toBe(arn);
  });

  it('refuses parts that would change the meaning', () => {
    expect(() =>
      formatArn({ partition: 'aws', service: 's3', region: 'a:b', account: '', resource: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARN' }));
  });
});

describe('ARN patterns', () => {
  it('`*` matches any resource, ARN or not', () => {
    expect(arnLike('*', 'arn:aws:s3:::b')).toBe(true);
    expect(arnLike('*', '*')).toBe(true);
  });

  it('match segment by segment: a `*` inside a segment does not cross colons', () => {
    // reference_policies_elements_resource.html: wildcards work within segments
    expect(
      arnLike('arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1'),
    ).toBe(true);
    expect(
      arnLike('arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:444455556666:instance/i-1'),
    ).toBe(false);
    expect(arnLike('arn:aws:iam::*:role/a*', 'arn:aws:iam::1:role/admin')).toBe(true);
    expect(arnLike('arn:aws:ec2:us-*-1:*:*', 'arn:aws:ec2:us-east:x-1:1:i')).toBe(false);
  });

  it('lets the resource segment keep its own colons', () => {
    expect(
      arnLike('arn:aws:logs:*:*:log-group:app:*', 'arn:aws:logs:us-east-1:1:log-group:app:log-stream:x'),
    ).toBe(true);
  });

  it('lets a trailing `*` of a shorter pattern run over colons', () => {
    expect(arnLike('arn:aws:s3:*', 'arn:aws:s3:::bucket/key')).toBe(true);
    expect(arnLike('arn:*', 'arn:iamgate:iam::1:user/x')).toBe(true);
    expect(arnLike('arn:aws:s3:*', 'arn:aws:sqs:us-east-1:1:q')).toBe(false);
  });

  it('is case-sensitive', () => {
    expect(arnLike('arn:aws:s3:::Reports/*', 'arn:aws:s3:::reports/q1')).toBe(false);
  });

  it('supports `?` as one character', () => {
    expect(arnLike('arn:aws:s3:::b?/*', 'arn:aws:s3:::b1/x')).toBe(true);
    expect(arnLike('arn:aws:s3:::b?/*', 'arn:aws:s3:::b12/x')).toBe(false);
  });

  it('needs six segments without a trailing `*`', () => {
    expect(arnLike('arn:aws:s3:::b', 'arn:aws:s3:::b')).toBe(true);
    expect(arnLike('arn:aws:s3:::b', 'arn:aws:s3:::b:c')).toBe(false);
  });

  it('resolves variables in a segment and treats their values literally', () => {
    // reference_policies_variables.html
    const ctx = reader({ 'aws:username': 'al*ce' });
    expect(arnLike('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/al*ce/x', ctx)).toBe(true);
    expect(arnLike('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/alice/x', ctx)).toBe(false);
  });

  it('matches nothing when a variable cannot be resolved', () => {
    expect(arnLike('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/${aws:username}/x')).toBe(false);
  });

  it('keeps `${...}` literal when variables are off (2008-10-17)', () => {
    expect(
      arnLike('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/${aws:username}/x', noContext, false),
    ).toBe(true);
  });

  it('does not split segments at colons inside a variable', () => {
    const ctx = reader({ 'aws:principaltag/team': 'blue' });
    expect(arnLike('arn:aws:s3:::${aws:PrincipalTag/team}/*', 'arn:aws:s3:::blue/x', ctx)).toBe(true);
  });
});
