/**
 * Trust decisions: `sts:AssumeRole` against a role's trust policy
 * (docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html, reference_policies_elements_principal.html,
 * reference_policies_evaluation-logic-cross-account.html; docs/policy-semantics.md "Trust decisions").
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateTrust,
  type PolicyDocument,
  type PrincipalDocument,
  type TrustRequest,
} from '../src/index.js';
import { ACCOUNT, ALICE, allow, deny, OTHER, policy, ROLE, ROOT, SESSION } from './helpers.js';

const trustFor = (principal: PrincipalDocument, extra: object = {}): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow' as const, Principal: principal, Action: 'sts:AssumeRole', ...extra },
});

function trust(overrides: Partial<TrustRequest>): TrustRequest {
  return { principal: ALICE, roleArn: ROLE, trustPolicy: trustFor({ AWS: ALICE }), ...overrides };
}

const mayAssume = policy(allow('sts:AssumeRole', ROLE));

describe('evaluateTrust', () => {
  it('allows a caller the trust policy names, in the role account, without identity policies', () => {
    const d = evaluateTrust(trust({}));
    expect(d.decision).toBe('Allow');
    expect(d.allowedBy).toEqual([{ layer: 'resource', policyId: 'resource[0]', index: 0, effect: 'Allow' }]);
  });

  it('treats naming the caller role (role chaining) and the session like naming the caller', () => {
    expect(
      evaluateTrust(
        trust({
          principal: SESSION,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/Next`,
          trustPolicy: trustFor({ AWS: ROLE }),
        }),
      ).decision,
    ).toBe('Allow');
    expect(
      evaluateTrust(
        trust({
          principal: SESSION,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/Next`,
          trustPolicy: trustFor({ AWS: SESSION }),
        }),
      ).decision,
    ).toBe('Allow');
  });

  it('caps a grant to the caller role ARN with the session policies and boundary of the calling session', () => {
    // reference_policies_elements_principal.html#principal-roles: the effective permissions of a role principal
    // "are limited by any policy types that limit permissions for the role. This includes session policies and
    // permissions boundaries".
    const next = `arn:aws:iam::${ACCOUNT}:role/Next`;
    const byRole = trust({ principal: SESSION, roleArn: next, trustPolicy: trustFor({ AWS: ROLE }) });
    const getUserOnly = policy(allow('iam:GetUser', '*'));
    expect(evaluateTrust({ ...byRole, callerPolicies: { session: [getUserOnly] } })).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
    expect(evaluateTrust({ ...byRole, callerPolicies: { permissionsBoundary: getUserOnly } })).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'permissionsBoundary',
    });
    const mayAssumeNext = policy(allow('sts:AssumeRole', next));
    expect(evaluateTrust({ ...byRole, callerPolicies: { session: [mayAssumeNext] } }).decision).toBe('Allow');
    // A grant to the session ARN is added after the session was made: neither caps it (access_policies.html).
    const bySession = { ...byRole, trustPolicy: trustFor({ AWS: SESSION }) };
    const capped = { session: [getUserOnly], permissionsBoundary: getUserOnly };
    expect(evaluateTrust({ ...bySession, callerPolicies: capped }).decision).toBe('Allow');
  });

  it('needs the trust policy to allow explicitly, even within the account', () => {
    const d = evaluateTrust(
      trust({
        trustPolicy: trustFor({ AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }),
        callerPolicies: { identity: [mayAssume] },
      }),
    );
    expect(d).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'resource' });
  });

  it('when the trust policy names only the account, the caller identity policies must allow too', () => {
    const byAccount = trustFor({ AWS: `arn:aws:iam::${ACCOUNT}:root` });
    expect(evaluateTrust(trust({ trustPolicy: byAccount })).failedLayer).toBe('identity');
    expect(
      evaluateTrust(trust({ trustPolicy: byAccount, callerPolicies: { identity: [mayAssume] } })).decision,
    ).toBe('Allow');
    expect(
      evaluateTrust(
        trust({
          trustPolicy: byAccount,
          callerPolicies: { identity: [mayAssume], permissionsBoundary: policy(allow('s3:*', '*')) },
        }),
      ).failedLayer,
    ).toBe('permissionsBoundary');
  });

  it('across accounts, the caller side must allow even when the trust policy names the caller', () => {
    const caller = `arn:aws:iam::${OTHER}:user/carol`;
    expect(
      evaluateTrust(trust({ principal: caller, trustPolicy: trustFor({ AWS: caller }) })).failedLayer,
    ).toBe('identity');
    expect(
      evaluateTrust(
        trust({
          principal: caller,
          trustPolicy: trustFor({ AWS: caller }),
          callerPolicies: { identity: [mayAssume] },
        }),
      ).decision,
    ).toBe('Allow');
  });

  it('lets a named service assume the role', () => {
    expect(
      evaluateTrust(
        trust({ principal: 'workload.iamgate', trustPolicy: trustFor({ Service: 'workload.iamgate' }) }),
      ).decision,
    ).toBe('Allow');
  });

  it('checks conditions such as sts:ExternalId', () => {
    const withExternalId = trustFor(
      { AWS: ALICE },
      { Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } },
    );
    expect(evaluateTrust(trust({ trustPolicy: withExternalId })).missingContextKeys).toEqual([
      'sts:externalid',
    ]);
    expect(
      evaluateTrust(trust({ trustPolicy: withExternalId, context: { 'sts:ExternalId': 'abc' } })).decision,
    ).toBe('Allow');
  });

  it('honours explicit denies in caller policies and the action asked for', () => {
    expect(
      evaluateTrust(trust({ callerPolicies: { identity: [policy(deny('sts:*', '*'))] } })).decision,
    ).toBe('ExplicitDeny');
    expect(evaluateTrust(trust({ action: 'sts:TagSession' })).failedLayer).toBe('resource');
  });

  it('refuses the root user for every trust action (STS/latest/APIReference/API_AssumeRole.html)', () => {
    // "You cannot use AWS account root user credentials to call AssumeRole."
    for (const action of ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']) {
      for (const named of [{ AWS: ROOT }, { AWS: ACCOUNT }, '*'] as PrincipalDocument[]) {
        const d = evaluateTrust({
          principal: ROOT,
          action,
          roleArn: ROLE,
          trustPolicy: trustFor(named, { Action: 'sts:*' }),
          callerPolicies: { identity: [policy(allow('sts:*', '*'))] },
        });
        expect(d).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'identity' });
      }
    }
    // An explicit deny is still reported as one.
    const denied = evaluateTrust({
      principal: ROOT,
      roleArn: ROLE,
      trustPolicy: policy({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }),
    });
    expect(denied.decision).toBe('ExplicitDeny');
  });

  it('is total on malformed requests', () => {
    expect(evaluateTrust({} as TrustRequest).errors[0]?.code).toBe('INVALID_REQUEST');
    expect(evaluateTrust(trust({ trustPolicy: undefined as never })).errors[0]?.code).toBe('INVALID_REQUEST');
    expect(evaluateTrust(trust({ action: '' })).errors[0]?.code).toBe('INVALID_REQUEST');
  });
});
