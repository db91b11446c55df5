/**
 * Unique ids in `Principal` / `NotPrincipal`. AWS stores a user or role ARN named in a trust policy as the entity's
 * unique id (`AIDA…`, `AROA…`) and shows that id once the entity is deleted; a new entity with the same name does not
 * match it (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html, "If your Principal
 * element in a role trust policy contains an ARN that points to a specific IAM role…"). The engine matches an id
 * against the request's `aws:userid`, which the caller (the gateway) fills in.
 */
import { describe, expect, it } from 'vitest';
import {
  type ContextValue,
  evaluate,
  evaluateTrust,
  type PolicyDocument,
  type PrincipalDocument,
  type StatementDocument,
  validatePolicy,
} from '../src/index.js';
import {
  ACCOUNT,
  ALICE,
  ALICE_ID,
  allow,
  BOB,
  BOB_ID,
  deny,
  OBJECT,
  policy,
  ROLE,
  ROLE_ID,
  ROOT,
  request,
  SESSION,
  SESSION_ID,
} from './helpers.js';

/** A user deleted since the policy was written: its id names nobody any more. */
const DELETED_ID = 'AIDAZZZZZZZZZZZZZZZZZ';
const NEXT = `arn:aws:iam::${ACCOUNT}:role/Next`;
const trustFor = (principal: PrincipalDocument, effect: 'Allow' | 'Deny' = 'Allow') =>
  policy({ Effect: effect, Principal: principal, Action: 'sts:AssumeRole' } as StatementDocument);

describe('validation of unique ids', () => {
  it('accepts user and role ids, in iamgate form and in AWS form', () => {
    const ids = [ALICE_ID, ROLE_ID, 'AIDACKCEVSQ6C2EXAMPLE', 'AROA3XFRBF535PLBIFPI4'];
    expect(validatePolicy(trustFor({ AWS: ids }), 'trust')).toEqual({ valid: true, findings: [] });
    const notPrincipal = policy(deny('s3:*', '*', { NotPrincipal: { AWS: [DELETED_ID, ROOT] } }));
    expect(validatePolicy(notPrincipal, 'resource').valid).toBe(true);
  });

  it('rejects other ids and near misses', () => {
    for (const bad of [
      'AGPAJQABLZS4A3QDU576Q', // a group id: groups are never principals
      'AKIAIOSFODNN7EXAMPLE', // an access key id
      'AIDAJQABLZS4A3Q', // too short
      'aidajqablzs4a3qdu576q', // lowercase
      'AIDAJQABLZS4A3QDU576Q:session', // a role-session userid is not a principal
      'AIDAJQABLZS4A3QDU57*',
    ]) {
      const codes = validatePolicy(trustFor({ AWS: bad }), 'trust').findings.map((f) => f.code);
      expect(codes, bad).toContain('INVALID_PRINCIPAL');
    }
  });
});

describe('matching unique ids against aws:userid', () => {
  it('names a user whose aws:userid is the id, like the user ARN', () => {
    const byId = { principal: ALICE, roleArn: ROLE, trustPolicy: trustFor({ AWS: ALICE_ID }) };
    expect(evaluateTrust({ ...byId, context: { 'aws:userid': ALICE_ID } }).decision).toBe('Allow');
    // Like the ARN, it is capped by the session policies of a user session.
    const capped = { session: [policy(allow('iam:ChangePassword', ALICE))] };
    expect(
      evaluateTrust({ ...byId, context: { 'aws:userid': ALICE_ID }, callerPolicies: capped }).failedLayer,
    ).toBe('session');
  });

  it('does not name a user with another id: a user recreated with the same name is not trusted', () => {
    const byId = { principal: ALICE, roleArn: ROLE, trustPolicy: trustFor({ AWS: ALICE_ID }) };
    expect(evaluateTrust({ ...byId, context: { 'aws:userid': BOB_ID } }).failedLayer).toBe('resource');
  });

  it('names nobody without aws:userid, and reports the key as missing', () => {
    const d = evaluateTrust({ principal: ALICE, roleArn: ROLE, trustPolicy: trustFor({ AWS: ALICE_ID }) });
    expect(d).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'resource' });
    expect(d.missingContextKeys).toEqual(['aws:userid']);
  });

  it('names the sessions of a role by the role id before the colon of aws:userid, capped like the role ARN', () => {
    const byRoleId = { principal: SESSION, roleArn: NEXT, trustPolicy: trustFor({ AWS: ROLE_ID }) };
    expect(evaluateTrust({ ...byRoleId, context: { 'aws:userid': SESSION_ID } }).decision).toBe('Allow');
    const getUserOnly = { session: [policy(allow('iam:GetUser', '*'))] };
    expect(
      evaluateTrust({ ...byRoleId, context: { 'aws:userid': SESSION_ID }, callerPolicies: getUserOnly })
        .failedLayer,
    ).toBe('session');
    expect(
      evaluateTrust({ ...byRoleId, context: { 'aws:userid': `${DELETED_ID}:alice-session` } }).failedLayer,
    ).toBe('resource');
  });

  it('names a role evaluated directly when aws:userid is its id', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ROLE_ID } }));
    const boundary = policy(allow('ec2:*', '*'));
    expect(
      evaluate(request({ principal: ROLE, context: { 'aws:userid': ROLE_ID }, policies: { resource } }))
        .decision,
    ).toBe('Allow');
    expect(
      evaluate(
        request({
          principal: ROLE,
          context: { 'aws:userid': ROLE_ID },
          policies: { resource, permissionsBoundary: boundary },
        }),
      ).failedLayer,
    ).toBe('permissionsBoundary');
  });

  it('keeps user ids and role ids apart', () => {
    const asUser = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ALICE_ID } }));
    const asRole = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ROLE_ID } }));
    // A role session whose aws:userid starts with a user id, or a user whose aws:userid is a role id: not named.
    const session = (userid: string, resource: PolicyDocument) =>
      evaluate(request({ principal: SESSION, context: { 'aws:userid': userid }, policies: { resource } }));
    expect(session(`${ALICE_ID}:alice-session`, asUser).decision).toBe('ImplicitDeny');
    const user = evaluate(request({ context: { 'aws:userid': ROLE_ID }, policies: { resource: asRole } }));
    expect(user.decision).toBe('ImplicitDeny');
  });
});

describe('an orphaned unique id (its entity was deleted) never disables a statement', () => {
  const listed = { AWS: [DELETED_ID, ALICE] };

  it('keeps a Deny in force for the other principals it lists', () => {
    const resource = policy(
      { ...deny('s3:GetObject', OBJECT, { Principal: listed }), Sid: 'NoAlice' },
      allow('s3:GetObject', OBJECT, { Principal: '*' }),
    );
    for (const context of [{ 'aws:userid': ALICE_ID }, {}] as Record<string, ContextValue>[]) {
      const d = evaluate(request({ context, policies: { resource } }));
      expect(d.decision).toBe('ExplicitDeny');
      expect(d.deniedBy.map((m) => m.sid)).toEqual(['NoAlice']);
    }
    const trust = policy(
      { Effect: 'Deny', Principal: listed, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' },
    );
    const mayAssume = { identity: [policy(allow('sts:AssumeRole', ROLE))] };
    expect(
      evaluateTrust({ principal: ALICE, roleArn: ROLE, trustPolicy: trust, callerPolicies: mayAssume })
        .decision,
    ).toBe('ExplicitDeny');
  });

  it('keeps an Allow in force for the other principals it lists', () => {
    const trustPolicy = trustFor(listed);
    expect(evaluateTrust({ principal: ALICE, roleArn: ROLE, trustPolicy }).decision).toBe('Allow');
    expect(evaluateTrust({ principal: BOB, roleArn: ROLE, trustPolicy }).failedLayer).toBe('resource');
  });

  it('exempts nobody from a Deny with NotPrincipal, and a listed live id still exempts its user', () => {
    const denyAllBut = (...names: string[]) =>
      policy(
        deny('s3:GetObject', OBJECT, { NotPrincipal: { AWS: names } }),
        allow('s3:GetObject', OBJECT, { Principal: '*' }),
      );
    const alice = (resource: PolicyDocument, context: Record<string, string> = { 'aws:userid': ALICE_ID }) =>
      evaluate(request({ context, policies: { resource } })).decision;
    expect(alice(denyAllBut(DELETED_ID, ROOT))).toBe('ExplicitDeny');
    expect(alice(denyAllBut(ALICE_ID, ROOT))).toBe('Allow');
    // Without aws:userid the id cannot be shown to be the caller's: the Deny applies (fail closed).
    expect(alice(denyAllBut(ALICE_ID, ROOT), {})).toBe('ExplicitDeny');
    const session = evaluate(
      request({
        principal: SESSION,
        context: { 'aws:userid': SESSION_ID },
        policies: { resource: denyAllBut(SESSION, ROLE_ID, ROOT) },
      }),
    );
    expect(session.decision).toBe('Allow');
  });
});
