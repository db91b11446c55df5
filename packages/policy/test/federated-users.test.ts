/**
 * Federated-user sessions (`arn:P:sts::A:federated-user/Name`, from GetFederationToken): "if you do not pass a policy
 * with the GetFederationToken API call, the resulting temporary security credentials have no permissions. However, a
 * resource-based policy can provide additional permissions for the session"
 * (docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type RequestPolicies } from '../src/index.js';
import { ACCOUNT, allow, OBJECT, OTHER, policy, request } from './helpers.js';

const CAROL = `arn:aws:sts::${ACCOUNT}:federated-user/Carol`;
const identity = [policy(allow('s3:*', '*'))];
const carol = (policies: RequestPolicies) => evaluate(request({ principal: CAROL, policies }));

describe('a federated-user session', () => {
  it('has no permissions from identity policies without session policies', () => {
    expect(carol({ identity })).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'session' });
    expect(carol({ identity, session: [] })).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
    expect(carol({})).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'identity' });
  });

  it('has the intersection of identity and session policies when given session policies', () => {
    expect(carol({ identity, session: [policy(allow('s3:GetObject', OBJECT))] }).decision).toBe('Allow');
    expect(carol({ identity, session: [policy(allow('sqs:*', '*'))] }).failedLayer).toBe('session');
  });

  it('is allowed by a same-account resource policy that names the session exactly', () => {
    const resource = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: CAROL } }));
    expect(carol({ resource }).decision).toBe('Allow');
    const other = policy(
      allow('s3:GetObject', OBJECT, { Principal: { AWS: `arn:aws:sts::${ACCOUNT}:federated-user/Dave` } }),
    );
    expect(carol({ resource: other, identity }).decision).toBe('ImplicitDeny');
  });

  it('gets nothing from a resource policy that names only its account, or from another account', () => {
    const byAccount = policy(allow('s3:GetObject', OBJECT, { Principal: { AWS: ACCOUNT } }));
    expect(carol({ resource: byAccount, identity }).failedLayer).toBe('session');
    const otherObject = `arn:aws:s3::${OTHER}:reports/q1.csv`;
    const named = policy(allow('s3:GetObject', otherObject, { Principal: { AWS: CAROL } }));
    const d = evaluate(
      request({ principal: CAROL, resource: otherObject, policies: { resource: named, identity } }),
    );
    expect(d.failedLayer).toBe('session');
  });
});
