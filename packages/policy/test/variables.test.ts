/**
 * Policy variables (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { parseTemplate, resolveTemplate } from '../src/variables.js';
import { ONE, STAR } from '../src/wildcard.js';
import { ALICE, allow, request, SESSION } from './helpers.js';

const reader = (values: Record<string, string | string[]>) => {
  const missing: string[] = [];
  return {
    get: (key: string) => values[key],
    missing: (key: string) => void missing.push(key),
    missingKeys: missing,
  };
};

describe('parseTemplate', () => {
  it('reads variables, defaults and escapes', () => {
    const t = parseTemplate("home/${aws:username}/${aws:PrincipalTag/team, 'none'}/${*}${?}${$}*?", {
      variables: true,
      wildcards: true,
    });
    expect(t.hasVariables).toBe(true);
    expect(t.parts).toEqual([
      'home/',
      { key: 'aws:username', fallback: undefined, source: '${aws:username}' },
      '/',
      { key: 'aws:principaltag/team', fallback: 'none', source: "${aws:PrincipalTag/team, 'none'}" },
      '/*?$',
      STAR,
      ONE,
    ]);
  });

  it('keeps malformed variables as text and reports them', () => {
    const t = parseTemplate('a${aws:username', { variables: true, wildcards: false });
    expect(t.parts).toEqual(['a${aws:username']);
    expect(t.issues).toHaveLength(1);
    expect(parseTemplate('${k, default}', { variables: true, wildcards: false }).issues).toHaveLength(1);
  });

  it('is literal when variables are off', () => {
    expect(parseTemplate('${aws:username}*', { variables: false, wildcards: true }).parts).toEqual([
      '${aws:username}',
      STAR,
    ]);
  });
});

describe('resolveTemplate', () => {
  const template = parseTemplate("${aws:username}-${team, 'none'}", { variables: true, wildcards: false });

  it('substitutes values and defaults', () => {
    expect(resolveTemplate(template, reader({ 'aws:username': 'alice', team: 'blue' }))).toEqual([
      'alice',
      '-',
      'blue',
    ]);
    expect(resolveTemplate(template, reader({ 'aws:username': 'alice' }))).toEqual(['alice', '-', 'none']);
  });

  it('fails on a missing key without default, and on a multivalued key, reporting the missing key', () => {
    const r = reader({ team: 'x' });
    expect(resolveTemplate(template, r)).toBeNull();
    expect(r.missingKeys).toEqual(['aws:username']);
    expect(resolveTemplate(template, reader({ 'aws:username': ['a', 'b'] }))).toBeNull();
  });
});

describe('variables in evaluation', () => {
  it('give each user a home folder', () => {
    const identity = [
      { Version: '2012-10-17', Statement: allow('s3:*', 'arn:aws:s3:::home/${aws:username}/*') },
    ];
    expect(
      evaluate(request({ resource: 'arn:aws:s3:::home/alice/a.txt', policies: { identity } })).decision,
    ).toBe('Allow');
    expect(
      evaluate(request({ resource: 'arn:aws:s3:::home/bob/a.txt', policies: { identity } })).decision,
    ).toBe('ImplicitDeny');
  });

  it('are literal in 2008-10-17 and unversioned policies', () => {
    for (const Version of ['2008-10-17', undefined]) {
      const identity = [{ Version, Statement: allow('s3:*', 'arn:aws:s3:::home/${aws:username}/*') }];
      expect(
        evaluate(request({ resource: 'arn:aws:s3:::home/alice/a.txt', policies: { identity } })).decision,
      ).toBe('ImplicitDeny');
      expect(
        evaluate(request({ resource: 'arn:aws:s3:::home/${aws:username}/a.txt', policies: { identity } }))
          .decision,
      ).toBe('Allow');
    }
  });

  it('make the value not match when unresolved (a role session has no aws:username) and report the key', () => {
    const identity = [
      { Version: '2012-10-17', Statement: allow('s3:*', 'arn:aws:s3:::home/${aws:username}/*') },
    ];
    const d = evaluate(
      request({ principal: SESSION, resource: 'arn:aws:s3:::home/alice/a.txt', policies: { identity } }),
    );
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.missingContextKeys).toEqual(['aws:username']);
  });

  it('work in string condition values', () => {
    const identity = [
      {
        Version: '2012-10-17',
        Statement: allow('s3:*', '*', {
          Condition: { StringEquals: { 's3:prefix': 'home/${aws:username}' } },
        }),
      },
    ];
    expect(
      evaluate(request({ principal: ALICE, context: { 's3:prefix': 'home/alice' }, policies: { identity } }))
        .decision,
    ).toBe('Allow');
    expect(
      evaluate(request({ principal: ALICE, context: { 's3:prefix': 'home/bob' }, policies: { identity } }))
        .decision,
    ).toBe('ImplicitDeny');
  });
});
