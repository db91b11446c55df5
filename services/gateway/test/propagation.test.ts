import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestStore, type TestStore, testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { codeOf, type GqlResponse, gql, ok } from './support/graphql-client.js';
import { allow, deny } from './support/policies.js';

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./support/gateway-process.ts', import.meta.url));
const PASSWORD = 'Root-passw0rd-for-tests';
/** The documented bound: a change made through one instance is enforced by every instance within a second. */
const BOUND_MS = 1000;

/** Starts a second gateway process on the same database and resolves with its GraphQL URL. */
function startSecondGateway(url: string, secretKey: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(TSX, ['--conditions=@iamgate/source', SCRIPT], {
    env: { ...process.env, DATABASE_URL: url, IAMGATE_SECRET_KEY: secretKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the second gateway did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the second gateway exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port}/graphql` });
      }
    });
  });
}

/** Calls `check` until it returns true or `limitMs` passes; resolves with the elapsed milliseconds (or -1). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return -1;
}

// Two gateway processes on one Postgres database: a policy change or a revocation made through one is enforced by
// the other within one second (Postgres LISTEN/NOTIFY at commit; a 500 ms revision poll if a notification is lost).
describe.runIf(testDrivers().includes('postgres'))(
  'propagation between two gateway processes on postgres',
  () => {
    let t: TestStore;
    let a: Gateway;
    let second: { child: ChildProcess; url: string };
    const viaB = <T>(
      query: string,
      variables: Record<string, unknown>,
      token: string,
    ): Promise<GqlResponse<T>> =>
      gql<T>(
        { fetch: (request: Request) => fetch(new Request(second.url, request)) } as Gateway,
        query,
        variables,
        { token },
      );
    const viaA = <T>(query: string, variables: Record<string, unknown>, token: string) =>
      gql<T>(a, query, variables, { token });

    beforeAll(async () => {
      t = await createTestStore({ driver: 'postgres' });
      a = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent' }), { store: t.store });
      second = await startSecondGateway(t.options.databaseUrl as string, t.options.secretKey as string);
    }, 60_000);
    afterAll(async () => {
      second?.child.kill('SIGTERM');
      await a?.close();
      await t?.cleanup();
    });

    it('enforces a policy change, a revocation and an entity change made through one instance at the other within a second', async () => {
      const account = await t.store.accounts.create({
        rootEmail: 'root@example.com',
        rootPassword: PASSWORD,
      });
      const signIn = 'mutation($i: SignInInput!) { signIn(input: $i) { token sessionId } }';
      type Signed = { signIn: { token: string; sessionId: string } };
      const root = ok(
        await viaA<Signed>(signIn, { i: { root: { email: account.rootEmail, password: PASSWORD } } }, ''),
      ).signIn.token;
      ok(await viaA('mutation { createUser(input: { userName: "alice" }) { arn } }', {}, root));
      ok(
        await viaA(
          'mutation { createLoginProfile(userName: "alice", password: "User-passw0rd-for-tests") { userName } }',
          {},
          root,
        ),
      );
      const put =
        'mutation($n: String!, $d: String!) { putUserPolicy(userName: "alice", policyName: $n, policyDocument: $d) { policyName } }';
      ok(await viaA(put, { n: 'read', d: allow('orders:GetOrder') }, root));
      const alice = ok(
        await viaA<Signed>(
          signIn,
          { i: { user: { account: account.id, userName: 'alice', password: 'User-passw0rd-for-tests' } } },
          '',
        ),
      ).signIn;
      type Authz = { authorize: { allowed: boolean } };
      const check = 'query { authorize(action: "orders:GetOrder", resource: "*") { allowed } }';
      // B decides (and caches alice's policies) before the change.
      expect(ok(await viaB<Authz>(check, {}, alice.token)).authorize.allowed).toBe(true);
      expect(ok(await viaB<Authz>(check, {}, alice.token)).authorize.allowed).toBe(true);
      ok(await viaA(put, { n: 'deny', d: deny('orders:GetOrder') }, root));
      const denied = await within(
        5000,
        async () => !ok(await viaB<Authz>(check, {}, alice.token)).authorize.allowed,
      );
      expect(denied).toBeGreaterThanOrEqual(0);
      expect(denied).toBeLessThan(BOUND_MS);

      ok(await viaA('mutation($s: String!) { revokeSession(sessionId: $s) }', { s: alice.sessionId }, root));
      const revoked = await within(
        5000,
        async () => codeOf(await viaB(check, {}, alice.token)) === 'ExpiredToken',
      );
      expect(revoked).toBeGreaterThanOrEqual(0);
      expect(revoked).toBeLessThan(BOUND_MS);

      // B serves alice from its entity cache until A's change moves the account revision there.
      type Tags = { getUser: { tags: { value: string }[] } };
      const read = 'query { getUser(userName: "alice") { tags { value } } }';
      expect(ok(await viaB<Tags>(read, {}, root)).getUser.tags).toEqual([]);
      expect(ok(await viaB<Tags>(read, {}, root)).getUser.tags).toEqual([]);
      ok(
        await viaA(
          'mutation { tagUser(userName: "alice", tags: [{ key: "k", value: "v" }]) { userName } }',
          {},
          root,
        ),
      );
      const tagged = await within(
        5000,
        async () => ok(await viaB<Tags>(read, {}, root)).getUser.tags.length === 1,
      );
      expect(tagged).toBeGreaterThanOrEqual(0);
      expect(tagged).toBeLessThan(BOUND_MS);
    });

    it('enforces a guardrail attached through one instance at the other within a second', async () => {
      const now = new Date();
      const manager = await t.store.accounts.create({
        rootEmail: 'manager@example.com',
        rootPassword: PASSWORD,
      });
      const member = await t.store.accounts.create({
        rootEmail: 'member@example.com',
        rootPassword: PASSWORD,
      });
      const org = await t.store.organizations.create(manager.id);
      const handshake = await t.store.organizations.invite(manager.id, member.id, now);
      await t.store.organizations.respond(member.id, handshake.id, true, now);
      const signIn =
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }';
      type Signed = { signIn: { token: string } };
      const managerRoot = ok(await viaA<Signed>(signIn, { e: manager.rootEmail, p: PASSWORD }, '')).signIn
        .token;
      const memberRoot = ok(await viaA<Signed>(signIn, { e: member.rootEmail, p: PASSWORD }, '')).signIn
        .token;
      type Authz = { authorize: { allowed: boolean } };
      const check = 'query { authorize(action: "orders:GetOrder", resource: "*") { allowed } }';
      // B decides (and caches the member root's policies) before the change: root may do anything in its account.
      expect(ok(await viaB<Authz>(check, {}, memberRoot)).authorize.allowed).toBe(true);
      type Created = { createGuardrailPolicy: { id: string } };
      const policy = ok(
        await viaA<Created>(
          'mutation($c: String!) { createGuardrailPolicy(name: "NoOrders", content: $c) { id } }',
          { c: deny('orders:*') },
          managerRoot,
        ),
      ).createGuardrailPolicy.id;
      ok(
        await viaA(
          'mutation($p: String!, $t: String!) { attachGuardrailPolicy(policyId: $p, targetId: $t) }',
          { p: policy, t: org.rootId },
          managerRoot,
        ),
      );
      const capped = await within(
        5000,
        async () => !ok(await viaB<Authz>(check, {}, memberRoot)).authorize.allowed,
      );
      expect(capped).toBeGreaterThanOrEqual(0);
      expect(capped).toBeLessThan(BOUND_MS);
      // The management account is not capped by its own guardrails.
      expect(ok(await viaB<Authz>(check, {}, managerRoot)).authorize.allowed).toBe(true);
    });
  },
);
