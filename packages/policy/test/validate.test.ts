/**
 * `validatePolicy`: findings with severity, code and JSON pointer, in the manner of IAM Access Analyzer's
 * `ValidatePolicy` (docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html) and the
 * grammar in docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html.
 */
import { describe, expect, it } from 'vitest';
import { type FindingCode, MAX_DOCUMENT_CHARACTERS, type PolicyKind, validatePolicy } from '../src/index.js';

const V = '2012-10-17';

/** The findings as `severity code path` strings. */
function findings(input: unknown, kind: PolicyKind = 'identity', maxLength?: number): string[] {
  return validatePolicy(input, kind, maxLength === undefined ? {} : { maxLength }).findings.map(
    (f) => `${f.severity} ${f.code} ${f.path}`,
  );
}

function codes(input: unknown, kind: PolicyKind = 'identity'): FindingCode[] {
  return validatePolicy(input, kind).findings.map((f) => f.code as FindingCode);
}

const ok = {
  Version: V,
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
};

describe('validatePolicy', () => {
  it('accepts a well-formed identity policy, as object or text', () => {
    expect(validatePolicy(ok, 'identity')).toEqual({ valid: true, findings: [] });
    expect(validatePolicy(JSON.stringify(ok, null, 2), 'identity')).toEqual({ valid: true, findings: [] });
  });

  it('reports text that is not JSON and values that are not objects', () => {
    expect(findings('{"Version":')).toEqual(['ERROR INVALID_JSON ']);
    expect(findings('[]')).toEqual(['ERROR INVALID_DOCUMENT ']);
    expect(findings(42)).toEqual(['ERROR INVALID_DOCUMENT ']);
    expect(findings(null)).toEqual(['ERROR INVALID_DOCUMENT ']);
  });

  it('reports a missing Effect and an Effect that is not Allow or Deny', () => {
    expect(findings({ Version: V, Statement: { Action: '*', Resource: '*' } })).toEqual([
      'ERROR MISSING_EFFECT /Statement',
    ]);
    expect(findings({ Version: V, Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] })).toEqual([
      'ERROR INVALID_EFFECT /Statement/0/Effect',
    ]);
  });

  it('reports Action with NotAction, Resource with NotResource, Principal with NotPrincipal', () => {
    const s = {
      Effect: 'Deny',
      Action: '*',
      NotAction: 's3:*',
      Resource: '*',
      NotResource: 'arn:aws:s3:::b',
      Principal: '*',
      NotPrincipal: { AWS: '*' },
    };
    expect(codes({ Version: V, Statement: [s] }, 'resource')).toEqual(
      expect.arrayContaining([
        'ACTION_AND_NOT_ACTION',
        'RESOURCE_AND_NOT_RESOURCE',
        'PRINCIPAL_AND_NOT_PRINCIPAL',
      ]),
    );
  });

  it('reports unknown elements and unknown operators with pointers to them', () => {
    expect(findings({ Version: V, Statment: [] })).toEqual([
      'ERROR UNKNOWN_ELEMENT /Statment',
      'ERROR MISSING_STATEMENT ',
    ]);
    const s = {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Conditions: {},
      Condition: { StringEqualz: { k: 'v' } },
    };
    expect(findings({ Version: V, Statement: [s] })).toEqual([
      'ERROR UNKNOWN_ELEMENT /Statement/0/Conditions',
      'ERROR UNKNOWN_OPERATOR /Statement/0/Condition/StringEqualz',
    ]);
  });

  it('escapes `/` and `~` in pointers (RFC 6901)', () => {
    const s = {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { NumericLessThan: { 'aws:ResourceTag/a~b': 'x' } },
    };
    expect(findings({ Version: V, Statement: s })).toEqual([
      'ERROR INVALID_NUMBER /Statement/Condition/NumericLessThan/aws:ResourceTag~1a~0b',
    ]);
  });

  it('reports malformed ARNs, IPs, dates, numbers, booleans and base64 values', () => {
    const s = {
      Effect: 'Allow',
      Action: '*',
      Resource: ['arn:aws:s3', 'bucket'],
      Condition: {
        IpAddress: { 'aws:SourceIp': ['10.0.0.0/33', '300.1.1.1', '10.0.0.0/8'] },
        DateLessThan: { 'aws:CurrentTime': '2024-13-01' },
        NumericEquals: { n: '1e3' },
        Bool: { b: 'yes' },
        BinaryEquals: { x: 'not base64' },
        ArnLike: { a: 'role/x' },
      },
    };
    expect(findings({ Version: V, Statement: s })).toEqual([
      'ERROR INVALID_ARN /Statement/Resource/0',
      'ERROR INVALID_ARN /Statement/Resource/1',
      'ERROR INVALID_IP /Statement/Condition/IpAddress/aws:SourceIp/0',
      'ERROR INVALID_IP /Statement/Condition/IpAddress/aws:SourceIp/1',
      'ERROR INVALID_DATE /Statement/Condition/DateLessThan/aws:CurrentTime',
      'ERROR INVALID_NUMBER /Statement/Condition/NumericEquals/n',
      'ERROR INVALID_BOOLEAN /Statement/Condition/Bool/b',
      'ERROR INVALID_BINARY /Statement/Condition/BinaryEquals/x',
      'ERROR INVALID_ARN /Statement/Condition/ArnLike/a',
    ]);
  });

  it('reports `Null` values other than true/false and Null with IfExists', () => {
    const s = {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { Null: { k: 'maybe' }, NullIfExists: { k: 'true' } },
    };
    expect(codes({ Version: V, Statement: s })).toEqual(['INVALID_NULL_VALUE', 'IF_EXISTS_ON_NULL']);
  });

  it('warns about variables in a 2008-10-17 or unversioned policy (reference_policies_elements_version.html)', () => {
    const s = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' };
    expect(findings({ Version: '2008-10-17', Statement: s })).toEqual([
      'WARNING VARIABLE_IN_OLD_VERSION /Statement/Resource',
    ]);
    expect(findings({ Statement: s })).toEqual([
      'WARNING MISSING_VERSION ',
      'WARNING VARIABLE_IN_OLD_VERSION /Statement/Resource',
    ]);
    expect(validatePolicy({ Statement: s }, 'identity').valid).toBe(true);
  });

  it('rejects an unknown Version', () => {
    expect(findings({ Version: '2020-01-01', Statement: ok.Statement })).toEqual([
      'ERROR INVALID_VERSION /Version',
    ]);
  });

  it('reports malformed variables as warnings', () => {
    const s = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username/*' };
    expect(findings({ Version: V, Statement: s })).toEqual(['WARNING INVALID_VARIABLE /Statement/Resource']);
  });

  it('reports invalid actions', () => {
    expect(
      findings({
        Version: V,
        Statement: { Effect: 'Allow', Action: ['s3', 's3:', 's3:Get Object'], Resource: '*' },
      }),
    ).toEqual([
      'ERROR INVALID_ACTION /Statement/Action/0',
      'ERROR INVALID_ACTION /Statement/Action/1',
      'ERROR INVALID_ACTION /Statement/Action/2',
    ]);
  });

  it('reports duplicate Sids and, outside resource policies, Sids that are not alphanumeric', () => {
    const s = { Effect: 'Allow', Action: '*', Resource: '*' };
    expect(
      codes({
        Version: V,
        Statement: [
          { ...s, Sid: 'A' },
          { ...s, Sid: 'A' },
        ],
      }),
    ).toEqual(['DUPLICATE_SID']);
    expect(codes({ Version: V, Statement: { ...s, Sid: 'read-all' } })).toEqual(['INVALID_SID']);
    expect(codes({ Version: V, Statement: { ...s, Sid: 'read-all', Principal: '*' } }, 'resource')).toEqual([
      'ALLOW_ALL_PRINCIPALS',
    ]);
  });

  it('warns about empty lists, which match nothing', () => {
    expect(codes({ Version: V, Statement: { Effect: 'Allow', Action: [], Resource: '*' } })).toEqual([
      'EMPTY_ARRAY',
    ]);
    expect(codes({ Version: V, Statement: [] })).toEqual(['EMPTY_STATEMENT']);
  });
});

describe('kind rules', () => {
  it('forbids Principal in identity, boundary, session and guardrail policies', () => {
    // reference_policies_elements_principal.html: "You cannot use the Principal element in an identity-based policy"
    for (const kind of ['identity', 'boundary', 'session', 'guardrail'] as const) {
      expect(findings({ Version: V, Statement: { ...ok.Statement[0], Principal: '*' } }, kind)).toEqual([
        'ERROR PRINCIPAL_NOT_ALLOWED /Statement/Principal',
      ]);
    }
  });

  it('needs Principal in resource and trust policies', () => {
    expect(findings({ Version: V, Statement: ok.Statement }, 'resource')).toEqual([
      'ERROR MISSING_PRINCIPAL /Statement/0',
    ]);
    const trust = { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } };
    expect(findings(trust, 'trust')).toEqual(['ERROR MISSING_PRINCIPAL /Statement']);
  });

  it('needs Resource outside resource and trust policies, and forbids it in trust policies', () => {
    expect(findings({ Version: V, Statement: { Effect: 'Allow', Action: '*' } })).toEqual([
      'ERROR MISSING_RESOURCE /Statement',
    ]);
    const trust = {
      Version: V,
      Statement: {
        Effect: 'Allow',
        Principal: { Service: 'x.iamgate' },
        Action: 'sts:AssumeRole',
        Resource: '*',
      },
    };
    expect(findings(trust, 'trust')).toEqual(['ERROR RESOURCE_NOT_ALLOWED /Statement/Resource']);
  });

  it('forbids NotPrincipal in trust policies (reference_policies_elements_notprincipal.html)', () => {
    const trust = {
      Version: V,
      Statement: { Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
    };
    expect(codes(trust, 'trust')).toEqual(['PRINCIPAL_NOT_ALLOWED', 'DENY_NOT_PRINCIPAL']);
  });

  it('checks principal values', () => {
    const s = (AWS: string[]) => ({
      Version: V,
      Statement: { Effect: 'Allow', Principal: { AWS }, Action: 's3:*', Resource: '*' },
    });
    expect(
      codes(
        s(['111122223333', 'arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/x']),
        'resource',
      ),
    ).toEqual([]);
    expect(findings(s(['1234', 'arn:aws:iam::111122223333:role/*', 'alice']), 'resource')).toEqual([
      'ERROR INVALID_PRINCIPAL /Statement/Principal/AWS/0',
      'ERROR INVALID_PRINCIPAL /Statement/Principal/AWS/1',
      'ERROR INVALID_PRINCIPAL /Statement/Principal/AWS/2',
    ]);
    const odd = {
      Version: V,
      Statement: { Effect: 'Allow', Principal: { Users: 'x' }, Action: 's3:*', Resource: '*' },
    };
    expect(codes(odd, 'resource')).toEqual(['UNKNOWN_PRINCIPAL_TYPE']);
  });
});

describe('security checks', () => {
  it('flags Allow with NotAction on Resource "*" as a security warning', () => {
    const doc = { Version: V, Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } };
    expect(validatePolicy(doc, 'identity')).toEqual({
      valid: true,
      findings: [
        expect.objectContaining({
          severity: 'SECURITY_WARNING',
          code: 'ALLOW_NOT_ACTION_ALL_RESOURCES',
          path: '/Statement/NotAction',
        }),
      ],
    });
  });

  it('flags Allow with NotResource and Allow with NotPrincipal', () => {
    expect(
      codes({ Version: V, Statement: { Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::b' } }),
    ).toEqual(['ALLOW_NOT_RESOURCE']);
    const np = {
      Version: V,
      Statement: { Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' },
    };
    expect(codes(np, 'resource')).toEqual(['ALLOW_NOT_PRINCIPAL']);
  });

  it('flags Allow to everyone without a condition in resource policies', () => {
    const open = {
      Version: V,
      Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
    };
    expect(codes(open, 'resource')).toEqual(['ALLOW_ALL_PRINCIPALS']);
    const guarded = {
      Version: V,
      Statement: { ...open.Statement, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
    };
    expect(codes(guarded, 'resource')).toEqual([]);
  });
});

describe('size (reference_iam-quotas.html)', () => {
  const big = (chars: number) => ({
    Version: V,
    Statement: { Sid: 'x'.repeat(chars), Effect: 'Allow', Action: '*', Resource: '*' },
  });
  const base = JSON.stringify(big(0)).length;

  it('limits managed policies to 6,144 characters, whitespace not counted', () => {
    expect(codes(big(6144 - base))).toEqual([]);
    expect(codes(big(6145 - base))).toEqual(['POLICY_TOO_LARGE']);
    expect(codes(JSON.stringify(big(6144 - base), null, 8))).toEqual([]);
  });

  it('limits trust and session policies to 2,048 and honours maxLength', () => {
    expect(codes(big(2049 - base), 'session')).toEqual(['POLICY_TOO_LARGE']);
    expect(findings(big(100), 'identity', 50)).toEqual(['ERROR POLICY_TOO_LARGE ']);
  });

  // API_CreatePolicy.html: PolicyDocument is at most 131,072 characters as sent, whitespace included.
  it('refuses text over 131,072 characters, or over the quota without whitespace, before parsing it', () => {
    const padded = JSON.stringify(big(10)).replace('{', `{${' '.repeat(MAX_DOCUMENT_CHARACTERS)}`);
    expect(codes(padded, 'resource')).toEqual(['POLICY_TOO_LARGE']);
    // Not even JSON: too large is all it takes, nothing is parsed.
    expect(codes(`[${'x'.repeat(7000)}`)).toEqual(['POLICY_TOO_LARGE']);
    expect(codes(`${'['.repeat(5000)}`, 'resource')).toEqual(['NESTING_TOO_DEEP']);
  });
});

describe('totality', () => {
  it('never throws, whatever the input', () => {
    const cyclic: Record<string, unknown> = { Version: V };
    cyclic.Statement = { Effect: 'Allow', Action: '*', Resource: '*', Condition: cyclic };
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const input of [
      undefined,
      '',
      'null',
      deep,
      cyclic,
      hostile,
      { Statement: cyclic },
      Symbol('x'),
      () => 1,
    ]) {
      const result = validatePolicy(input, 'identity');
      expect(result.valid).toBe(false);
      expect(result.findings.length).toBeGreaterThan(0);
    }
    expect(validatePolicy(ok, 'nonsense' as PolicyKind).findings[0]?.code).toBe('INVALID_DOCUMENT');
  });
});
