import { describe, expect, it } from 'vitest';
import { summarizePolicy } from '../../src/policy/policy-summary.js';

const doc = (statements: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('summarizePolicy', () => {
  it('groups statements by service, with the actions each names, sorted and deduplicated', () => {
    const summary = summarizePolicy(
      doc([
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: ['iam:ListUsers', 's3:GetObject', 'iam:GetUser', 'iam:ListUsers'],
          Resource: '*',
        },
        { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: 'arn:iamgate:iam::1:user/admin' },
      ]),
    );
    expect(summary).toEqual({
      kind: 'summary',
      services: [
        {
          service: 'iam',
          grants: [
            {
              effect: 'Allow',
              statement: 'Read',
              actions: ['iam:GetUser', 'iam:ListUsers'],
              except: false,
              resources: ['*'],
              conditions: [],
            },
            {
              effect: 'Deny',
              statement: '#2',
              actions: ['iam:DeleteUser'],
              except: false,
              resources: ['arn:iamgate:iam::1:user/admin'],
              conditions: [],
            },
          ],
        },
        {
          service: 's3',
          grants: [
            {
              effect: 'Allow',
              statement: 'Read',
              actions: ['s3:GetObject'],
              except: false,
              resources: ['*'],
              conditions: [],
            },
          ],
        },
      ],
    });
  });

  it('says "All actions" for `*` and `service:*`, and puts `*` and NotAction under All services, first', () => {
    const summary = summarizePolicy(
      doc([
        { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', NotAction: ['iam:Get*'], NotResource: 'arn:x' },
      ]),
    );
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    expect(summary.services.map((s) => s.service)).toEqual(['All services', 'iam']);
    const all = summary.services[0]?.grants ?? [];
    expect(all.map((g) => [g.effect, g.actions, g.except, g.resources])).toEqual([
      ['Allow', 'All actions', false, ['*']],
      ['Deny', ['iam:Get*'], true, ['not arn:x']],
    ]);
    expect(summary.services[1]?.grants[0]?.actions).toBe('All actions');
  });

  it('lists condition keys with their operators, and takes a single statement object', () => {
    const summary = summarizePolicy(
      JSON.stringify({
        Statement: {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:username': 'a', 'aws:PrincipalTag/team': 'x' },
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
          },
        },
      }),
    );
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    expect(summary.services[0]?.grants[0]?.conditions).toEqual([
      'StringEquals aws:username',
      'StringEquals aws:PrincipalTag/team',
      'Bool aws:MultiFactorAuthPresent',
    ]);
  });

  it('skips statements without a valid effect, and reports text that is not a JSON object', () => {
    expect(summarizePolicy(doc([{ Efect: 'Allow', Action: 'iam:*' }]))).toEqual({
      kind: 'summary',
      services: [],
    });
    expect(summarizePolicy('{"Statement": [').kind).toBe('unreadable');
    expect(summarizePolicy('[1]')).toEqual({ kind: 'unreadable', reason: 'a policy is a JSON object' });
  });
});
