import { evaluate, type RequestPolicies } from '@iamgate/policy';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumeRole, createRole, trust } from './support/roles.js';
import { subscribe } from './support/sse.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

interface Snapshot {
  revision: number;
  principals: {
    principalArn: string;
    principalType: string;
    sessionId: string | null;
    identity: { id: string; document: string }[];
    permissionsBoundary: { id: string; document: string } | null;
    session: { id: string; document: string }[];
    tags: { key: string; value: string }[];
  }[];
  revokedSessions: { sessionId: string }[];
}

const SNAPSHOT = `query($p: String, $s: String) { policySnapshot(principalArn: $p, sessionId: $s) { revision principals {
  principalArn principalType sessionId identity { id document } permissionsBoundary { id document } session { id document }
  tags { key value } } revokedSessions { sessionId } } }`;

/** The engine's policies for a snapshot entry, as a local evaluator builds them. */
function policiesOf(entry: Snapshot['principals'][number]): RequestPolicies {
  return {
    identity: entry.identity,
    ...(entry.permissionsBoundary ? { permissionsBoundary: entry.permissionsBoundary } : {}),
    ...(entry.session.length > 0 ? { session: entry.session } : {}),
  };
}

// The gateway side of the SDK's local evaluator (issue 6): the snapshot and the revision subscription.
describe.each(testDrivers())('policy snapshots on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let aliceArn: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    aliceArn = `arn:iamgate:iam::${t.account.id}:user/alice`;
    alice = await userWithPolicy(
      t,
      root,
      'alice',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' },
          { Effect: 'Allow', Action: 'iamgate:GetPolicySnapshot', Resource: aliceArn },
        ],
      }),
    );
  });
  afterAll(async () => t?.cleanup());

  it('serves every principal of the account with the revision and the revoked sessions', async () => {
    const role = await createRole(t, root, 'Ops', trust({ AWS: aliceArn }), allow('orders:*'));
    const narrow = ok(
      await assumeRole(t, alice, {
        roleArn: role,
        roleSessionName: 'narrow',
        policy: allow('orders:GetOrder'),
      }),
    ).assumeRole.credentials;
    const revoked = ok(await assumeRole(t, alice, { roleArn: role, roleSessionName: 'gone' })).assumeRole
      .credentials;
    ok(
      await t.gql(
        'mutation($s: String!) { revokeSession(sessionId: $s) }',
        { s: revoked.sessionId },
        { token: root },
      ),
    );
    const snapshot = ok(
      await t.gql<{ policySnapshot: Snapshot }>(SNAPSHOT, {}, { token: root }),
    ).policySnapshot;
    expect(snapshot.revision).toBe(await t.store.revisions.get(t.account.id));
    const types = snapshot.principals.map((p) => p.principalType).sort();
    expect(types).toEqual(['role', 'root', 'session', 'user']);
    const entry = snapshot.principals.find((p) => p.principalArn === aliceArn);
    expect(entry?.identity.map((p) => p.id)).toEqual(['user/alice/inline/p']);
    const session = snapshot.principals.find((p) => p.sessionId === narrow.sessionId);
    expect(session?.session).toHaveLength(1);
    expect(snapshot.revokedSessions.map((s) => s.sessionId)).toEqual([revoked.sessionId]);
    // A local evaluation from the snapshot agrees with the gateway's own decision.
    for (const action of ['orders:GetOrder', 'orders:CancelOrder']) {
      const local = evaluate({
        principal: aliceArn,
        action,
        resource: '*',
        policies: policiesOf(entry as Snapshot['principals'][number]),
      });
      type Authz = { authorize: { allowed: boolean } };
      const remote = ok(
        await t.gql<Authz>(
          'query($a: String!) { authorize(action: $a, resource: "*") { allowed } }',
          { a: action },
          { token: alice },
        ),
      );
      expect(remote.authorize.allowed).toBe(local.decision === 'Allow');
    }
  });

  it('needs iamgate:GetPolicySnapshot on the principal, or on the account for all of them', async () => {
    expect(codeOf(await t.gql(SNAPSHOT, {}, { token: alice }))).toBe('AccessDenied');
    const own = ok(
      await t.gql<{ policySnapshot: Snapshot }>(SNAPSHOT, { p: aliceArn }, { token: alice }),
    ).policySnapshot;
    expect(own.principals.map((p) => p.principalArn)).toEqual([aliceArn]);
    const bob = await userWithPolicy(t, root, 'bob', null);
    expect(codeOf(await t.gql(SNAPSHOT, { p: aliceArn }, { token: bob }))).toBe('AccessDenied');
  });

  it('announces each new revision of the account over server-sent events', async () => {
    const sub = await subscribe<{ policyRevision: { revision: number } }>(
      t.gateway.fetch,
      'http://localhost/graphql',
      'subscription { policyRevision { accountId revision } }',
      root,
    );
    try {
      const first = (await sub.next()).policyRevision.revision;
      expect(first).toBe(await t.store.revisions.get(t.account.id));
      ok(await t.gql('mutation { createUser(input: { userName: "carol" }) { arn } }', {}, { token: root }));
      const second = (await sub.next()).policyRevision.revision;
      expect(second).toBeGreaterThan(first);
    } finally {
      await sub.close();
    }
    const denied = await t.gql('subscription { policyRevision { revision } }', {}, { token: alice });
    expect(codeOf(denied)).toBe('AccessDenied');
  });
});
