import { testDrivers } from '@iamgate/store/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { B_SECRETS, startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

/** Whether an answer names anything only account B knows. */
function leaks(response: GqlResponse<unknown>): string[] {
  const text = JSON.stringify({ data: response.data, errors: response.errors });
  return Object.values(B_SECRETS).filter((secret) => text.includes(secret));
}

/**
 * One tenant never reads, changes or learns anything of another by naming its ids (session ids, unique ids, access
 * key ids, workload ids, ARNs): an id is no capability (issue "Trust first", hole 1). AWS: IAM entities have no
 * resource-based policies, so nothing of another account is reachable
 * (`IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html`).
 */
describe.each(testDrivers())('tenant isolation by id on %s', (driver) => {
  let f: TwoAccounts;
  beforeAll(async () => {
    f = await startTwoAccounts(driver);
  });
  afterAll(async () => f?.cleanup());

  it("never turns another account's session id into a snapshot of that session (policySnapshot)", async () => {
    // B's own administrator reads it first, so the session's policies sit in the gateway's cache.
    const own = ok(
      await f.t.gql<{ policySnapshot: { principals: { session: unknown[] }[] } }>(
        'query($s: String!) { policySnapshot(sessionId: $s) { principals { session { document } } } }',
        { s: f.b.sessionId },
        { token: f.b.admin },
      ),
    );
    expect(own.policySnapshot.principals[0]?.session).toHaveLength(1);
    for (const token of [f.a.admin, f.a.root]) {
      const response = await f.t.gql(
        'query($s: String!) { policySnapshot(sessionId: $s) { accountId principals { principalArn session { document } } } }',
        { s: f.b.sessionId },
        { token },
      );
      expect(codeOf(response)).toBe('NoSuchEntity');
      expect(leaks(response)).toEqual([]);
      expect(JSON.stringify(response.errors)).not.toContain('vault-session');
    }
  });

  it('refuses snapshots, simulations and decisions for principals of another account', async () => {
    const asked = [
      ['query($p: String!) { policySnapshot(principalArn: $p) { accountId } }', { p: f.b.userArnGuessed }],
      [
        'query($p: String!) { authorize(action: "s3:GetObject", resource: "*", principalArn: $p) { decision } }',
        { p: f.b.userArnGuessed },
      ],
      [
        'query($p: String!) { simulatePrincipalPolicy(input: { policySourceArn: $p, actionNames: ["bsecret:ReadTheVault"] }) { evalDecision } }',
        { p: f.b.userArnGuessed },
      ],
      [
        'query($p: String!) { policySnapshot(principalArn: $p) { accountId } }',
        { p: `arn:iamgate:iam::${f.b.id}:root` },
      ],
    ] as const;
    for (const [query, variables] of asked) {
      for (const token of [f.a.admin, f.a.root]) {
        const response = await f.t.gql(query, variables, { token });
        expect(['AccessDenied', 'NoSuchEntity']).toContain(codeOf(response));
        expect(leaks(response)).toEqual([]);
      }
    }
  });

  it("cannot revoke, read or change another account's sessions, keys, workloads and policies by id", async () => {
    const attempts = [
      ['mutation($s: String!) { revokeSession(sessionId: $s) }', { s: f.b.sessionId }],
      ['query($k: String!) { getAccessKeyLastUsed(accessKeyId: $k) { userName } }', { k: f.b.accessKeyId }],
      [
        'mutation($k: String!) { updateAccessKey(accessKeyId: $k, status: Inactive, userName: "admin") { status } }',
        { k: f.b.accessKeyId },
      ],
      [
        'mutation($k: String!) { deleteAccessKey(accessKeyId: $k, userName: "vault-keeper") }',
        { k: f.b.accessKeyId },
      ],
      [
        'query($a: String!) { listEntitiesForPolicy(policyArn: $a) { users { name } } }',
        { a: f.b.policyArn },
      ],
      [
        'query($a: String!) { getPolicyVersion(policyArn: $a, versionId: "v1") { document } }',
        { a: f.b.policyArn },
      ],
      ['mutation($a: String!) { attachUserPolicy(userName: "admin", policyArn: $a) }', { a: f.b.policyArn }],
      ['mutation($a: String!) { revokeRoleSessions(roleArn: $a) { revokedSessions } }', { a: f.b.roleArn }],
    ] as const;
    for (const [query, variables] of attempts) {
      const response = await f.t.gql(query, variables, { token: f.a.admin });
      expect(response.errors, query).toBeDefined();
      expect(['AccessDenied', 'NoSuchEntity'], query).toContain(codeOf(response));
      expect(leaks(response)).toEqual([]);
    }
    // Still alive and unchanged in B.
    const who = await f.t.gql('{ getCallerIdentity { arn } }', {}, { token: f.b.admin });
    ok(who);
    const key = ok(
      await f.t.gql<{ listAccessKeys: { status: string }[] }>(
        '{ listAccessKeys(userName: "vault-keeper") { status } }',
        {},
        { token: f.b.root },
      ),
    );
    expect(key.listAccessKeys.map((k) => k.status)).toEqual(['Active']);
  });

  // A random mix of operations as A's administrator and root, with arguments drawn from both accounts' names, ids
  // and ARNs: nothing of B is ever read (no secret of B in any answer), changed (B's revision and audit log do not
  // move) or named.
  it('leaks nothing of B whatever A calls (random operations)', async () => {
    const before = await f.t.store.revisions.get(f.b.id);
    const auditBefore = await auditIds(f.b.id);
    const names = fc.constantFrom(
      'vault-keeper',
      'admin',
      'VaultRole',
      'VaultPolicy',
      'nobody',
      'vault-worker',
    );
    const arns = fc.constantFrom(
      f.b.userArnGuessed,
      f.b.roleArn,
      f.b.policyArn,
      `arn:iamgate:iam::${f.b.id}:root`,
      `arn:iamgate:iam::${f.a.id}:user/admin`,
      `arn:iamgate:iam::${f.a.id}:root`,
    );
    const ids = fc.constantFrom(
      f.b.sessionId,
      f.b.accessKeyId,
      f.b.workloadId,
      f.b.userId,
      f.b.roleId,
      f.b.policyId,
    );
    const operation = fc.oneof(
      names.map(
        (n) => ['query($n: String!) { getUser(userName: $n) { arn path tags { value } } }', { n }] as const,
      ),
      names.map(
        (n) =>
          ['query($n: String!) { getRole(roleName: $n) { arn assumeRolePolicyDocument } }', { n }] as const,
      ),
      names.map((n) => ['query($n: String!) { listUserPolicies(userName: $n) }', { n }] as const),
      names.map(
        (n) =>
          [
            'query($n: String!) { getUserPolicy(userName: $n, policyName: "vault") { policyDocument } }',
            { n },
          ] as const,
      ),
      names.map(
        (n) =>
          [
            'mutation($n: String!) { tagUser(userName: $n, tags: [{ key: "x", value: "y" }]) { arn } }',
            { n },
          ] as const,
      ),
      names.map((n) => ['mutation($n: String!) { deleteUser(userName: $n) }', { n }] as const),
      arns.map((a) => ['query($a: String!) { getPolicy(policyArn: $a) { arn path } }', { a }] as const),
      arns.map(
        (a) =>
          [
            'query($a: String!) { policySnapshot(principalArn: $a) { principals { identity { document } } } }',
            { a },
          ] as const,
      ),
      arns.map(
        (a) =>
          [
            'query($a: String!) { authorize(action: "bsecret:ReadTheVault", resource: "*", principalArn: $a) { decision } }',
            { a },
          ] as const,
      ),
      arns.map(
        (a) =>
          [
            'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "probe" }) { assumedRoleUser { arn } } }',
            { a },
          ] as const,
      ),
      arns.map(
        (a) =>
          ['mutation($a: String!) { attachUserPolicy(userName: "admin", policyArn: $a) }', { a }] as const,
      ),
      ids.map(
        (s) =>
          [
            'query($s: String!) { policySnapshot(sessionId: $s) { principals { session { document } } } }',
            { s },
          ] as const,
      ),
      ids.map((s) => ['mutation($s: String!) { revokeSession(sessionId: $s) }', { s }] as const),
      ids.map(
        (s) => ['query($s: String!) { getAccessKeyLastUsed(accessKeyId: $s) { userName } }', { s }] as const,
      ),
      fc.constant(['{ listUsers { edges { node { arn path } } } }', {}] as const),
      fc.constant(['{ listRoles { edges { node { arn } } } }', {}] as const),
      fc.constant(['{ listPolicies { edges { node { arn } } } }', {}] as const),
      fc.constant(['{ auditEvents(first: 50) { edges { node { accountId resource } } } }', {}] as const),
      fc.constant(['{ policySnapshot { principals { principalArn } } }', {}] as const),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(operation, fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (calls) => {
          for (const [[query, variables], asRoot] of calls) {
            const response = await f.t.gql(query, variables, { token: asRoot ? f.a.root : f.a.admin });
            expect(response.status).toBeLessThan(500);
            expect(leaks(response), query).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(await f.t.store.revisions.get(f.b.id)).toBe(before);
    // B's log gains only the attempts of A's principals to assume B's roles: the role owner's account records who
    // tried its roles, as CloudTrail does for cross-account AssumeRole (review finding 12).
    const added = (await f.t.store.audit.list({ accountId: f.b.id, first: 1000 })).edges
      .map((e) => e.node)
      .filter((event) => !auditBefore.has(event.id));
    for (const event of added) {
      expect(event.action).toBe('sts:AssumeRole');
      expect(event.principalArn).toContain(`::${f.a.id}:`);
    }
  });

  async function auditIds(accountId: string): Promise<Set<number>> {
    const page = await f.t.store.audit.list({ accountId, first: 1000 });
    return new Set(page.edges.map((e) => e.node.id));
  }
});
