/**
 * Guardrails and organization keys reach local evaluators (issue 12): a member account's local evaluator caps its
 * principals with the organization's guardrails and fills in `aws:PrincipalOrgID` as the gateway does, deciding in
 * process exactly what the gateway decides remotely, and follows a guardrail change.
 */
import { createTokenVerifier, type TokenVerifier, type VerifiedPrincipal } from '@iamgate/middleware';
import { fromPassword, type IamgateClient, type LocalEvaluator } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../packages/sdk/test/support/test-gateway.js';

const settle = { timeout: 10_000, interval: 20 };
const PASSWORD = 'Member-passw0rd-for-sdk';

describe.each(testDrivers())('guardrails in local evaluators on %s', (driver) => {
  let t: TestGateway;
  let verifier: TokenVerifier;
  let member: IamgateClient;
  let dev: IamgateClient;
  let devArn: string;
  let evaluator: LocalEvaluator;
  let orgId: string;
  let accountId: string;
  const order = () => `arn:iamgate:orders::${accountId}:order/42`;
  const principalOf = async (client: IamgateClient): Promise<VerifiedPrincipal> =>
    verifier.verify((await client.credentials())?.token ?? '');

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
    accountId = (await t.root.api.createAccount({ email: 'member@example.com', password: PASSWORD }))
      .accountId;
    member = t.client(fromPassword({ email: 'member@example.com', password: PASSWORD }));
    orgId = (await t.root.api.createOrganization()).id;
    const handshake = await t.root.api.inviteAccountToOrganization({ accountId });
    await member.api.acceptHandshake({ handshakeId: handshake.id });
    devArn = (await member.api.createUser({ userName: 'dev' })).arn;
    await member.api.putUserPolicy({
      userName: 'dev',
      policyName: 'orders',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['orders:GetOrder', 'orders:CancelOrder'], Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'orders:ListOrders',
            Resource: '*',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': orgId } },
          },
        ],
      }),
    });
    dev = t.client(await member.api.createAccessKey({ userName: 'dev' }));
    evaluator = member.localEvaluator();
    await evaluator.ready();
  });
  afterAll(async () => {
    await evaluator?.close();
    await t?.cleanup();
  });

  const sameAsGateway = async (actions: string[]) => {
    const principal = await principalOf(dev);
    const decisions: Record<string, string> = {};
    for (const action of actions) {
      const local = await evaluator.authorize({ principal, action, resource: order(), context: {} });
      const remote = await member.authorize({ action, resource: order() }, { principalArn: devArn });
      if (local.kind !== 'decided') throw new Error(`stale: ${local.reason}`);
      expect({ action, local: local.decision.decision }).toEqual({ action, local: remote.decision.decision });
      decisions[action] = local.decision.decision;
    }
    return decisions;
  };

  it('decides with the organization keys, as the gateway does', async () => {
    expect(await sameAsGateway(['orders:GetOrder', 'orders:CancelOrder', 'orders:ListOrders'])).toEqual({
      'orders:GetOrder': 'Allow',
      'orders:CancelOrder': 'Allow',
      'orders:ListOrders': 'Allow',
    });
  });

  it('applies a guardrail attached to the root once the revision stream announces it', async () => {
    const { rootId } = await t.root.api.describeOrganization().then((o) => o ?? { rootId: '' });
    const policy = await t.root.api.createGuardrailPolicy({
      name: 'NoCancels',
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'orders:CancelOrder', Resource: '*' }],
      }),
    });
    await t.root.api.attachGuardrailPolicy({ policyId: policy.id, targetId: rootId });
    const principal = await principalOf(dev);
    await vi.waitFor(async () => {
      const result = await evaluator.authorize({
        principal,
        action: 'orders:CancelOrder',
        resource: order(),
        context: {},
      });
      expect(result.kind === 'decided' && result.decision.decision).toBe('ExplicitDeny');
    }, settle);
    expect(await sameAsGateway(['orders:GetOrder', 'orders:CancelOrder', 'orders:ListOrders'])).toEqual({
      'orders:GetOrder': 'Allow',
      'orders:CancelOrder': 'ExplicitDeny',
      'orders:ListOrders': 'Allow',
    });
  });
});
