import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRevocationList,
  type DecisionEvent,
  policyAuthorizer,
  staticPolicySource,
} from '../src/index.js';
import { bearer, facts, ordersGate } from './support/orders-gate.js';
import { orderArn } from './support/orders-policies.js';
import {
  ACCOUNT,
  ALICE,
  generateTestKey,
  roleSessionClaims,
  sign,
  type TestKey,
  userClaims,
} from './support/signing-keys.js';

let key: TestKey;
let alice: string;
let support: string;

beforeAll(async () => {
  key = await generateTestKey('EdDSA');
  alice = await sign(key, userClaims());
  support = await sign(key, roleSessionClaims());
});

describe('authorizeRequest: allowed', () => {
  it('passes the principal, the decision and the request on', async () => {
    const result = await ordersGate(key).authorizeRequest(facts('GET', '/orders/42?full=1', bearer(alice)));
    expect(result).toMatchObject({
      status: 'allowed',
      action: 'orders:GetOrder',
      resource: orderArn('42'),
      revision: 7,
      principal: { arn: ALICE, account: ACCOUNT, userName: 'alice' },
      decision: { decision: 'Allow', allowedBy: [{ layer: 'identity', sid: 'ReadOrders', effect: 'Allow' }] },
    });
    if (result.status !== 'allowed') throw new Error('unreachable');
    expect(result.context['aws:PrincipalArn']).toBe(ALICE);
  });

  it('resolves policy variables from the token (aws:username)', async () => {
    // docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
    const gate = ordersGate(key);
    expect((await gate.authorizeRequest(facts('GET', '/profiles/alice', bearer(alice)))).status).toBe(
      'allowed',
    );
    expect((await gate.authorizeRequest(facts('GET', '/profiles/bob', bearer(alice)))).status).toBe(403);
  });

  it('applies principal tag conditions from the token (`aws:PrincipalTag/team`)', async () => {
    const gate = ordersGate(key);
    expect((await gate.authorizeRequest(facts('PUT', '/orders/1', bearer(alice)))).status).toBe('allowed');
    const other = await sign(key, userClaims({ tags: { team: 'marketing' } }));
    expect((await gate.authorizeRequest(facts('PUT', '/orders/1', bearer(other)))).status).toBe(403);
  });

  it('decides a role session with its role policies and the source address through a trusted proxy', async () => {
    // IpAddress on aws:SourceIp and Bool on aws:SecureTransport:
    // docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    const gate = ordersGate(key, { trustProxy: ['10.255.0.0/16'] });
    const viaProxy = (clientIp: string, proto: string) =>
      facts(
        'POST',
        '/orders/9/cancel?reason=fraud',
        { ...bearer(support), 'x-forwarded-for': clientIp, 'x-forwarded-proto': proto },
        { remoteAddress: '10.255.0.1' },
      );
    const allowed = await gate.authorizeRequest(viaProxy('10.20.30.40', 'https'));
    expect(allowed).toMatchObject({
      status: 'allowed',
      decision: { allowedBy: [{ sid: 'CancelFromOffice' }] },
    });
    if (allowed.status !== 'allowed') throw new Error('unreachable');
    expect(allowed.context).toMatchObject({ 'aws:SourceIp': '10.20.30.40', 'orders:Reason': 'fraud' });
    expect((await gate.authorizeRequest(viaProxy('203.0.113.5', 'https'))).status).toBe(403);
    expect((await gate.authorizeRequest(viaProxy('10.20.30.40', 'http'))).status).toBe(403);
    // Without proxy trust the forwarded address is ignored: the peer (the proxy) is the source.
    const untrusting = ordersGate(key);
    const spoofed = await untrusting.authorizeRequest(viaProxy('10.20.30.40', 'https'));
    expect(spoofed.status).toBe(403);
  });

  it('lets the root user of the account act without policies', async () => {
    // docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
    const root = await sign(
      key,
      userClaims({ arn: `arn:iamgate:iam::${ACCOUNT}:root`, ptyp: 'root', sub: ACCOUNT, name: undefined }),
    );
    expect((await ordersGate(key).authorizeRequest(facts('PUT', '/orders/5', bearer(root)))).status).toBe(
      'allowed',
    );
  });

  it('answers public routes without a token', async () => {
    expect(await ordersGate(key).authorizeRequest(facts('GET', '/healthz'))).toEqual({ status: 'public' });
  });
});

describe('authorizeRequest: 403', () => {
  it('refuses what no policy allows, naming action, resource and the layer, as AWS does', async () => {
    // Message shape: docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
    const result = await ordersGate(key).authorizeRequest(facts('POST', '/orders/9/cancel', bearer(alice)));
    expect(result).toMatchObject({
      status: 403,
      body: {
        code: 'AccessDenied',
        action: 'orders:CancelOrder',
        resource: orderArn('9'),
        message: `\`${ALICE}\` is not authorized to perform \`orders:CancelOrder\` on resource \`${orderArn('9')}\` because no identity-based policy allows the \`orders:CancelOrder\` action`,
      },
    });
  });

  it('refuses an explicit deny even with an allow elsewhere, and says so', async () => {
    const gate = ordersGate(key, {
      authorizer: policyAuthorizer(
        staticPolicySource({
          [ALICE]: {
            identity: [
              { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'orders:*', Resource: '*' }] },
              {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Deny', Action: 'orders:DeleteOrder', Resource: '*' }],
              },
            ],
          },
        }),
      ),
    });
    const result = await gate.authorizeRequest(facts('DELETE', '/orders/1', bearer(alice)));
    expect(result).toMatchObject({ status: 403, body: { code: 'AccessDenied' } });
    if (result.status !== 403) throw new Error('unreachable');
    expect(result.body.message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it('refuses requests no route maps, once authenticated', async () => {
    const gate = ordersGate(key);
    expect(await gate.authorizeRequest(facts('GET', '/secret', bearer(alice)))).toMatchObject({
      status: 403,
      body: { code: 'AccessDenied', message: 'no action is mapped to `GET /secret`' },
    });
    expect(await gate.authorizeRequest(facts('GET', '/secret'))).toMatchObject({ status: 401 });
  });

  it('refuses a principal the policy source does not know', async () => {
    const stranger = await sign(
      key,
      userClaims({ arn: `arn:iamgate:iam::${ACCOUNT}:user/mallory`, name: 'mallory' }),
    );
    expect((await ordersGate(key).authorizeRequest(facts('GET', '/orders/1', bearer(stranger)))).status).toBe(
      403,
    );
  });
});

describe('authorizeRequest: 401', () => {
  it.each([
    ['no header', {}, 'Unauthenticated', 'Bearer realm="iamgate"'],
    [
      'another scheme',
      { authorization: 'Basic YWxpY2U6cHc=' },
      'InvalidClientTokenId',
      'Bearer realm="iamgate", error="invalid_token", error_description="the `authorization` header is not a bearer token"',
    ],
    [
      'a garbled token',
      { authorization: 'Bearer abc.def' },
      'InvalidClientTokenId',
      'Bearer realm="iamgate", error="invalid_token", error_description="the bearer token is not a well-formed JWS"',
    ],
  ])('%s: %s', async (_, headers, code, challenge) => {
    const result = await ordersGate(key).authorizeRequest(facts('GET', '/orders/1', headers));
    expect(result).toMatchObject({ status: 401, body: { code }, headers: { 'www-authenticate': challenge } });
  });

  it('an expired token: ExpiredToken, with an invalid_token challenge (RFC 6750)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign(key, userClaims({ iat: now - 999, nbf: now - 999, exp: now - 99 }));
    const result = await ordersGate(key).authorizeRequest(facts('GET', '/orders/1', bearer(expired)));
    expect(result).toMatchObject({ status: 401, body: { code: 'ExpiredToken' } });
    if (result.status !== 401) throw new Error('unreachable');
    expect(result.headers['www-authenticate']).toMatch(/^Bearer realm="iamgate", error="invalid_token"/);
  });

  it('a token of another key: InvalidClientTokenId; a revoked session: ExpiredToken, as at the gateway', async () => {
    const stranger = await generateTestKey('EdDSA');
    const forged = await sign(stranger, userClaims());
    expect(await ordersGate(key).authorizeRequest(facts('GET', '/orders/1', bearer(forged)))).toMatchObject({
      status: 401,
      body: { code: 'InvalidClientTokenId' },
    });
    const revocation = createRevocationList();
    revocation.revokeIssuedBefore(ALICE);
    expect(
      await ordersGate(key, { revocation }).authorizeRequest(facts('GET', '/orders/1', bearer(alice))),
    ).toMatchObject({
      status: 401,
      body: { code: 'ExpiredToken', message: "the token's session has been revoked" },
    });
  });
});

describe('authorizeRequest: failures fail closed', () => {
  it('a stale policy source: 503 ServiceUnavailable', async () => {
    const gate = ordersGate(key, { authorizer: policyAuthorizer({ policiesFor: () => undefined }) });
    expect(await gate.authorizeRequest(facts('GET', '/orders/1', bearer(alice)))).toMatchObject({
      status: 503,
      body: { code: 'ServiceUnavailable' },
    });
  });

  it('a throwing authorizer: 503, reported to onError', async () => {
    const errors: Array<[unknown, string]> = [];
    const gate = ordersGate(key, {
      authorizer: { authorize: () => Promise.reject(new Error('snapshot fetch failed')) },
      onError: (error, phase) => errors.push([error, phase]),
    });
    expect(await gate.authorizeRequest(facts('GET', '/orders/1', bearer(alice)))).toMatchObject({
      status: 503,
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe('authorize');
  });

  it('a throwing resource function: 500 ServiceFailure, reported to onError', async () => {
    const phases: string[] = [];
    const gate = ordersGate(key, {
      routes: { 'GET /x': { action: 'a:B', resource: () => JSON.parse('{') as string } },
      onError: (_, phase) => phases.push(phase),
    });
    expect(await gate.authorizeRequest(facts('GET', '/x', bearer(alice)))).toMatchObject({
      status: 500,
      body: { code: 'ServiceFailure' },
    });
    expect(phases).toEqual(['route']);
  });

  it('reports every decision to onDecision, and survives a throwing hook', async () => {
    const events: DecisionEvent[] = [];
    const gate = ordersGate(key, { onDecision: (e) => events.push(e) });
    await gate.authorizeRequest(facts('GET', '/orders/1', bearer(alice)));
    await gate.authorizeRequest(facts('POST', '/orders/1/cancel', bearer(alice)));
    expect(events.map((e) => [e.action, e.result.kind === 'decided' && e.result.decision.decision])).toEqual([
      ['orders:GetOrder', 'Allow'],
      ['orders:CancelOrder', 'ImplicitDeny'],
    ]);
    const throwing = ordersGate(key, {
      onDecision: () => {
        throw new Error('audit sink down');
      },
    });
    expect((await throwing.authorizeRequest(facts('GET', '/orders/1', bearer(alice)))).status).toBe(
      'allowed',
    );
  });
});
