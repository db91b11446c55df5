/**
 * The evaluation order (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html)
 * as specified in docs/policy-semantics.md: explicit deny, guardrails, root, resource-based policy, identity,
 * boundary, session.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import {
  ACCOUNT,
  ALICE,
  allow,
  BUCKET,
  deny,
  OBJECT,
  OTHER,
  policy,
  ROLE,
  ROOT,
  request,
  SESSION,
} from './helpers.js';

const readObject = policy(allow('s3:GetObject', OBJECT));
const otherObject = `arn:aws:s3::${OTHER}:reports/q1.csv`;

describe('explicit deny', () => {
  it('wins over every Allow and lists every matching Deny across layers', () => {
    const d = evaluate(
      request({
        policies: {
          identity: [
            {
              id: 'p1',
              document: policy(allow('s3:*', '*'), { ...deny('s3:GetObject', OBJECT), Sid: 'NoRead' }),
            },
          ],
          permissionsBoundary: { id: 'b', document: policy(deny('s3:*', '*')) },
          resource: { id: 'r', document: policy(allow('s3:*', '*', { Principal: '*' })) },
        },
      }),
    );
    expect(d.decision).toBe('ExplicitDeny');
    expect(d.deniedBy).toEqual([
      { layer: 'identity', policyId: 'p1', index: 1, effect: 'Deny', sid: 'NoRead' },
      { layer: 'permissionsBoundary', policyId: 'b', index: 0, effect: 'Deny' },
    ]);
    expect(d.allowedBy.map((m) => m.policyId)).toEqual(['r', 'p1']);
    expect(d.failedLayer).toBeUndefined();
  });
});

describe('implicit deny', () => {
  it('is the default: nothing allows', () => {
    expect(evaluate(request())).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'identity',
      allowedBy: [],
      deniedBy: [],
    });
  });
});

describe('guardrails (like SCPs)', () => {
  it('every level must allow, outermost first', () => {
    const allowAll = policy(allow('*', '*'));
    const onlyEc2 = policy(allow('ec2:*', '*'));
    const identity = [readObject];
    expect(evaluate(request({ policies: { identity, guardrails: [[allowAll], [allowAll]] } })).decision).toBe(
      'Allow',
    );
    expect(evaluate(request({ policies: { identity, guardrails: [[allowAll], [onlyEc2]] } }))).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'guardrail',
    });
    expect(evaluate(request({ policies: { identity, guardrails: [[onlyEc2, allowAll]] } })).decision).toBe(
      'Allow',
    );
    expect(evaluate(request({ policies: { identity, guardrails: [[]] } })).failedLayer).toBe('guardrail');
  });

  it('grant nothing themselves', () => {
    expect(evaluate(request({ policies: { guardrails: [[policy(allow('*', '*'))]] } })).failedLayer).toBe(
      'identity',
    );
  });

  it('do not apply to service principals', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { Service: 'workload.iamgate' } }));
    const d = evaluate(
      request({
        principal: 'workload.iamgate',
        policies: { resource, guardrails: [[policy(deny('*', '*'))]] },
      }),
    );
    expect(d.decision).toBe('Allow');
  });
});

describe('root', () => {
  it('is allowed in its own account without policies; boundaries and identity policies do not apply', () => {
    expect(evaluate(request({ principal: ROOT, resource: `arn:aws:iam::${ACCOUNT}:user/x` })).decision).toBe(
      'Allow',
    );
    const d = evaluate(
      request({ principal: ROOT, policies: { permissionsBoundary: policy(allow('ec2:*', '*')) } }),
    );
    expect(d.decision).toBe('Allow');
  });

  it('needs the resource policy across accounts', () => {
    expect(evaluate(request({ principal: ROOT, resource: otherObject })).failedLayer).toBe('resource');
    const resource = policy(allow('s3:GetObject', otherObject, { Principal: { AWS: ACCOUNT } }));
    expect(
      evaluate(request({ principal: ROOT, resource: otherObject, policies: { resource } })).decision,
    ).toBe('Allow');
  });
});

describe('resource-based policies in one account (access_policies_boundaries.html, access_policies.html#policies_session)', () => {
  const boundary = policy(allow('ec2:*', '*'));
  const session = [policy(allow('ec2:*', '*'))];

  it('an Allow naming the user is enough, even past a boundary', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ALICE } }));
    expect(evaluate(request({ policies: { resource, permissionsBoundary: boundary } })).decision).toBe(
      'Allow',
    );
  });

  it('an Allow naming the session is enough, even past session policies', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: SESSION } }));
    expect(evaluate(request({ principal: SESSION, policies: { resource, session } })).decision).toBe('Allow');
  });

  it('an Allow naming the role counts like an identity grant: boundary and session policies still cap it', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ROLE } }));
    expect(evaluate(request({ principal: SESSION, policies: { resource } })).decision).toBe('Allow');
    expect(evaluate(request({ principal: SESSION, policies: { resource, session } })).failedLayer).toBe(
      'session',
    );
    expect(
      evaluate(request({ principal: SESSION, policies: { resource, permissionsBoundary: boundary } }))
        .failedLayer,
    ).toBe('permissionsBoundary');
  });

  it('an Allow naming only the account delegates to identity policies', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ACCOUNT } }));
    expect(evaluate(request({ policies: { resource } })).failedLayer).toBe('identity');
    expect(evaluate(request({ policies: { resource, identity: [readObject] } })).decision).toBe('Allow');
  });

  it('a resource Allow that does not name the caller does nothing', () => {
    const resource = policy(
      allow('s3:GetObject', OBJECT, { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` } }),
    );
    expect(evaluate(request({ policies: { resource } })).failedLayer).toBe('identity');
  });
});

describe('cross-account (reference_policies_evaluation-logic-cross-account.html)', () => {
  const resource = policy(allow('s3:GetObject', otherObject, { Principal: { AWS: ACCOUNT } }));
  it('needs both the resource policy and the caller side', () => {
    const identity = [policy(allow('s3:GetObject', otherObject))];
    expect(evaluate(request({ resource: otherObject, policies: { identity } })).failedLayer).toBe('resource');
    expect(evaluate(request({ resource: otherObject, policies: { resource } })).failedLayer).toBe('identity');
    expect(evaluate(request({ resource: otherObject, policies: { resource, identity } })).decision).toBe(
      'Allow',
    );
  });

  it('uses resourceAccount when the ARN has no account, else the principal account (iamgate)', () => {
    const identity = [readObject];
    expect(evaluate(request({ resourceAccount: OTHER, policies: { identity } })).failedLayer).toBe(
      'resource',
    );
    expect(evaluate(request({ policies: { identity } })).decision).toBe('Allow');
    expect(
      evaluate(request({ resource: BUCKET, policies: { identity: [policy(allow('s3:*', BUCKET))] } }))
        .decision,
    ).toBe('Allow');
  });
});

describe('permissions boundary and session policies', () => {
  it('only narrow what identity policies grant', () => {
    const identity = [policy(allow('s3:*', '*'))];
    expect(evaluate(request({ policies: { identity, permissionsBoundary: readObject } })).decision).toBe(
      'Allow',
    );
    expect(
      evaluate(request({ policies: { identity, permissionsBoundary: policy(allow('ec2:*', '*')) } }))
        .failedLayer,
    ).toBe('permissionsBoundary');
    expect(
      evaluate(request({ policies: { permissionsBoundary: policy(allow('*', '*')) } })).failedLayer,
    ).toBe('identity');
    expect(
      evaluate(request({ policies: { identity, session: [policy(allow('ec2:*', '*')), readObject] } }))
        .decision,
    ).toBe('Allow');
    expect(
      evaluate(request({ policies: { identity, session: [policy(allow('ec2:*', '*'))] } })).failedLayer,
    ).toBe('session');
    expect(evaluate(request({ policies: { identity, session: [] } })).decision).toBe('Allow');
  });
});

describe('reasons', () => {
  it('name policies by id, or by layer and position', () => {
    const d = evaluate(
      request({
        policies: {
          identity: [
            policy(allow('ec2:*', '*')),
            { ...readObject, Statement: [{ ...allow('s3:Get*', '*'), Sid: 'Get' }] },
          ],
        },
      }),
    );
    expect(d.allowedBy).toEqual([
      { layer: 'identity', policyId: 'identity[1]', index: 0, sid: 'Get', effect: 'Allow' },
    ]);
  });

  it('list the context keys the matching statements asked for and the request lacked, lowercased and sorted', () => {
    const identity = [
      policy(
        allow('s3:GetObject', '*', {
          Condition: {
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            IpAddress: { 'aws:SourceIp': '10.0.0.0/8' },
          },
        }),
        allow('ec2:*', '*', { Condition: { StringEquals: { 'ec2:Region': 'x' } } }),
      ),
    ];
    const d = evaluate(request({ context: { 'aws:SourceIp': '10.0.0.1' }, policies: { identity } }));
    expect(d.missingContextKeys).toEqual(['aws:multifactorauthpresent']);
  });

  it('derive principal keys when absent, and let the request override them', () => {
    const byTag = (type: string) => [
      policy(
        allow('s3:GetObject', '*', {
          Condition: { StringEquals: { 'aws:PrincipalType': type, 'aws:PrincipalAccount': ACCOUNT } },
        }),
      ),
    ];
    expect(evaluate(request({ policies: { identity: byTag('User') } })).decision).toBe('Allow');
    expect(
      evaluate(request({ principal: SESSION, policies: { identity: byTag('AssumedRole') } })).decision,
    ).toBe('Allow');
    expect(
      evaluate(request({ context: { 'aws:PrincipalType': 'Other' }, policies: { identity: byTag('User') } }))
        .decision,
    ).toBe('ImplicitDeny');
  });
});

describe('derived keys of anonymous callers (reference_policies_condition-keys.html#condition-keys-principalaccount)', () => {
  it('are aws:PrincipalAccount and aws:userid `anonymous`, aws:PrincipalType `Anonymous`, and no aws:PrincipalArn', () => {
    // "For anonymous requests, the request context returns `anonymous`"; aws:userid per the principal key table
    // (reference_policies_variables.html#principaltable); aws:PrincipalArn: "Anonymous requests do not include this key".
    const publicRead = (Condition: object) =>
      policy(allow('s3:GetObject', OBJECT, { Principal: '*', Condition: Condition as never }));
    const anonymous = (resource: ReturnType<typeof publicRead>) =>
      evaluate(request({ principal: 'anonymous', resourceAccount: ACCOUNT, policies: { resource } }));
    const d = anonymous(
      publicRead({
        StringEquals: {
          'aws:PrincipalAccount': 'anonymous',
          'aws:userid': 'anonymous',
          'aws:PrincipalType': 'Anonymous',
        },
        Null: { 'aws:PrincipalArn': 'true', 'aws:username': 'true' },
      }),
    );
    expect(d.decision).toBe('Allow');
    // The request's own values still win.
    const own = evaluate(
      request({
        principal: 'anonymous',
        resourceAccount: ACCOUNT,
        context: { 'aws:PrincipalAccount': ACCOUNT },
        policies: { resource: publicRead({ StringEquals: { 'aws:PrincipalAccount': ACCOUNT } }) },
      }),
    );
    expect(own.decision).toBe('Allow');
  });
});

describe('errors', () => {
  it('skip a policy that cannot be parsed and report it, without throwing', () => {
    const d = evaluate(
      request({ policies: { identity: [{ id: 'broken', document: '{"Statement": [' }, readObject] } }),
    );
    expect(d.decision).toBe('Allow');
    expect(d.errors).toEqual([{ code: 'INVALID_JSON', policyId: 'broken', message: expect.any(String) }]);
  });

  it('a broken boundary cannot allow', () => {
    const d = evaluate(
      request({
        policies: {
          identity: [readObject],
          permissionsBoundary: { Statement: { Effect: 'Maybe' } } as never,
        },
      }),
    );
    expect(d).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'permissionsBoundary' });
    expect(d.errors[0]).toMatchObject({ code: 'INVALID_EFFECT', policyId: 'permissionsBoundary[0]' });
  });

  it('a malformed request is an ImplicitDeny with INVALID_REQUEST', () => {
    for (const bad of [
      null,
      {},
      { principal: ALICE, action: 1, resource: '*' },
      request({ context: { k: { nested: true } } as never }),
      request({ policies: { identity: 'x' } as never }),
    ]) {
      const d = evaluate(bad as never);
      expect(d.decision).toBe('ImplicitDeny');
      expect(d.errors[0]?.code).toBe('INVALID_REQUEST');
    }
  });

  it('reads only the own keys of the context object, so a polluted prototype cannot add condition keys', () => {
    const mfaOnly = policy(
      allow('s3:GetObject', OBJECT, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
    );
    const inherited = Object.create({ 'aws:MultiFactorAuthPresent': 'true' }) as Record<string, string>;
    inherited['aws:SourceIp'] = '10.0.0.1';
    const d = evaluate(request({ context: inherited, policies: { identity: [mfaOnly] } }));
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.missingContextKeys).toEqual(['aws:multifactorauthpresent']);
    const own = JSON.parse('{"__proto__": "x", "aws:MultiFactorAuthPresent": "true"}') as Record<
      string,
      string
    >;
    expect(evaluate(request({ context: own, policies: { identity: [mfaOnly] } })).decision).toBe('Allow');
  });
});
