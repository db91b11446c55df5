import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

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
      IAMGATE_READY_TIMEOUT_MS: '100',
      IAMGATE_REQUEST_TIMEOUT_MS: '300',
    });
    root = await t.rootToken();
    ok(await t.gql('mutation { createUser(input: { userName: "bob" }) { arn } }', {}, { token: root }));
  });
  afterAll(async () => t?.cleanup());

  it('answers 503 ServiceUnavailable while the database is held, and recovers when it is free', async () => {
    let release: () => void = () => {};
    const held = t.store.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      await sleep(20);
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
