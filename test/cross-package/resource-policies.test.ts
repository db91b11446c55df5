/**
 * Stored resource policies reach local evaluators (issue 14): an app's local evaluator (and the middleware in front
 * of it) decides with the account's stored resource-based policies exactly what the gateway decides remotely, for
 * the account's own principals and for a principal of another account, and follows a change of them. Cross-account
 * requests need both sides to allow (IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html);
 * a resource policy naming a user of the resource's account allows it by itself
 * (IAM/latest/UserGuide/access_policies_identity-vs-resource.html).
 */
import {
  createGate,
  createTokenVerifier,
  fetchRequestFacts,
  type Gate,
  policyAuthorizer,
  type TokenVerifier,
  type VerifiedPrincipal,
} from '@iamgate/middleware';
import { fromPassword, type IamgateClient, type LocalEvaluator } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../packages/sdk/test/support/test-gateway.js';

const settle = { timeout: 10_000, interval: 20 };
const PASSWORD = 'Partner-passw0rd-for-sdk';

describe.each(testDrivers())('stored resource policies in local evaluators on %s', (driver) => {
  let t: TestGateway;
  let verifier: TokenVerifier;
  let evaluator: LocalEvaluator;
  let gate: Gate;
  let clerk: IamgateClient;
  let buyer: IamgateClient;
  let stranger: IamgateClient;
  let clerkArn: string;
  let buyerArn: string;
  let A: string;
  let B: string;
  const orders = () => `arn:iamgate:orders::${A}:order/*`;
  const order = (id: string) => `arn:iamgate:orders::${A}:order/${id}`;
  const principalOf = async (client: IamgateClient): Promise<VerifiedPrincipal> =>
    verifier.verify((await client.credentials())?.token ?? '');
  const tokenOf = async (client: IamgateClient) => (await client.credentials())?.token ?? '';
  const document = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
  const put = (statements: object[]) =>
    t.root.api.putResourcePolicy({ resourceArn: orders(), policyDocument: document(statements) });
  /** The app's middleware in front of the local evaluator: `GET /orders/:id` is `orders:GetOrder` on the order. */
  const viaApp = async (client: IamgateClient, id: string) => {
    const result = await gate.authorizeRequest(
      fetchRequestFacts(
        new Request(`http://orders.test/orders/${id}`, {
          headers: { authorization: `Bearer ${await tokenOf(client)}` },
        }),
      ),
    );
    return result.status === 'allowed' ? 'Allow' : result.status;
  };
  /** The local evaluator's decision and the gateway's, asked by the caller itself, for each action. */
  const both = async (client: IamgateClient, action: string, resource: string) => {
    const principal = await principalOf(client);
    const local = await evaluator.authorize({
      principal,
      action,
      resource,
      context: {},
      bearerToken: await tokenOf(client),
    });
    const remote = await client.authorize({ action, resource });
    if (local.kind !== 'decided') throw new Error(`stale: ${local.reason}`);
    return { local: local.decision.decision, remote: remote.decision.decision };
  };

  beforeAll(async () => {
    t = await startTestGateway(driver);
    A = t.account.id;
    const jwks = await (
      await t.gateway.fetch(new Request('http://gateway.test/.well-known/jwks.json'))
    ).json();
    verifier = createTokenVerifier({
      jwks,
      issuer: 'http://localhost:4000',
      audience: 'iamgate',
      clock: t.clock.now,
    });
    // Account A: a clerk with no policies of its own; the stored policy is all it gets.
    clerkArn = (await t.root.api.createUser({ userName: 'clerk' })).arn;
    clerk = t.client(await t.root.api.createAccessKey({ userName: 'clerk' }));
    // Account B: a buyer whose own policy allows reading A's orders, and a user with no policies.
    B = (await t.root.api.createAccount({ email: 'partner@example.com', password: PASSWORD })).accountId;
    const partner = t.client(fromPassword({ email: 'partner@example.com', password: PASSWORD }));
    buyerArn = (await partner.api.createUser({ userName: 'buyer' })).arn;
    await partner.api.putUserPolicy({
      userName: 'buyer',
      policyName: 'orders-of-a',
      policyDocument: document([
        { Effect: 'Allow', Action: 'orders:*', Resource: `arn:iamgate:orders::${A}:*` },
      ]),
    });
    buyer = t.client(await partner.api.createAccessKey({ userName: 'buyer' }));
    await partner.api.createUser({ userName: 'stranger' });
    stranger = t.client(await partner.api.createAccessKey({ userName: 'stranger' }));
    await put([
      { Sid: 'Clerk', Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:GetOrder' },
      { Sid: 'Buyer', Effect: 'Allow', Principal: { AWS: buyerArn }, Action: 'orders:GetOrder' },
      { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: B }, Action: 'orders:ListOrders' },
    ]);
    evaluator = t.root.localEvaluator();
    await evaluator.ready();
    gate = createGate({
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
        'GET /orders/:id': { action: 'orders:GetOrder', resource: (req) => order(req.params.id ?? '') },
      },
    });
  });
  afterAll(async () => {
    await evaluator?.close();
    await t?.cleanup();
  });

  it("decides the account's own principal locally with the stored policy, as the gateway does", async () => {
    expect(await both(clerk, 'orders:GetOrder', order('7'))).toEqual({ local: 'Allow', remote: 'Allow' });
    expect(await both(clerk, 'orders:CancelOrder', order('7'))).toEqual({
      local: 'ImplicitDeny',
      remote: 'ImplicitDeny',
    });
    expect(await both(clerk, 'orders:GetOrder', `arn:iamgate:orders::${A}:invoice/7`)).toEqual({
      local: 'ImplicitDeny',
      remote: 'ImplicitDeny',
    });
    // The local decision names the stored policy and its statement, as the gateway's does.
    const local = await evaluator.authorize({
      principal: await principalOf(clerk),
      action: 'orders:GetOrder',
      resource: order('7'),
      context: {},
    });
    expect(local.kind === 'decided' && local.decision.allowedBy).toEqual([
      { layer: 'resource', policyId: orders(), index: 0, effect: 'Allow', sid: 'Clerk' },
    ]);
    // The middleware's own in-process authorizer, over the evaluator as its policy source, decides alike.
    const inProcess = await policyAuthorizer(evaluator).authorize({
      principal: await principalOf(clerk),
      action: 'orders:GetOrder',
      resource: order('7'),
      context: {},
    });
    expect(inProcess.kind === 'decided' && inProcess.decision.decision).toBe('Allow');
    expect(await viaApp(clerk, '7')).toBe('Allow');
  });

  it('lets a principal of another account in through the middleware when both sides allow', async () => {
    expect(await both(buyer, 'orders:GetOrder', order('7'))).toEqual({ local: 'Allow', remote: 'Allow' });
    expect(await viaApp(buyer, '7')).toBe('Allow');
    // A's policy names B's account for listing: B's side decides, and the stranger has no policy.
    expect(await both(stranger, 'orders:ListOrders', order('7'))).toEqual({
      local: 'ImplicitDeny',
      remote: 'ImplicitDeny',
    });
    // Not named by A's policy: refused on A's side without asking the gateway.
    expect(await both(stranger, 'orders:GetOrder', order('7'))).toEqual({
      local: 'ImplicitDeny',
      remote: 'ImplicitDeny',
    });
    expect(await viaApp(stranger, '7')).toBe(403);
    // Without the caller's token its side cannot be asked: never allowed.
    const blind = await evaluator.authorize({
      principal: await principalOf(buyer),
      action: 'orders:GetOrder',
      resource: order('7'),
      context: {},
    });
    expect(blind.kind === 'decided' && blind.decision).toMatchObject({
      decision: 'ImplicitDeny',
      failedLayer: 'identity',
    });
  });

  it('follows a change of the stored policy once the revision stream announces it', async () => {
    await put([
      { Sid: 'Clerk', Effect: 'Allow', Principal: { AWS: clerkArn }, Action: 'orders:GetOrder' },
      { Sid: 'NoBuyers', Effect: 'Deny', Principal: { AWS: buyerArn }, Action: 'orders:*' },
      { Sid: 'NoSevens', Effect: 'Deny', Principal: '*', Action: 'orders:GetOrder', Resource: order('7') },
    ]);
    const principal = await principalOf(clerk);
    await vi.waitFor(async () => {
      const result = await evaluator.authorize({
        principal,
        action: 'orders:GetOrder',
        resource: order('7'),
        context: {},
      });
      expect(result.kind === 'decided' && result.decision.decision).toBe('ExplicitDeny');
    }, settle);
    expect(await both(clerk, 'orders:GetOrder', order('7'))).toEqual({
      local: 'ExplicitDeny',
      remote: 'ExplicitDeny',
    });
    expect(await both(clerk, 'orders:GetOrder', order('8'))).toEqual({ local: 'Allow', remote: 'Allow' });
    expect(await both(buyer, 'orders:GetOrder', order('8'))).toEqual({
      local: 'ExplicitDeny',
      remote: 'ExplicitDeny',
    });
    expect(await viaApp(buyer, '8')).toBe(403);
    // Deleted, nothing lets the clerk in any more.
    await t.root.api.deleteResourcePolicy({ resourceArn: orders() });
    await vi.waitFor(async () => {
      const result = await evaluator.authorize({
        principal,
        action: 'orders:GetOrder',
        resource: order('8'),
        context: {},
      });
      expect(result.kind === 'decided' && result.decision.decision).toBe('ImplicitDeny');
    }, settle);
    expect(await both(clerk, 'orders:GetOrder', order('8'))).toEqual({
      local: 'ImplicitDeny',
      remote: 'ImplicitDeny',
    });
  });
});
