import { randomBytes } from 'node:crypto';
import {
  createClient,
  fromPassword,
  fromSessionToken,
  type IamgateClient,
  isIamgateError,
  type SessionCredentials,
} from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type GatewayEndpoint,
  type GatewayProcess,
  gatewayReady,
  OPERATOR,
  readLog,
  startGatewayProcess,
} from '../support/gateway-process.js';

const PASSWORD = 'Root-passw0rd-for-tests';
/** The documented bound: a change made through one instance is enforced by every instance within a second. */
const BOUND_MS = 1000;

const policy = (effect: 'Allow' | 'Deny', action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: action, Resource: '*' }] });

/** Calls `check` until it returns true or `limitMs` passes; resolves with the elapsed milliseconds (or -1). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return -1;
}

/** The error code `promise` rejects with, or undefined when it resolves. */
async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (isIamgateError(error)) return error.code;
    throw error;
  }
}

// Two gateway processes on one Postgres database: a policy change or a revocation made through one is enforced by
// the other within one second (Postgres LISTEN/NOTIFY at commit; a 500 ms revision poll if a notification is lost).
describe.runIf(testDrivers().includes('postgres'))(
  'propagation between two gateway processes on postgres',
  () => {
    let a: GatewayEndpoint;
    let b: GatewayProcess;
    let operator: IamgateClient;
    /** A client of gateway A signed in as `credentials`. */
    const viaA = (credentials: Parameters<typeof fromPassword>[0]) =>
      createClient({ url: a.graphqlUrl, credentials: fromPassword(credentials) });
    /** A client of gateway B with a session that gateway A issued. */
    const viaB = (session: SessionCredentials | undefined) =>
      createClient({ url: b.graphqlUrl, credentials: fromSessionToken(session?.token ?? '') });
    /** A fresh account made by the operator, and a client of its root user at gateway A. */
    const newAccount = async () => {
      const email = `root-${randomBytes(6).toString('hex')}@example.com`;
      const { accountId } = await operator.api.createAccount({ email, password: PASSWORD });
      return { accountId, root: viaA({ email, password: PASSWORD }) };
    };
    const allowed = async (client: IamgateClient) =>
      (await client.authorize({ action: 'orders:GetOrder', resource: '*' })).allowed;

    beforeAll(async () => {
      // A is the Postgres gateway the tests share; B another instance on its database with its secret key and its
      // public URL (the issuer its tokens name), as instances behind one load balancer are.
      const shared = inject('gateways').postgres;
      if (shared === undefined) throw new Error('no shared gateway on postgres');
      await gatewayReady(shared.url, () => readLog(shared.logFile));
      a = shared;
      b = await startGatewayProcess(shared.env);
      await gatewayReady(b.url, b.output);
      operator = viaA(OPERATOR);
    });
    afterAll(async () => {
      await b?.stop();
    });

    it('enforces a policy change, a revocation and an entity change made through one instance at the other within a second', async () => {
      const { accountId, root } = await newAccount();
      await root.api.createUser({ userName: 'alice' });
      await root.api.createLoginProfile({ userName: 'alice', password: 'User-passw0rd-for-tests' });
      const put = (name: string, document: string) =>
        root.api.putUserPolicy({ userName: 'alice', policyName: name, policyDocument: document });
      await put('read', policy('Allow', 'orders:GetOrder'));
      const session = await viaA({
        account: accountId,
        userName: 'alice',
        password: 'User-passw0rd-for-tests',
      }).credentials();
      const alice = viaB(session);
      // B decides (and caches alice's policies) before the change.
      expect(await allowed(alice)).toBe(true);
      expect(await allowed(alice)).toBe(true);
      await put('deny', policy('Deny', 'orders:GetOrder'));
      const denied = await within(5000, async () => !(await allowed(alice)));
      expect(denied).toBeGreaterThanOrEqual(0);
      expect(denied).toBeLessThan(BOUND_MS);

      await root.api.revokeSession({ sessionId: session?.sessionId ?? '' });
      const revoked = await within(5000, async () => (await codeOf(allowed(alice))) === 'ExpiredToken');
      expect(revoked).toBeGreaterThanOrEqual(0);
      expect(revoked).toBeLessThan(BOUND_MS);

      // B serves alice from its entity cache until A's change moves the account revision there.
      const rootAtB = viaB(await root.credentials());
      const tags = async () => (await rootAtB.api.getUser({ userName: 'alice' })).tags;
      expect(await tags()).toEqual([]);
      expect(await tags()).toEqual([]);
      await root.api.tagUser({ userName: 'alice', tags: [{ key: 'k', value: 'v' }] });
      const tagged = await within(5000, async () => (await tags()).length === 1);
      expect(tagged).toBeGreaterThanOrEqual(0);
      expect(tagged).toBeLessThan(BOUND_MS);
    });

    it('enforces a guardrail attached through one instance at the other within a second', async () => {
      const manager = await newAccount();
      const member = await newAccount();
      const { rootId } = await manager.root.api.createOrganization();
      const handshake = await manager.root.api.inviteAccountToOrganization({ accountId: member.accountId });
      await member.root.api.acceptHandshake({ handshakeId: handshake.id });
      const memberAtB = viaB(await member.root.credentials());
      // B decides (and caches the member root's policies) before the change: root may do anything in its account.
      expect(await allowed(memberAtB)).toBe(true);
      const guardrail = await manager.root.api.createGuardrailPolicy({
        name: 'NoOrders',
        content: policy('Deny', 'orders:*'),
      });
      await manager.root.api.attachGuardrailPolicy({ policyId: guardrail.id, targetId: rootId });
      const capped = await within(5000, async () => !(await allowed(memberAtB)));
      expect(capped).toBeGreaterThanOrEqual(0);
      expect(capped).toBeLessThan(BOUND_MS);
      // The management account is not capped by its own guardrails.
      expect(await allowed(viaB(await manager.root.credentials()))).toBe(true);
    });
  },
);
