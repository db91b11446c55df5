import type { VerifiedPrincipal } from '@iamgate/middleware';
import { describe, expect, it } from 'vitest';
import { contextEntries } from '../src/iamgate/context-entries.js';
import { decisionOf } from '../src/iamgate/decision-of.js';
import { decidedArn } from '../src/iamgate/remote-authorizer.js';

const principal = (over: Partial<VerifiedPrincipal>): VerifiedPrincipal => ({
  arn: 'arn:iamgate:iam::123456789012:user/alice',
  account: '123456789012',
  type: 'user',
  id: 'AIDA1',
  sessionId: 's',
  tokenId: 't',
  issuedAt: 0,
  expiresAt: 0,
  tags: {},
  claims: {},
  ...over,
});

describe('contextEntries', () => {
  // Global condition keys and their types: IAM/latest/UserGuide/reference_policies_condition-keys.html
  it('types request facts and app keys, and leaves out every key about the principal', () => {
    const entries = contextEntries({
      'aws:SourceIp': '10.0.0.1',
      'aws:SecureTransport': false,
      'aws:CurrentTime': '2024-05-01T12:30:15Z',
      'aws:EpochTime': 1714566615,
      'orders:Reason': 'fraud',
      'orders:Tags': ['a', 'b'],
      'orders:Count': 3,
      'aws:PrincipalArn': 'arn:iamgate:iam::123456789012:user/alice',
      'aws:PrincipalTag/team': 'orders',
      'AWS:USERNAME': 'alice',
    });
    expect(entries).toEqual([
      { key: 'aws:SourceIp', type: 'ip', values: ['10.0.0.1'] },
      { key: 'aws:SecureTransport', type: 'boolean', values: ['false'] },
      { key: 'aws:CurrentTime', type: 'date', values: ['2024-05-01T12:30:15Z'] },
      { key: 'aws:EpochTime', type: 'date', values: ['1714566615'] },
      { key: 'orders:Reason', type: 'string', values: ['fraud'] },
      { key: 'orders:Tags', type: 'stringList', values: ['a', 'b'] },
      { key: 'orders:Count', type: 'numeric', values: ['3'] },
    ]);
  });
});

describe('decidedArn', () => {
  it('decides users as themselves and role sessions as their role, with its path when the token has it', () => {
    expect(decidedArn(principal({}))).toBe('arn:iamgate:iam::123456789012:user/alice');
    const session = 'arn:iamgate:sts::123456789012:assumed-role/OrdersService/AIPA1';
    expect(decidedArn(principal({ type: 'role', arn: session }))).toBe(
      'arn:iamgate:iam::123456789012:role/OrdersService',
    );
    expect(
      decidedArn(
        principal({
          type: 'role',
          arn: session,
          roleArn: 'arn:iamgate:iam::123456789012:role/svc/OrdersService',
        }),
      ),
    ).toBe('arn:iamgate:iam::123456789012:role/svc/OrdersService');
  });
});

describe('decisionOf', () => {
  it("maps the gateway's answer onto the engine's Decision, splitting matched statements by effect", () => {
    const decision = decisionOf({
      action: 'orders:CancelOrder',
      allowed: false,
      decision: 'explicitDeny',
      explanation: '',
      failedLayer: null,
      missingContextValues: ['orders:reason'],
      principalArn: 'arn:iamgate:iam::123456789012:user/alice',
      resource: '*',
      revision: 7,
      errors: [],
      matchedStatements: [
        { effect: 'Deny', index: 1, layer: 'identity', policyId: 'p', sid: 'NoCancel' },
        { effect: 'Allow', index: 0, layer: 'identity', policyId: 'p', sid: null },
      ],
    });
    expect(decision).toEqual({
      decision: 'ExplicitDeny',
      deniedBy: [{ effect: 'Deny', index: 1, layer: 'identity', policyId: 'p', sid: 'NoCancel' }],
      allowedBy: [{ effect: 'Allow', index: 0, layer: 'identity', policyId: 'p' }],
      missingContextKeys: ['orders:reason'],
      errors: [],
    });
  });
});
