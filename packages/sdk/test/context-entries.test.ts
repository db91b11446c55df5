import { describe, expect, it } from 'vitest';
import { toContextEntries } from '../src/index.js';

// The typed context entries of the gateway's authorize and simulate (IAM/latest/APIReference/API_ContextEntry.html).
describe('toContextEntries', () => {
  it('types values as ContextKeyType does', () => {
    expect(
      toContextEntries({
        'aws:SourceIp': '203.0.113.7',
        'orders:Amount': 12.5,
        'orders:Rush': false,
        'orders:Regions': ['eu', 'us'],
        'orders:Sizes': [1, 2],
        'orders:Flags': [true],
        'orders:Mixed': ['a', 1],
        'orders:None': [],
      }),
    ).toEqual([
      { key: 'aws:SourceIp', type: 'ip', values: ['203.0.113.7'] },
      { key: 'orders:Amount', type: 'numeric', values: ['12.5'] },
      { key: 'orders:Rush', type: 'boolean', values: ['false'] },
      { key: 'orders:Regions', type: 'stringList', values: ['eu', 'us'] },
      { key: 'orders:Sizes', type: 'numericList', values: ['1', '2'] },
      { key: 'orders:Flags', type: 'booleanList', values: ['true'] },
      { key: 'orders:Mixed', type: 'stringList', values: ['a', '1'] },
      { key: 'orders:None', type: 'stringList', values: [] },
    ]);
  });

  it('types the global ip and date keys, and drops principal keys when asked', () => {
    const context = {
      'aws:CurrentTime': '2026-11-27T00:00:00Z',
      'aws:PrincipalArn': 'arn:iamgate:iam::123456789012:user/alice',
      'aws:PrincipalTag/team': 'a',
      'aws:username': 'alice',
    };
    expect(toContextEntries(context, { dropPrincipalKeys: true })).toEqual([
      { key: 'aws:CurrentTime', type: 'date', values: ['2026-11-27T00:00:00Z'] },
    ]);
    expect(toContextEntries(context).map((entry) => entry.key)).toHaveLength(4);
  });
});
