import type { PolicyDocument } from '@iamgate/policy';
import { describe, expect, it } from 'vitest';
import {
  createGate,
  createTokenVerifier,
  type PolicySource,
  type PolicyTarget,
  policyAuthorizer,
  staticPolicySource,
  type VerifiedPrincipal,
} from '../src/index.js';
import { bearer, facts } from './support/orders-gate.js';
import {
  ACCOUNT,
  ALICE,
  AUDIENCE,
  generateTestKey,
  ISSUER,
  keySet,
  sign,
  userClaims,
} from './support/signing-keys.js';

const allow = (action: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});

const principal = (arn: string, roleArn?: string): VerifiedPrincipal => ({
  arn,
  account: ACCOUNT,
  type: arn.includes(':assumed-role/') ? 'role' : 'user',
  id: 'x',
  sessionId: 's',
  tokenId: 't',
  issuedAt: 0,
  expiresAt: 0,
  tags: {},
  claims: {},
  ...(roleArn === undefined ? {} : { roleArn }),
});

const ask = (source: PolicySource, p: VerifiedPrincipal, action: string) =>
  policyAuthorizer(source).authorize({ principal: p, action, resource: '*', context: {} });

describe('staticPolicySource', () => {
  const roleWithPath = `arn:iamgate:iam::${ACCOUNT}:role/ops/Support`;
  const roleWithoutPath = `arn:iamgate:iam::${ACCOUNT}:role/Deployer`;
  const session = (role: string, name: string) => `arn:iamgate:sts::${ACCOUNT}:assumed-role/${role}/${name}`;
  const source = staticPolicySource(
    {
      [ALICE]: { identity: [allow('orders:GetOrder')] },
      [roleWithPath]: { identity: [allow('orders:CancelOrder')] },
      [roleWithoutPath]: { identity: [allow('deploy:Run')] },
      [session('Deployer', 'special')]: { identity: [allow('deploy:Rollback')] },
    },
    { revision: 3 },
  );

  it('decides with the policies of the principal ARN, reporting the revision', async () => {
    expect(await ask(source, principal(ALICE), 'orders:GetOrder')).toMatchObject({
      kind: 'decided',
      revision: 3,
      decision: { decision: 'Allow' },
    });
    expect(await ask(source, principal(ALICE), 'orders:CancelOrder')).toMatchObject({
      decision: { decision: 'ImplicitDeny', failedLayer: 'identity' },
    });
  });

  it('finds a role session by its session ARN, then its role ARN claim, then the role name', async () => {
    const bySession = await ask(source, principal(session('Deployer', 'special')), 'deploy:Rollback');
    expect(bySession).toMatchObject({ decision: { decision: 'Allow' } });
    const byClaim = await ask(
      source,
      principal(session('Support', 'bob'), roleWithPath),
      'orders:CancelOrder',
    );
    expect(byClaim).toMatchObject({ decision: { decision: 'Allow' } });
    const byName = await ask(source, principal(session('Deployer', 'ci')), 'deploy:Run');
    expect(byName).toMatchObject({ decision: { decision: 'Allow' } });
    // A role with a path cannot be found by name alone: the token must carry the role ARN.
    const unknownPath = await ask(source, principal(session('Support', 'bob')), 'orders:CancelOrder');
    expect(unknownPath).toMatchObject({ decision: { decision: 'ImplicitDeny' } });
  });

  it('gives unknown principals the fallback policies (none by default)', async () => {
    const mallory = principal(`arn:iamgate:iam::${ACCOUNT}:user/mallory`);
    expect(await ask(source, mallory, 'orders:GetOrder')).toMatchObject({
      decision: { decision: 'ImplicitDeny' },
    });
    const withFallback = staticPolicySource({}, { fallback: { identity: [allow('orders:GetOrder')] } });
    expect(await ask(withFallback, mallory, 'orders:GetOrder')).toMatchObject({
      decision: { decision: 'Allow' },
    });
  });
});

describe('policyAuthorizer', () => {
  it('hands the action and resource to the source, which may attach a resource-based policy', async () => {
    // Same account, a resource policy naming the user allows on its own:
    // docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
    const asked: PolicyTarget[] = [];
    const source: PolicySource = {
      policiesFor: async (_, target) => {
        asked.push(target);
        const resource: PolicyDocument = {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: ALICE },
              Action: 'orders:GetOrder',
              Resource: target.resource,
            },
          ],
        };
        return { policies: { resource }, revision: 1 };
      },
    };
    const result = await policyAuthorizer(source).authorize({
      principal: principal(ALICE),
      action: 'orders:GetOrder',
      resource: `arn:iamgate:orders::${ACCOUNT}:order/1`,
      context: {},
    });
    expect(asked).toEqual([
      { action: 'orders:GetOrder', resource: `arn:iamgate:orders::${ACCOUNT}:order/1` },
    ]);
    expect(result).toMatchObject({
      kind: 'decided',
      decision: { decision: 'Allow', allowedBy: [{ layer: 'resource' }] },
    });
  });

  it('answers stale when the source has no current policies', async () => {
    const result = await ask({ policiesFor: () => undefined }, principal(ALICE), 'orders:GetOrder');
    expect(result).toEqual({ kind: 'stale', reason: `no current policies for \`${ALICE}\`` });
  });
});

describe('route functions', () => {
  it('map a request by method, path and query', async () => {
    const key = await generateTestKey('EdDSA');
    const gate = createGate({
      verifier: createTokenVerifier({ jwks: keySet(key), issuer: ISSUER, audience: AUDIENCE }),
      authorizer: policyAuthorizer(staticPolicySource({ [ALICE]: { identity: [allow('reports:Export')] } })),
      routes: (req) =>
        req.path === '/reports' && req.query.get('format') === 'csv'
          ? {
              action: 'reports:Export',
              resource: (r) => `arn:iamgate:reports::${r.principal.account}:report/all`,
            }
          : undefined,
    });
    const token = await sign(key, userClaims());
    expect(await gate.authorizeRequest(facts('GET', '/reports?format=csv', bearer(token)))).toMatchObject({
      status: 'allowed',
      resource: `arn:iamgate:reports::${ACCOUNT}:report/all`,
    });
    expect(await gate.authorizeRequest(facts('GET', '/reports?format=pdf', bearer(token)))).toMatchObject({
      status: 403,
    });
  });
});

describe('policyAuthorizer with principal keys from the source', () => {
  // `aws:PrincipalOrgID` comes from the principal's account (the snapshot), never from the request.
  const byOrg: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'orders:GetOrder',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-aaaaaaaaaa' } },
      },
    ],
  };
  const source = (orgId: string): PolicySource => ({
    policiesFor: () => ({
      policies: { identity: [byOrg] },
      revision: 1,
      principalContext: { 'aws:PrincipalOrgID': orgId },
    }),
  });

  it('sets them over the request context', async () => {
    const decide = async (orgId: string, claimed: string) => {
      const result = await policyAuthorizer(source(orgId)).authorize({
        principal: principal(ALICE),
        action: 'orders:GetOrder',
        resource: '*',
        context: { 'aws:PrincipalOrgID': claimed },
      });
      return result.kind === 'decided' ? result.decision.decision : result.kind;
    };
    expect(await decide('o-aaaaaaaaaa', 'o-bbbbbbbbbb')).toBe('Allow');
    expect(await decide('o-bbbbbbbbbb', 'o-aaaaaaaaaa')).toBe('ImplicitDeny');
  });
});
