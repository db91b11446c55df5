import { describe, expect, it } from 'vitest';
import { parseIamArn } from '../../src/arn.js';
import { newAccountId, newId } from '../../src/ids.js';
import { checkAlias, checkName, checkPath } from '../../src/names.js';
import { decodeCursor, encodeCursor } from '../../src/pagination.js';
import { mergeTags, removeTags } from '../../src/tags.js';

describe('inputs', () => {
  // IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
  it('makes AWS-style ids with their prefixes', () => {
    expect(newId('user')).toMatch(/^AIDA[A-Z0-9]{17}$/);
    expect(newId('role')).toMatch(/^AROA[A-Z0-9]{17}$/);
    expect(newId('group')).toMatch(/^AGPA[A-Z0-9]{17}$/);
    expect(newId('policy')).toMatch(/^ANPA[A-Z0-9]{17}$/);
    expect(newId('accessKey')).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(newId('session')).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(newAccountId()).toMatch(/^[1-9]\d{11}$/);
  });

  // IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
  it('parses IAM ARNs with paths', () => {
    expect(parseIamArn('arn:iamgate:iam::123456789012:user/division/team/alice')).toEqual({
      partition: 'iamgate',
      accountId: '123456789012',
      type: 'user',
      path: '/division/team/',
      name: 'alice',
    });
    expect(() => parseIamArn('arn:iamgate:iam::123456789012:user/alice', 'role')).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
    expect(() => parseIamArn('arn:iamgate:s3:::bucket')).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
  });

  it('checks names, paths and aliases with AWS patterns', () => {
    expect(checkName('user', 'a+b=c,d.e@f-g_h')).toBe('a+b=c,d.e@f-g_h');
    expect(() => checkName('role', 'x'.repeat(65))).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
    expect(checkName('group', 'x'.repeat(128))).toHaveLength(128);
    expect(checkPath(undefined)).toBe('/');
    expect(() => checkPath('/a b/')).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
    expect(checkAlias('my-company')).toBe('my-company');
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(['alice', 'AIDA1']), 2)).toEqual(['alice', 'AIDA1']);
    expect(() => decodeCursor(encodeCursor(['alice']), 2)).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
    expect(() => decodeCursor('%%%', 2)).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
  });

  // IAM/latest/UserGuide/id_tags.html#id_tags_rules
  it('merges tags case-insensitively by key and caps their number', () => {
    const merged = mergeTags(
      [{ key: 'Env', value: 'dev' }],
      [
        { key: 'env', value: 'prod' },
        { key: 'Cost Center', value: '' },
      ],
      50,
    );
    expect(merged).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'Cost Center', value: '' },
    ]);
    expect(removeTags(merged, ['ENV'])).toEqual([{ key: 'Cost Center', value: '' }]);
    expect(() =>
      mergeTags(
        [],
        [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
        1,
      ),
    ).toThrow(expect.objectContaining({ code: 'LimitExceeded' }));
    expect(() => mergeTags([], [{ key: 'a', value: 'x'.repeat(257) }], 50)).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
  });
});
