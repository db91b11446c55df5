/**
 * The examples in README.md, run as written, so the documentation cannot drift from the code.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, explain, FINDING_CODES, ServiceCatalog, validatePolicy } from '../src/index.js';

describe('README examples', () => {
  it('the opening example', () => {
    const readReports = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadOwnReports',
          Effect: 'Allow' as const,
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::reports/${aws:username}/*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      ],
    };
    expect(validatePolicy(readReports, 'identity')).toEqual({ valid: true, findings: [] });
    const decision = evaluate({
      principal: 'arn:aws:iam::111122223333:user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/alice/q1.csv',
      context: { 'aws:SourceIp': '10.1.2.3' },
      policies: { identity: [{ id: 'alice/inline/reports', document: readReports }] },
    });
    expect(decision.decision).toBe('Allow');
    expect(explain(decision)).toBe(
      [
        'Allow: the request is allowed',
        'allowed by:',
        '  - identity-based policy `alice/inline/reports`, statement 0 (Sid `ReadOwnReports`)',
      ].join('\n'),
    );
  });

  it('the validation example', () => {
    const { findings } = validatePolicy(
      '{"Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}}',
      'identity',
    );
    expect(findings.map((f) => [f.severity, f.code, f.path])).toEqual([
      ['WARNING', 'MISSING_VERSION', ''],
      ['SECURITY_WARNING', 'ALLOW_NOT_ACTION_ALL_RESOURCES', '/Statement/NotAction'],
    ]);
  });
});

describe('README finding codes', () => {
  it('the service definition example', () => {
    const services = new ServiceCatalog([
      {
        Name: 'orders',
        Actions: [
          { Name: 'GetOrder', AccessLevel: 'Read', Resources: [{ Name: 'order' }] },
          { Name: 'CancelOrder', AccessLevel: 'Write', Resources: [{ Name: 'order' }] },
        ],
        Resources: [
          { Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}'] },
        ],
        ConditionKeys: [{ Name: 'orders:Amount', Types: ['Numeric'] }],
      },
    ]);
    const codes = validatePolicy(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'orders:GetOrdr', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'orders:GetOrder',
            Resource: 'arn:iamgate:orders::111122223333:invoice/*',
          },
          {
            Effect: 'Allow',
            Action: 'orders:CancelOrder',
            Resource: 'arn:iamgate:orders::111122223333:order/${aws:usrname}',
            Condition: { StringEquals: { 'orders:Amount': '10' } },
          },
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
        ],
      },
      'identity',
      { services },
    ).findings.map((f) => f.code);
    expect(codes).toEqual([
      'PASS_ROLE_ALL_RESOURCES',
      'UNKNOWN_ACTION',
      'ACTION_RESOURCE_MISMATCH',
      'CONDITION_TYPE_MISMATCH',
      'UNKNOWN_VARIABLE',
      'UNKNOWN_SERVICE',
    ]);
  });

  it('gives one example per policy check, each reporting its code', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('### One example per policy check'),
      readme.indexOf('## Policy tests'),
    );
    const rows = [...section.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`(\{.*\})`\s*\|$/gm)];
    expect(rows.map((r) => r[1])).toEqual([
      'ALLOW_ALL_ACTIONS_ALL_RESOURCES',
      'PASS_ROLE_ALL_RESOURCES',
      'UNKNOWN_SERVICE',
      'UNKNOWN_ACTION',
      'ACTION_RESOURCE_MISMATCH',
      'UNKNOWN_CONDITION_KEY',
      'CONDITION_TYPE_MISMATCH',
      'UNKNOWN_VARIABLE',
    ]);
    const services = new ServiceCatalog([
      {
        Name: 'orders',
        Actions: [{ Name: 'GetOrder', AccessLevel: 'Read', Resources: [{ Name: 'order' }] }],
        Resources: [
          { Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}'] },
        ],
        ConditionKeys: [
          { Name: 'orders:Amount', Types: ['Numeric'] },
          { Name: 'orders:Channel', Types: ['String'] },
        ],
      },
    ]);
    for (const [, code, statement] of rows) {
      const document = { Version: '2012-10-17', Statement: [JSON.parse(statement as string)] };
      const codes = validatePolicy(document, 'identity', { services }).findings.map((f) => f.code);
      expect({ code, reported: codes.includes(code as never) }).toEqual({ code, reported: true });
    }
  });

  it('documents every finding code, and no other', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const documented = [
      ...readme.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(?:ERROR|WARNING|SECURITY_WARNING|SUGGESTION)\s*\|/gm),
    ].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...FINDING_CODES].sort());
  });
});
