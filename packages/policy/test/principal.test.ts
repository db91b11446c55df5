/**
 * Principals: parsing principal strings (docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html) and
 * matching them in `Principal` / `NotPrincipal` (reference_policies_elements_principal.html,
 * reference_policies_elements_notprincipal.html).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parsePrincipal } from '../src/index.js';
import {
  ACCOUNT,
  ALICE,
  allow,
  BOB,
  deny,
  OBJECT,
  OTHER,
  policy,
  ROLE,
  ROOT,
  request,
  SESSION,
} from './helpers.js';

describe('parsePrincipal', () => {
  it('reads users with paths', () => {
    expect(parsePrincipal(`arn:aws:iam::${ACCOUNT}:user/division/team/alice`)).toMatchObject({
      kind: 'User',
      account: ACCOUNT,
      partition: 'aws',
      name: 'alice',
      path: '/division/team/',
      principalArn: `arn:aws:iam::${ACCOUNT}:user/division/team/alice`,
    });
  });

  it('reads role sessions, deriving the role ARN without its path', () => {
    expect(parsePrincipal(SESSION)).toMatchObject({
      kind: 'AssumedRole',
      roleName: 'Admin',
      sessionName: 'alice-session',
      name: 'alice-session',
      principalArn: ROLE,
    });
  });

  it('reads roles, the root user, federated users, services and anonymous', () => {
    expect(parsePrincipal(ROLE)).toMatchObject({ kind: 'Role', roleName: 'Admin' });
    expect(parsePrincipal(ROOT)).toMatchObject({ kind: 'Account', account: ACCOUNT, principalArn: ROOT });
    expect(parsePrincipal(`arn:aws:sts::${ACCOUNT}:federated-user/carol`)).toMatchObject({
      kind: 'FederatedUser',
      name: 'carol',
    });
    expect(parsePrincipal('workload.iamgate')).toMatchObject({ kind: 'Service', name: 'workload.iamgate' });
    expect(parsePrincipal('anonymous')).toEqual({ kind: 'Anonymous', raw: 'anonymous' });
  });

  it('accepts any partition', () => {
    expect(parsePrincipal(`arn:iamgate:iam::${ACCOUNT}:user/alice`)).toMatchObject({
      kind: 'User',
      partition: 'iamgate',
    });
  });

  it('never throws: anything else is Unknown', () => {
    for (const odd of [
      '',
      'alice',
      `arn:aws:iam::${ACCOUNT}:group/devs`,
      'arn:aws:sts::1:assumed-role/OnlyRole',
      'arn:aws:iam:::user/x',
    ]) {
      expect(parsePrincipal(odd).kind).toBe('Unknown');
    }
    expect(parsePrincipal(undefined as unknown as string).kind).toBe('Unknown');
  });
});

function resourcePolicyAllows(principal: string, element: object, extra: object = {}): string {
  const resource = policy(allow('s3:GetObject', OBJECT, { ...element }));
  return evaluate(request({ principal, policies: { resource, identity: [] }, ...extra })).decision;
}

describe('Principal matching', () => {
  it('`*` and {"AWS": "*"} match everyone, anonymous included', () => {
    expect(resourcePolicyAllows('anonymous', { Principal: '*' })).toBe('Allow');
    expect(resourcePolicyAllows('anonymous', { Principal: { AWS: '*' } })).toBe('Allow');
  });

  it('an account id or account root ARN matches every principal of the account', () => {
    // Naming the account delegates to the account's identity policies (docs/policy-semantics.md step 4).
    const identity = [policy(allow('s3:GetObject', OBJECT))];
    for (const name of [ACCOUNT, ROOT]) {
      const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: name } }));
      const d = evaluate(request({ principal: SESSION, policies: { resource, identity } }));
      expect(d.allowedBy.map((m) => m.layer)).toContain('resource');
    }
  });

  it('a user ARN matches only that user', () => {
    expect(resourcePolicyAllows(ALICE, { Principal: { AWS: ALICE } })).toBe('Allow');
    expect(resourcePolicyAllows(BOB, { Principal: { AWS: ALICE } })).toBe('ImplicitDeny');
  });

  it('a role ARN matches its sessions, by name when the path is unknown and by aws:PrincipalArn when given', () => {
    const withPath = `arn:aws:iam::${ACCOUNT}:role/ops/Admin`;
    const identity = [policy(allow('s3:GetObject', OBJECT))];
    const named = (roleArn: string, context?: Record<string, string>) => {
      const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: roleArn } }));
      return evaluate(
        request({ principal: SESSION, context, policies: { resource, identity } }),
      ).allowedBy.some((m) => m.layer === 'resource');
    };
    expect(named(ROLE)).toBe(true);
    expect(named(withPath)).toBe(true);
    expect(named(withPath, { 'aws:PrincipalArn': withPath })).toBe(true);
    expect(named(ROLE, { 'aws:PrincipalArn': withPath })).toBe(false);
    expect(named(`arn:aws:iam::${OTHER}:role/Admin`)).toBe(false);
  });

  it('a session ARN matches only that session', () => {
    expect(resourcePolicyAllows(SESSION, { Principal: { AWS: SESSION } })).toBe('Allow');
    expect(
      resourcePolicyAllows(`arn:aws:sts::${ACCOUNT}:assumed-role/Admin/other`, {
        Principal: { AWS: SESSION },
      }),
    ).toBe('ImplicitDeny');
  });

  it('Service and Federated match the principal string', () => {
    expect(resourcePolicyAllows('workload.iamgate', { Principal: { Service: 'workload.iamgate' } })).toBe(
      'Allow',
    );
    expect(resourcePolicyAllows('other.iamgate', { Principal: { Service: 'workload.iamgate' } })).toBe(
      'ImplicitDeny',
    );
    expect(
      resourcePolicyAllows('accounts.google.com', { Principal: { Federated: 'accounts.google.com' } }),
    ).toBe('Allow');
  });
});

describe('NotPrincipal', () => {
  const denyAllBut = (...names: string[]) =>
    policy(
      deny('s3:GetObject', OBJECT, { NotPrincipal: { AWS: names } }),
      allow('s3:GetObject', OBJECT, { Principal: '*' }),
    );

  it('exempts a user only when the user and its account are listed', () => {
    // reference_policies_elements_notprincipal.html: "you must also specify the account ARN"
    expect(
      evaluate(request({ principal: BOB, policies: { resource: denyAllBut(BOB, ROOT) } })).decision,
    ).toBe('Allow');
    expect(evaluate(request({ principal: BOB, policies: { resource: denyAllBut(BOB) } })).decision).toBe(
      'ExplicitDeny',
    );
    expect(
      evaluate(request({ principal: ALICE, policies: { resource: denyAllBut(BOB, ROOT) } })).decision,
    ).toBe('ExplicitDeny');
  });

  it('exempts a role session only when the session, its role and the account are listed', () => {
    expect(
      evaluate(request({ principal: SESSION, policies: { resource: denyAllBut(SESSION, ROLE, ROOT) } }))
        .decision,
    ).toBe('Allow');
    expect(
      evaluate(request({ principal: SESSION, policies: { resource: denyAllBut(ROLE, ROOT) } })).decision,
    ).toBe('ExplicitDeny');
  });

  it('always applies a Deny to a principal that has a permissions boundary', () => {
    // access_policies_boundaries.html
    const d = evaluate(
      request({
        principal: BOB,
        policies: { resource: denyAllBut(BOB, ROOT), permissionsBoundary: policy(allow('*', '*')) },
      }),
    );
    expect(d.decision).toBe('ExplicitDeny');
  });

  it('denies anonymous callers', () => {
    expect(
      evaluate(request({ principal: 'anonymous', policies: { resource: denyAllBut(BOB, ROOT) } })).decision,
    ).toBe('ExplicitDeny');
  });
});
