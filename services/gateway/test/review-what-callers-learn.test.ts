import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';
import { B_SECRETS, startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

/**
 * Review regressions: what a caller learns of another account, or of its own without permissions.
 *
 * Regression tests for the security review of the "Trust first" and "Never hang" work. The comment above each test
 * describes the hole as the review found it; the test attacks it through the real entry point (`gateway.fetch`) and
 * asserts the refusal (or the record) the fixed gateway gives, so the hole stays closed.
 */

describe.each(testDrivers())('what account A learns of account B on %s', (driver) => {
  let f: TwoAccounts;

  beforeAll(async () => {
    f = await startTwoAccounts(driver);
  });
  afterAll(async () => f?.cleanup());

  // A trusts B's user by ARN (legitimate cross-account trust; the ARN is what B told A). The binding stores B's user
  // id, and GetRole shows every bound id by its entity's *current* ARN (display-trust-policy.ts, bound-arns-sql.ts),
  // whatever account it lives in. When B later moves or renames that user, A reads B's new path and name in its own
  // role: SECURITY.md promises a tenant never sees another's paths. A binding to another account's entity should
  // keep showing the ARN as A wrote it (or, once deleted, the id).
  it("does not show account B's later path or name of a user that A's trust policy names", async () => {
    const written = `arn:iamgate:iam::${f.b.id}:user/admin`;
    await createRole(f.t, f.a.root, 'TrustsPartner', trust({ AWS: written }));
    ok(
      await f.t.gql(
        'mutation($p: String!) { updateUser(userName: "admin", newPath: $p, newUserName: "partner-gateway") { arn } }',
        { p: B_SECRETS.path },
        { token: f.b.root },
      ),
    );
    const shown = ok(
      await f.t.gql<{ getRole: { assumeRolePolicyDocument: string } }>(
        '{ getRole(roleName: "TrustsPartner") { assumeRolePolicyDocument } }',
        {},
        { token: f.a.admin },
      ),
    ).getRole.assumeRolePolicyDocument;
    expect(shown).not.toContain(B_SECRETS.path);
    expect(shown).not.toContain('partner-gateway');
  });
  // Authorization targets of another account's role carry that role's tags (role-lookup.ts `roleTarget`), and the
  // engine returns an explicit deny before it refuses a cross-account request for lack of a resource policy. So A
  // writes a Deny conditioned on `aws:ResourceTag/...` into its own policy and reads the answer: ExplicitDeny when
  // B's role has the tag value guessed (StringLike extracts it character by character), ImplicitDeny otherwise or
  // when the role does not exist. revokeRoleSessions and the iam:PassRole check of attachRoleToWorkload both do it.
  it("gives account A no oracle for the existence and tag values of B's roles", async () => {
    ok(
      await f.t.gql(
        'mutation($v: String!) { tagRole(roleName: "VaultRole", tags: [{ key: "clearance", value: $v }]) { arn } }',
        { v: B_SECRETS.tagValue },
        { token: f.b.root },
      ),
    );
    const prober = await userWithPolicy(
      f.t,
      f.a.root,
      'tag-prober',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['iam:RevokeRoleSessions'], Resource: '*' },
          {
            Effect: 'Deny',
            Action: ['iam:RevokeRoleSessions'],
            Resource: '*',
            Condition: { StringLike: { 'aws:ResourceTag/clearance': 'b-secret-*' } },
          },
        ],
      }),
    );
    const probe = (roleArn: string) =>
      f.t.gql(
        'mutation($a: String!) { revokeRoleSessions(roleArn: $a) { revokedSessions } }',
        { a: roleArn },
        { token: prober },
      );
    const tagged = await probe(f.b.roleArn);
    const missing = await probe(`arn:iamgate:iam::${f.b.id}:role/NoSuchRole`);
    expect(codeOf(tagged)).toBe('AccessDenied');
    expect(codeOf(missing)).toBe('AccessDenied');
    // The same refusal whatever B's role is or holds.
    expect(tagged.errors?.[0]?.extensions?.decision).toBe(missing.errors?.[0]?.extensions?.decision);
    expect(tagged.errors?.[0]?.extensions?.failedLayer).toBe(missing.errors?.[0]?.extensions?.failedLayer);
  });

  // assumeRole evaluates B's trust policy for A's caller and returns the engine's decision as is: an explicit Deny
  // in B's trust policy comes back as ExplicitDeny naming B's policy id and statement Sid (message, `deniedBy`, and
  // A's own audit log), while a role that does not exist is a plain ImplicitDeny. A learns that the role exists and
  // reads B's statement ids. AWS answers a caller the trust policy refuses without naming B's policy.
  it("does not tell A whether B's role exists, nor the statement ids of its trust policy", async () => {
    const guarded = await createRole(
      f.t,
      f.b.root,
      'GuardedRole',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: f.b.id }, Action: 'sts:AssumeRole' },
          {
            Sid: 'BSecretOnlyOurOwnVaultTeam',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 'sts:AssumeRole',
            Condition: { StringNotEquals: { 'aws:PrincipalAccount': f.b.id } },
          },
        ],
      }),
    );
    const assume = (roleArn: string) =>
      f.t.gql(
        'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "probe" }) { assumedRoleUser { arn } } }',
        { a: roleArn },
        { token: f.a.admin },
      );
    const existing = await assume(guarded);
    const missing = await assume(`arn:iamgate:iam::${f.b.id}:role/NoSuchGuardedRole`);
    expect(codeOf(existing)).toBe('AccessDenied');
    expect(JSON.stringify(existing.errors)).not.toContain('BSecretOnlyOurOwnVaultTeam');
    expect(existing.errors?.[0]?.extensions?.decision).toBe(missing.errors?.[0]?.extensions?.decision);
    const audit = ok(
      await f.t.gql<{ auditEvents: { edges: { node: { details: unknown } }[] } }>(
        '{ auditEvents(first: 5, filter: { action: "sts:AssumeRole" }) { edges { node { details } } } }',
        {},
        { token: f.a.admin },
      ),
    );
    expect(JSON.stringify(audit)).not.toContain('BSecretOnlyOurOwnVaultTeam');
  });
  // A principal of B assumes a role of A that trusts B. The assumeRole audit event is written to the caller's
  // account only (guard-field.ts records `auditEvent(ctx)`, whose account is the caller's), so A, the role's owner,
  // has no record of who entered its account: its log shows the session's later actions under a session name the
  // caller chose. AWS's CloudTrail records a cross-account AssumeRole in the role owner's account too.
  it("records B's assumption of A's role in A's audit log", async () => {
    const shared = await createRole(
      f.t,
      f.a.root,
      'PartnerAccess',
      trust({ AWS: f.b.id }),
      allow('iam:ListUsers'),
    );
    ok(
      await f.t.gql(
        'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "innocent-name" }) { assumedRoleUser { arn } } }',
        { a: shared },
        { token: f.b.admin },
      ),
    );
    const events = ok(
      await f.t.gql<{ auditEvents: { edges: { node: { resource: string | null; decision: string } }[] } }>(
        '{ auditEvents(first: 50, filter: { action: "sts:AssumeRole" }) { edges { node { resource decision } } } }',
        {},
        { token: f.a.root },
      ),
    ).auditEvents.edges.map((e) => e.node);
    expect(events.filter((e) => e.resource === shared && e.decision === 'Allow')).toHaveLength(1);
  });
});

describe.each(testDrivers())(
  'what a caller without permissions learns in its own account on %s',
  (driver) => {
    let t: TestGateway;
    let root: string;

    beforeAll(async () => {
      t = await startTestGateway(driver);
      root = await t.rootToken();
    });
    afterAll(async () => t?.cleanup());

    // revokeSession (and policySnapshot(sessionId)) decide on the session's owner (sts/session-target.ts): for a live
    // session the denial names `user/<owner>` (path-less, but the name), for an unknown id it names `*`. A caller with
    // no permission at all learns that a session id is live and whose it is. SECURITY.md: "A denial on an entity the
    // caller may not read names the path-less ARN a missing entity would have"; a missing session is `*`.
    it('refuses revokeSession on a live session id and on a made-up one alike', async () => {
      await userWithPolicy(t, root, 'session-owner', null);
      const owner = ok(
        await t.gql<{ signIn: { sessionId: string } }>(
          'mutation($a: String!, $p: String!) { signIn(input: { user: { account: $a, userName: "session-owner", password: $p } }) { sessionId } }',
          { a: t.account.id, p: USER_PASSWORD },
        ),
      ).signIn.sessionId;
      const snoop = await userWithPolicy(t, root, 'snoop', null);
      const revoke = (sessionId: string) =>
        t.gql('mutation($s: String!) { revokeSession(sessionId: $s) }', { s: sessionId }, { token: snoop });
      const live = await revoke(owner);
      const madeUp = await revoke(`${owner.slice(0, -4)}ZZZZ`);
      expect(codeOf(live)).toBe('AccessDenied');
      expect(live.errors?.[0]?.extensions?.resource).toBe(madeUp.errors?.[0]?.extensions?.resource);
    });

    // A forged page cursor whose time is not a date reaches Postgres as `'...'::timestamptz` and fails with 22007,
    // which the store does not map: a client mistake answered 500 ServiceFailure (issue 10, defect 7).
    it('answers a forged auditEvents cursor with a client error, not a 500', async () => {
      const cursor = Buffer.from(JSON.stringify(['not-a-date', 1])).toString('base64url');
      const response = await t.gql(
        'query($a: String) { auditEvents(after: $a) { edges { node { action } } } }',
        { a: cursor },
        { token: root },
      );
      expect(response.status).toBeLessThan(500);
      expect(codeOf(response)).toBe('InvalidInput');
    });
  },
);
