import { randomBytes } from 'node:crypto';
import { openStore, type Store } from '@iamgate/store';
import {
  createTestDatabase,
  type TcpProxy,
  type TestDatabase,
  tcpProxy,
  testDrivers,
} from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';
import { codeOf, gql, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE_WORKLOAD =
  'mutation($n: String!) { createWorkload(input: { workloadName: $n }) { workload { arn } credential { workloadId secret } } }';
const ASSUME_WORKLOAD =
  'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } } }';
const SESSION_TOKEN = 'mutation { getSessionToken { sessionToken } }';

/**
 * Issue "Never hang": STS calls made after the signing key's cache lifetime re-read the key outside their own
 * transaction, which froze PGlite for good. Here the key refresh runs every 20 ms, so every call below happens after
 * several cache lifetimes. The test store refuses any use of the store beside an open transaction
 * (`guardTransactions`), so a regression fails fast instead of timing out.
 */
describe.each(testDrivers())('STS across key-cache lifetimes on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let roleArn: string;
  let workload: { workloadId: string; secret: string };

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: 20, revisionPollMs: 20 } });
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow(['sts:AssumeRole']));
    roleArn = await createRole(t, root, 'Worker', trust({ AWS: t.account.id }), allow('iam:ListUsers'));
    const created = ok(
      await t.gql<{
        createWorkload: { workload: { arn: string }; credential: { workloadId: string; secret: string } };
      }>(CREATE_WORKLOAD, { n: 'svc' }, { token: root }),
    ).createWorkload;
    workload = created.credential;
    const serviceRole = await createRole(
      t,
      root,
      'Service',
      trust(
        { Service: 'workload.iamgate' },
        { Condition: { ArnEquals: { 'aws:SourceArn': created.workload.arn } } },
      ),
      allow('iam:ListUsers'),
    );
    ok(
      await t.gql(
        'mutation($w: String!, $r: String!) { attachRoleToWorkload(workloadName: $w, roleArn: $r) { roleArn } }',
        { w: 'svc', r: serviceRole },
        { token: root },
      ),
    );
  });
  afterAll(async () => t?.cleanup());

  it('issues getSessionToken, assumeRole and assumeWorkloadRole credentials long after the key was read', async () => {
    for (let round = 0; round < 4; round++) {
      await sleep(60);
      ok(await t.gql(SESSION_TOKEN, {}, { token: alice }));
      const role = await assumedToken(t, alice, { roleArn, roleSessionName: `round-${round}` });
      ok(await t.gql('{ listUsers { edges { node { userName } } } }', {}, { token: role }));
      ok(await t.gql(ASSUME_WORKLOAD, { id: workload.workloadId, s: workload.secret }));
    }
    // Concurrent calls, as many as a Postgres pool holds connections, all finish.
    await sleep(60);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => assumeRoleCode(t, alice, roleArn, `burst-${i}`)),
    );
    expect(results).toEqual(Array.from({ length: 12 }, () => 'ok'));
    const ready = await t.gateway.fetch(new Request('http://localhost/readyz'));
    expect(ready.status).toBe(200);
  });

  it('rotates the signing key and signs with the new one at once', async () => {
    await sleep(60);
    const rotated = ok(
      await t.gql<{ rotateSigningKey: { kid: string } }>(
        'mutation { rotateSigningKey { kid } }',
        {},
        { token: root },
      ),
    ).rotateSigningKey.kid;
    const token = ok(
      await t.gql<{ getSessionToken: { sessionToken: string } }>(SESSION_TOKEN, {}, { token: alice }),
    ).getSessionToken.sessionToken;
    const header = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString()) as {
      kid: string;
    };
    expect(header.kid).toBe(rotated);
    ok(await t.gql('{ getCallerIdentity { arn } }', {}, { token }));
  });
});

async function assumeRoleCode(t: TestGateway, token: string, roleArn: string, name: string): Promise<string> {
  const response = await t.gql(
    'mutation($i: AssumeRoleInput!) { assumeRole(input: $i) { credentials { sessionId } } }',
    { i: { roleArn, roleSessionName: name } },
    { token },
  );
  return response.errors === undefined ? 'ok' : (codeOf(response) ?? 'unknown');
}

/**
 * Readiness and deadlines on PGlite, whose single connection a stuck transaction holds: `/readyz` must say so within
 * its timeout rather than answer 200 from a cache, and requests must get a retryable 503 within their deadline
 * rather than wait for as long as the transaction lasts.
 */
describe('readiness and request deadlines on pglite', () => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway('pglite', {
      IAMGATE_READY_TIMEOUT_MS: '500',
      IAMGATE_REQUEST_TIMEOUT_MS: '4000',
    });
    root = await t.rootToken();
    ok(await t.gql('mutation { createUser(input: { userName: "bob" }) { arn } }', {}, { token: root }));
  });
  afterAll(async () => t?.cleanup());

  it('answers 503 ServiceUnavailable while the database is held, and recovers when it is free', async () => {
    // A session not used yet: its first request reads its policies from the database.
    const fresh = await t.rootToken();
    let release: () => void = () => {};
    const held = t.store.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      await sleep(20);
      const decided = await t.gateway.fetch(
        new Request('http://localhost/authorize', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh}` },
          body: JSON.stringify({ requests: [{ action: 'iam:GetUser', resource: '*' }] }),
        }),
      );
      expect(decided.status).toBe(503);
      expect(decided.headers.get('retry-after')).toBe('1');
      const ready = await t.gateway.fetch(new Request('http://localhost/readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ reason: 'database' });
      const stalled = await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: root });
      expect(stalled.status).toBe(503);
      expect(codeOf(stalled)).toBe('ServiceUnavailable');
      expect(stalled.headers.get('retry-after')).toBe('1');
    } finally {
      release();
      await held;
    }
    expect((await t.gateway.fetch(new Request('http://localhost/readyz'))).status).toBe(200);
    ok(await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: root }));
  });

  it('reports itself not ready once draining, while still serving requests', async () => {
    const { gateway, gql } = await t.variant({});
    gateway.readiness.drain();
    const ready = await gateway.fetch(new Request('http://localhost/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ reason: 'draining' });
    ok(await gql('{ getUser(userName: "bob") { userName } }', {}, { token: root }));
  });
});

/**
 * Postgres behind a proxy that can stall and reset connections (a network stall, a crashed peer): requests answer a
 * retryable 503 within their deadline instead of waiting on the socket, never a 500, and the gateway recovers on its
 * own once the network does (issue "Never hang", defects 2 and 5).
 */
describe.runIf(testDrivers().includes('postgres'))('postgres network faults', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let store: Store;
  let gateway: Gateway;
  let root: string;
  const call = (query: string, token?: string) =>
    gql(gateway, query, {}, token === undefined ? {} : { token });

  beforeAll(async () => {
    database = await createTestDatabase();
    const secretKey = randomBytes(32).toString('base64');
    const direct = await openStore({ databaseUrl: database.url, secretKey });
    await direct.accounts.create({ rootEmail: 'net@example.com', rootPassword: ROOT_PASSWORD });
    await direct.close();
    proxy = await tcpProxy(new URL(database.url));
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    store = await openStore({
      databaseUrl: url.toString(),
      secretKey,
      migrate: false,
      statementTimeoutMs: 1000,
    });
    gateway = await createGateway(
      loadConfig({
        IAMGATE_LOG_LEVEL: 'silent',
        IAMGATE_REQUEST_TIMEOUT_MS: '4000',
        IAMGATE_READY_TIMEOUT_MS: '1000',
      }),
      { store },
    );
    root = ok(
      await gql<{ signIn: { token: string } }>(
        gateway,
        'mutation { signIn(input: { root: { email: "net@example.com", password: "Root-passw0rd-for-tests" } }) { token } }',
      ),
    ).signIn.token;
  });
  afterAll(async () => {
    await gateway?.close();
    await store?.close();
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 within the deadline while the network stalls, and recovers after', async () => {
    proxy.stall(true);
    try {
      const stalled = await call(
        'mutation { createUser(input: { userName: "during-stall" }) { arn } }',
        root,
      );
      expect(stalled.status).toBe(503);
      expect(codeOf(stalled)).toBe('ServiceUnavailable');
      expect((await gateway.fetch(new Request('http://localhost/readyz'))).status).toBe(503);
    } finally {
      proxy.stall(false);
    }
    await expect
      .poll(async () => (await gateway.fetch(new Request('http://localhost/readyz'))).status, {
        timeout: 60_000,
      })
      .toBe(200);
    ok(await call('mutation { createUser(input: { userName: "after-stall" }) { arn } }', root));
  });

  it('fails calls on reset connections with ServiceUnavailable, never a 500, and serves again', async () => {
    const inflight = Array.from({ length: 6 }, (_, i) =>
      call(`mutation { createUser(input: { userName: "reset-${i}" }) { arn } }`, root),
    );
    proxy.resetAll();
    for (const response of await Promise.all(inflight)) {
      expect(response.status === 200 || codeOf(response) === 'ServiceUnavailable').toBe(true);
    }
    await expect
      .poll(async () => (await call('{ listUsers { edges { cursor } } }', root)).status, { timeout: 60_000 })
      .toBe(200);
  });
});
