import { describe, expect, it } from 'vitest';
import { buildRequestContext, type VerifiedPrincipal } from '../src/index.js';
import { ACCOUNT, ALICE } from './support/signing-keys.js';

const alice: VerifiedPrincipal = {
  arn: ALICE,
  account: ACCOUNT,
  type: 'user',
  id: 'AIDAALICE0000000000',
  userName: 'alice',
  sessionId: 's-1',
  tokenId: 't-1',
  issuedAt: 1_700_000_000,
  expiresAt: 1_700_000_900,
  tags: { team: 'fulfilment', CostCenter: '42' },
  claims: {},
};

const transport = {
  sourceIp: '203.0.113.9',
  secureTransport: true,
  now: new Date('2024-05-01T12:30:15.123Z'),
};

// Keys and formats: docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
describe('buildRequestContext', () => {
  it('sets the global keys of a user request', () => {
    expect(buildRequestContext(alice, transport)).toEqual({
      'aws:CurrentTime': '2024-05-01T12:30:15Z',
      'aws:EpochTime': 1_714_566_615,
      'aws:SecureTransport': true,
      'aws:SourceIp': '203.0.113.9',
      'aws:PrincipalArn': ALICE,
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'User',
      'aws:userid': 'AIDAALICE0000000000',
      'aws:username': 'alice',
      'aws:TokenIssueTime': '2023-11-14T22:13:20Z',
      // Present for every session token, as the gateway sets it: false without MFA.
      'aws:MultiFactorAuthPresent': false,
      'aws:PrincipalTag/team': 'fulfilment',
      'aws:PrincipalTag/CostCenter': '42',
    });
  });

  it('leaves aws:SourceIp out when the client address is unknown', () => {
    expect(buildRequestContext(alice, { secureTransport: false, now: transport.now })).not.toHaveProperty(
      'aws:SourceIp',
    );
  });

  it('types the root user as Account, without aws:username', () => {
    const root: VerifiedPrincipal = {
      ...alice,
      arn: `arn:iamgate:iam::${ACCOUNT}:root`,
      type: 'root',
      id: ACCOUNT,
    };
    delete root.userName;
    const context = buildRequestContext(root, transport);
    expect(context['aws:PrincipalType']).toBe('Account');
    expect(context['aws:PrincipalArn']).toBe(`arn:iamgate:iam::${ACCOUNT}:root`);
    expect(context).not.toHaveProperty('aws:username');
  });

  it('gives a role session the role ARN as aws:PrincipalArn, and its MFA and source identity', () => {
    const session: VerifiedPrincipal = {
      ...alice,
      arn: `arn:iamgate:sts::${ACCOUNT}:assumed-role/Support/bob`,
      type: 'role',
      id: 'AROASUPPORT:bob',
      roleArn: `arn:iamgate:iam::${ACCOUNT}:role/ops/Support`,
      sourceIdentity: 'bob@example.com',
      mfa: { present: true, authenticatedAt: 1_714_566_000 },
      tags: {},
    };
    const context = buildRequestContext(session, transport);
    expect(context).toMatchObject({
      'aws:PrincipalType': 'AssumedRole',
      'aws:PrincipalArn': `arn:iamgate:iam::${ACCOUNT}:role/ops/Support`,
      'aws:userid': 'AROASUPPORT:bob',
      'aws:SourceIdentity': 'bob@example.com',
      'aws:MultiFactorAuthPresent': true,
      'aws:MultiFactorAuthAge': 615,
    });
    expect(context).not.toHaveProperty('aws:username');
    // Without the role claim the engine derives aws:PrincipalArn from the session ARN (docs/policy-semantics.md).
    const bare = buildRequestContext({ ...session, roleArn: undefined }, transport);
    expect(bare).not.toHaveProperty('aws:PrincipalArn');
  });

  it('adds app keys but never lets them replace or invent keys about the principal or transport', () => {
    const context = buildRequestContext(alice, transport, {
      'orders:Amount': 120,
      'aws:ResourceTag/owner': 'alice',
      'AWS:SourceIp': '10.0.0.1',
      'aws:principaltag/team': 'admins',
      'aws:PrincipalTag/role': 'admin',
      'aws:SourceIdentity': 'someone-else',
      'aws:PrincipalOrgID': 'o-theirs',
      'aws:PrincipalOrgPaths': ['o-theirs/r-root/'],
    });
    expect(context['orders:Amount']).toBe(120);
    expect(context['aws:ResourceTag/owner']).toBe('alice');
    expect(context['aws:SourceIp']).toBe('203.0.113.9');
    expect(context).not.toHaveProperty('AWS:SourceIp');
    expect(context).not.toHaveProperty('aws:principaltag/team');
    expect(context).not.toHaveProperty('aws:PrincipalTag/role');
    expect(context).not.toHaveProperty('aws:SourceIdentity');
    // The organization is the account's (a local evaluator's snapshot sets it), never the app's to claim.
    expect(context).not.toHaveProperty('aws:PrincipalOrgID');
    expect(context).not.toHaveProperty('aws:PrincipalOrgPaths');
  });
});
