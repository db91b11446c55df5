import {
  type Authorizer,
  createGate,
  createTokenVerifier,
  fetchRequestFacts,
  type PolicySource,
  type RevocationCheck,
  type TokenVerifier,
  type VerifiedPrincipal,
} from '@iamgate/middleware';
import { fromAssumeRole, type IamgateClient, type LocalEvaluator } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../packages/sdk/test/support/test-gateway.js';
import { allow, deny, trust } from '../support/policies.js';
import { switchableFetch } from '../support/switchable-fetch.js';

const settle = { timeout: 10_000, interval: 20 };

describe.each(testDrivers())('the local evaluator against a real gateway on %s', (driver) => {
  let t: TestGateway;
  let verifier: TokenVerifier;
  let evaluator: LocalEvaluator;
  let dev: IamgateClient;
  let devKey: { accessKeyId: string; secretAccessKey: string };
  let devArn: string;
  const order = (id = '42') => `arn:iamgate:orders::${t.account.id}:order/${id}`;
  /** The principal of a client's current token, verified as the middleware verifies it. */
  const principalOf = async (client: IamgateClient): Promise<VerifiedPrincipal> =>
    verifier.verify((await client.credentials())?.token ?? '');
  const decide = async (principal: VerifiedPrincipal, action: string, context = {}) =>
    evaluator.authorize({ principal, action, resource: order(), context });

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const jwks = await (
      await t.gateway.fetch(new Request('http://gateway.test/.well-known/jwks.json'))
    ).json();
    verifier = createTokenVerifier({
      jwks,
      issuer: 'http://localhost:4000',
      audience: 'iamgate',
      clock: t.clock.now,
    });
    devArn = (await t.root.api.createUser({ userName: 'dev' })).arn;
    await t.root.api.putUserPolicy({
      userName: 'dev',
      policyName: 'orders',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'orders:GetOrder',
            Resource: '*',
            Condition: { StringEquals: { 'orders:Region': 'eu' } },
          },
          { Effect: 'Allow', Action: 'iamgate:GetPolicySnapshot', Resource: devArn },
        ],
      }),
    });
    devKey = await t.root.api.createAccessKey({ userName: 'dev' });
    dev = t.client(devKey);
    evaluator = t.root.localEvaluator();
    await evaluator.ready();
  });
  afterAll(async () => {
    await evaluator?.close();
    await t?.cleanup();
  });

  it('decides in process as the gateway decides remotely', async () => {
    const principal = await principalOf(dev);
    const questions: { action: string; context: Record<string, string> }[] = [
      { action: 'orders:GetOrder', context: { 'orders:Region': 'eu' } },
      { action: 'orders:GetOrder', context: { 'orders:Region': 'us' } },
      { action: 'orders:GetOrder', context: {} },
      { action: 'orders:CancelOrder', context: { 'orders:Region': 'eu' } },
    ];
    for (const { action, context } of questions) {
      const local = await decide(principal, action, context);
      const remote = await t.root.authorize({ action, resource: order(), context }, { principalArn: devArn });
      if (local.kind !== 'decided') throw new Error(`stale: ${local.reason}`);
      expect(local.decision.decision).toBe(remote.decision.decision);
      expect(local.decision.allowedBy).toEqual(remote.decision.allowedBy);
      expect(local.revision).toBe(evaluator.status().loaded);
    }
  });

  it('enforces a policy change once the revision stream announces it', async () => {
    const principal = await principalOf(dev);
    const before = evaluator.status().loaded ?? 0;
    expect((await decide(principal, 'orders:GetOrder', { 'orders:Region': 'eu' })).kind).toBe('decided');
    await t.root.api.putUserPolicy({
      userName: 'dev',
      policyName: 'freeze',
      policyDocument: deny('orders:GetOrder'),
    });
    await vi.waitFor(async () => {
      const result = await decide(principal, 'orders:GetOrder', { 'orders:Region': 'eu' });
      expect(result.kind === 'decided' && result.decision.decision).toBe('ExplicitDeny');
    }, settle);
    expect(evaluator.status().loaded).toBeGreaterThan(before);
    await t.root.api.deleteUserPolicy({ userName: 'dev', policyName: 'freeze' });
  });

  it('knows revoked sessions', async () => {
    const session = t.client(await t.root.api.createAccessKey({ userName: 'dev' }));
    const principal = await principalOf(session);
    await vi.waitFor(() => expect(evaluator.isRevoked(principal)).toBe(false), settle);
    await t.root.api.revokeSession({ sessionId: principal.sessionId });
    await vi.waitFor(() => expect(evaluator.isRevoked(principal)).toBe(true), settle);
    expect(evaluator.isRevoked(await principalOf(dev))).toBe(false);
  });

  it('applies the session policies of a role session newer than its snapshot', async () => {
    const role = await t.root.api.createRole({
      roleName: 'support',
      assumeRolePolicyDocument: trust({ AWS: devArn }),
    });
    await t.root.api.putRolePolicy({
      roleName: 'support',
      policyName: 'orders',
      policyDocument: allow('orders:*'),
    });
    const narrowed = t.client(
      fromAssumeRole({
        roleArn: role.arn,
        roleSessionName: 'read-only',
        // A session policy caps the session at what it allows (IAM/latest/UserGuide/access_policies.html#policies_session).
        policy: allow('orders:GetOrder'),
        source: devKey,
      }),
    );
    const principal = await principalOf(narrowed);
    const get = await decide(principal, 'orders:GetOrder');
    expect(get.kind === 'decided' && get.decision.decision).toBe('Allow');
    const cancel = await decide(principal, 'orders:CancelOrder');
    expect(cancel.kind === 'decided' && cancel.decision).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'session',
    });
  });

  it('answers stale, never Allow, once it cannot stay current for longer than its bound', async () => {
    const network = switchableFetch(t.gateway.fetch);
    const rootSession = await t.root.credentials();
    const own = t
      .client({ sessionToken: rootSession?.token ?? '' }, { fetch: network.fetch })
      .localEvaluator({ maxStalenessMs: 5_000, reconnect: { baseDelayMs: 5, maxDelayMs: 20 } });
    try {
      await own.ready();
      const principal = await principalOf(dev);
      await vi.waitFor(() => expect(own.status().staleReason).toBeUndefined(), settle);
      // The evaluator has met this session while the network was up.
      expect(
        (await own.authorize({ principal, action: 'orders:GetOrder', resource: order(), context: {} })).kind,
      ).toBe('decided');
      network.down();
      await vi.waitFor(() => expect(own.status().connected).toBe(false), settle);
      // Within the bound the snapshot is still used.
      expect(
        (await own.authorize({ principal, action: 'orders:GetOrder', resource: order(), context: {} })).kind,
      ).toBe('decided');
      t.clock.advance(6);
      const stale = await own.authorize({
        principal,
        action: 'orders:GetOrder',
        resource: order(),
        context: {},
      });
      expect(stale).toMatchObject({ kind: 'stale' });
      expect(() => own.isRevoked(principal)).toThrow('may be out of date');
      network.up();
      await vi.waitFor(async () => {
        const again = await own.authorize({
          principal,
          action: 'orders:GetOrder',
          resource: order(),
          context: {},
        });
        expect(again.kind).toBe('decided');
      }, settle);
    } finally {
      await own.close();
    }
    expect(
      (await own.authorize({ principal: { arn: devArn }, action: 'a:b', resource: '*', context: {} })).kind,
    ).toBe('stale');
  });

  it('follows one principal with its own credentials', async () => {
    const mine = dev.localEvaluator({ principal: devArn });
    try {
      await mine.ready();
      const me = await mine.authorize({
        principal: await principalOf(dev),
        action: 'orders:GetOrder',
        resource: order(),
        context: { 'orders:Region': 'eu' },
      });
      expect(me.kind === 'decided' && me.decision.decision).toBe('Allow');
      const someoneElse = await mine.authorize({
        principal: await principalOf(t.root),
        action: 'orders:GetOrder',
        resource: order(),
        context: {},
      });
      expect(someoneElse.kind).toBe('stale');
    } finally {
      await mine.close();
    }
    // Without iamgate:GetPolicySnapshot on the account, the whole-account snapshot is refused.
    const refused = dev.localEvaluator();
    await expect(refused.ready()).rejects.toMatchObject({ code: 'AccessDenied' });
    await refused.close();
  });

  it("is the middleware's authorizer, policy source and revocation check", async () => {
    expectTypeOf(evaluator).toMatchTypeOf<Authorizer>();
    expectTypeOf(evaluator).toMatchTypeOf<PolicySource>();
    expectTypeOf(evaluator).toMatchTypeOf<RevocationCheck>();
    const jwks = await (
      await t.gateway.fetch(new Request('http://gateway.test/.well-known/jwks.json'))
    ).json();
    const gate = createGate({
      verifier: createTokenVerifier({
        jwks,
        issuer: 'http://localhost:4000',
        audience: 'iamgate',
        clock: t.clock.now,
        revocation: evaluator,
      }),
      authorizer: evaluator,
      clock: t.clock.now,
      routes: {
        'GET /orders/:id': {
          action: 'orders:GetOrder',
          resource: (req) => order(req.params.id),
          context: (req) => ({ 'orders:Region': req.query.get('region') ?? '' }),
        },
      },
    });
    const token = (await dev.credentials())?.token ?? '';
    const call = (path: string) =>
      gate.authorizeRequest(
        fetchRequestFacts(
          new Request(`http://orders.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
        ),
      );
    expect(await call('/orders/7?region=eu')).toMatchObject({
      status: 'allowed',
      action: 'orders:GetOrder',
      resource: order('7'),
    });
    expect(await call('/orders/7?region=us')).toMatchObject({ status: 403, body: { code: 'AccessDenied' } });
  });
});
