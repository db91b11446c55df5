/**
 * The examples in README.md, run as written, so the documentation cannot drift from the code.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, explain, FINDING_CODES, validatePolicy } from '../src/index.js';

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
  it('documents every finding code, and no other', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const documented = [
      ...readme.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(?:ERROR|WARNING|SECURITY_WARNING|SUGGESTION)\s*\|/gm),
    ].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...FINDING_CODES].sort());
  });
});
