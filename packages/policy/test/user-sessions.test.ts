/**
 * IAM-user sessions restricted by session policies (**iamgate**: for example the session after a password reset,
 * which may only call `iam:ChangePassword`). A resource-based grant naming the user ARN "is added to the role or
 * user's identity-based policy before the session is created", so the session policies limit it; only a grant to the
 * session itself is not limited (docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session).
 * The permissions boundary does not limit a same-account grant to a user ARN (access_policies_boundaries.html).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateTrust, type PrincipalDocument } from '../src/index.js';
import { ALICE, allow, OBJECT, OTHER, policy, ROLE, request } from './helpers.js';

const changePasswordOnly = [policy(allow('iam:ChangePassword', ALICE))];
const readObject = [policy(allow('s3:GetObject', OBJECT))];
const bucketFor = (principal: PrincipalDocument) =>
  policy(allow('s3:GetObject', OBJECT, { Principal: principal }));

describe('a user session with session policies', () => {
  it('has a resource grant naming the user ARN capped by its session policies', () => {
    const resource = bucketFor({ AWS: ALICE });
    expect(evaluate(request({ policies: { resource, session: changePasswordOnly } }))).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
    expect(evaluate(request({ policies: { resource, session: readObject } })).decision).toBe('Allow');
    // Without session policies the grant stays final, as before.
    expect(evaluate(request({ policies: { resource } })).decision).toBe('Allow');
  });

  it('still needs no identity Allow and is not capped by the boundary for a grant naming the user', () => {
    const resource = bucketFor({ AWS: ALICE });
    const permissionsBoundary = policy(allow('ec2:*', '*'));
    expect(
      evaluate(request({ policies: { resource, session: readObject, permissionsBoundary } })).decision,
    ).toBe('Allow');
  });

  it('is capped for Principal "*": a grant to everyone does not name the session (docs/policy-semantics.md)', () => {
    const resource = bucketFor('*');
    expect(evaluate(request({ policies: { resource, session: changePasswordOnly } }))).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
    expect(evaluate(request({ policies: { resource } })).decision).toBe('Allow');
  });

  it('needs its session policies to allow a role assumption the trust policy grants to the user', () => {
    const trustPolicy = policy({
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'sts:AssumeRole',
    });
    const base = { principal: ALICE, roleArn: ROLE, trustPolicy };
    expect(evaluateTrust({ ...base, callerPolicies: { session: changePasswordOnly } })).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
    const mayAssume = [policy(allow('sts:AssumeRole', ROLE))];
    expect(evaluateTrust({ ...base, callerPolicies: { session: mayAssume } }).decision).toBe('Allow');
    expect(evaluateTrust(base).decision).toBe('Allow');
  });

  it('keeps cross-account rules: both sides, the session included', () => {
    const otherObject = `arn:aws:s3::${OTHER}:reports/q1.csv`;
    const resource = policy(allow('s3:GetObject', otherObject, { Principal: { AWS: ALICE } }));
    const identity = [policy(allow('s3:GetObject', '*'))];
    const d = evaluate(
      request({ resource: otherObject, policies: { resource, identity, session: changePasswordOnly } }),
    );
    expect(d).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'session' });
  });
});
