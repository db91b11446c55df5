import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { subscribe } from './support/sse.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';
import { B_SECRETS, startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

/**
 * Regression tests for the security review of the "Trust first" and "Never hang" work. The comment above each test
 * describes the hole as the review found it; the test attacks it through the real entry point (`gateway.fetch`) and
 * asserts the refusal (or the record) the fixed gateway gives, so the hole stays closed.
 */

const WHO = '{ getCallerIdentity { arn } }';
const CREATE_USER = 'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }';

describe.each(testDrivers())('managed session policies on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let roleArn: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('sts:AssumeRole'));
    roleArn = await createRole(t, root, 'Admin', trust({ AWS: t.account.id }), allow(['iam:*']));
  });
  afterAll(async () => t?.cleanup());

  async function cap(name: string, document: string): Promise<string> {
    return ok(
      await t.gql<{ createPolicy: { arn: string } }>(
        'mutation($n: String!, $d: String!) { createPolicy(input: { policyName: $n, policyDocument: $d }) { arn } }',
        { n: name, d: document },
        { token: root },
      ),
    ).createPolicy.arn;
  }

  // A session narrowed by a managed session policy (`policyArns`) is capped by whatever that ARN resolves to at each
  // request (effective-sql.ts joins `session_policy_arns` to the live `policies` table). Once the policy is gone the
  // join yields no row, the session has no session policy at all, and it gets the role's full permissions: the cap
  // fails open. AWS fixes session policies when the session is issued (they are packed into the token); deleting
  // or editing the policy later never widens a session.
  it('keeps a session capped after the managed policy that capped it is deleted', async () => {
    const capArn = await cap('ReadOnlyCap', allow('iam:GetUser'));
    const narrowed = await assumedToken(t, alice, {
      roleArn,
      roleSessionName: 'narrowed',
      policyArns: [capArn],
    });
    expect(codeOf(await t.gql(CREATE_USER, { u: 'before-delete' }, { token: narrowed }))).toBe(
      'AccessDenied',
    );
    // An administrator tidies up an unused-looking policy (it is attached to nothing, so DeletePolicy allows it).
    ok(await t.gql('mutation($a: String!) { deletePolicy(policyArn: $a) }', { a: capArn }, { token: root }));
    expect(codeOf(await t.gql(CREATE_USER, { u: 'after-delete' }, { token: narrowed }))).toBe('AccessDenied');
  });

  // The same mechanism lets the narrowed session widen its own cap: the cap allows editing itself (a realistic
  // "manage your own policy" grant), and a new default version of the policy becomes the session's cap at once.
  it('does not let a session widen its own cap by writing a new default version of its session policy', async () => {
    const capArn = await cap(
      'SelfEditCap',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['iam:GetUser', 'iam:CreatePolicyVersion'], Resource: '*' }],
      }),
    );
    const narrowed = await assumedToken(t, alice, {
      roleArn,
      roleSessionName: 'self-edit',
      policyArns: [capArn],
    });
    expect(codeOf(await t.gql(CREATE_USER, { u: 'before-edit' }, { token: narrowed }))).toBe('AccessDenied');
    ok(
      await t.gql(
        'mutation($a: String!, $d: String!) { createPolicyVersion(policyArn: $a, policyDocument: $d, setAsDefault: true) { versionId } }',
        { a: capArn, d: allow('*') },
        { token: narrowed },
      ),
    );
    expect(codeOf(await t.gql(CREATE_USER, { u: 'after-edit' }, { token: narrowed }))).toBe('AccessDenied');
  });
});

describe.each(testDrivers())('getSessionToken and revocation on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    await userWithPolicy(t, root, 'mallory', allow('iam:GetUser'));
  });
  afterAll(async () => t?.cleanup());

  async function signIn(): Promise<{ token: string; sessionId: string }> {
    return ok(
      await t.gql<{ signIn: { token: string; sessionId: string } }>(
        'mutation($a: String!, $u: String!, $p: String!) { signIn(input: { user: { account: $a, userName: $u, password: $p } }) { token sessionId } }',
        { a: t.account.id, u: 'mallory', p: USER_PASSWORD },
      ),
    ).signIn;
  }

  const SESSION_TOKEN =
    'mutation($d: Int) { getSessionToken(durationSeconds: $d) { sessionId sessionToken expiration } }';
  type Issued = { getSessionToken: { sessionId: string; sessionToken: string; expiration: string } };

  // A stolen sign-in token is revoked by the administrator (revokeSession), but the thief had already traded it for
  // a 36-hour getSessionToken session, which the revocation does not reach (`parentSessionId` is recorded and never
  // used). No API lists sessions, so the administrator cannot even find the child to revoke it.
  it('revoking a session also ends the sessions derived from it with getSessionToken', async () => {
    const stolen = await signIn();
    const child = ok(
      await t.gql<Issued>(SESSION_TOKEN, { d: 129_600 }, { token: stolen.token }),
    ).getSessionToken;
    ok(
      await t.gql(
        'mutation($s: String!) { revokeSession(sessionId: $s) }',
        { s: stolen.sessionId },
        { token: root },
      ),
    );
    expect(codeOf(await t.gql(WHO, {}, { token: stolen.token }))).toBe('ExpiredToken');
    expect(codeOf(await t.gql(WHO, {}, { token: child.sessionToken }))).toBe('ExpiredToken');
  });

  // AWS: credentials from GetSessionToken "cannot call any STS API except AssumeRole or GetCallerIdentity"
  // (`API_GetSessionToken.html`); GetSessionToken needs long-term credentials. iamgate lets a getSessionToken session
  // call getSessionToken again, so one token renews itself for ever, 36 hours at a time.
  it('refuses getSessionToken to a session that came from getSessionToken (no endless renewal)', async () => {
    const first = await signIn();
    let current = ok(await t.gql<Issued>(SESSION_TOKEN, { d: 129_600 }, { token: first.token }))
      .getSessionToken.sessionToken;
    const renewed = await t.gql<Issued>(SESSION_TOKEN, { d: 129_600 }, { token: current });
    // Show the renewal chain outliving every parent: three days later the latest child still works.
    if (renewed.data?.getSessionToken) {
      current = renewed.data.getSessionToken.sessionToken;
      t.clock.advance(30 * 3600);
      current = ok(await t.gql<Issued>(SESSION_TOKEN, { d: 129_600 }, { token: current })).getSessionToken
        .sessionToken;
      t.clock.advance(30 * 3600);
      ok(await t.gql(WHO, {}, { token: current }));
    }
    expect(codeOf(renewed)).toBe('AccessDenied');
  });
});

describe.each(testDrivers())('work an authenticated caller can force on %s', (driver) => {
  let t: TestGateway;
  let nobody: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const root = await t.rootToken();
    // A user without a single permission: `authorize` about oneself needs none.
    nobody = await userWithPolicy(t, root, 'nobody', null);
  });
  afterAll(async () => t?.cleanup());

  // The resource policy is within its cap (8 KB, 20,480 allowed) and the body within 1 MiB, but a `StringLike` piece
  // holding `?` is placed by trying every position and comparing the whole piece there (wildcard.ts `Piece.indexIn`,
  // O(value x pattern)), and context values have no length limit. One request from a principal with no permissions
  // holds the event loop for seconds (7 s on the idle review machine, 12-15 s while others worked; doubling either side doubles it), which no
  // request deadline can interrupt. The caller's own identity policies (a tenant administrator writes them) work
  // the same way.
  it('answers an authorize call with a hostile StringLike pattern and context value quickly, or refuses it', async () => {
    const pattern = `*${'a?'.repeat(4000)}b*`;
    const resourcePolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { StringLike: { 'app:note': pattern } },
        },
      ],
    });
    const started = performance.now();
    const response = await t.gql(
      'query($c: [ContextEntryInput!], $p: String) { authorize(action: "app:Read", resource: "*", context: $c, resourcePolicy: $p) { decision } }',
      { c: [{ key: 'app:note', values: ['a'.repeat(400_000)] }], p: resourcePolicy },
      { token: nobody },
    );
    const elapsed = performance.now() - started;
    expect(response.status).toBeLessThan(500);
    expect(elapsed).toBeLessThan(1000);
  });
});

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

describe.each(testDrivers())('subscriptions over time on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { revisionPollMs: 20 } });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // The policyRevision stream is authorized once, when it starts, and then runs for ever: revoking the session,
  // letting it expire or deleting the user does not end it, and the request deadline only bounds the time until the
  // stream starts. A revoked (stolen) token keeps watching every change of the account as it happens.
  it('ends (or stops feeding) a policyRevision stream once its session is revoked or expired', async () => {
    await userWithPolicy(t, root, 'watcher', allow('iamgate:GetPolicySnapshot'));
    const signed = ok(
      await t.gql<{ signIn: { token: string; sessionId: string } }>(
        'mutation($a: String!, $p: String!) { signIn(input: { user: { account: $a, userName: "watcher", password: $p } }) { token sessionId } }',
        { a: t.account.id, p: USER_PASSWORD },
      ),
    ).signIn;
    const sub = await subscribe<{ policyRevision: { revision: number } }>(
      t.gateway.fetch,
      'http://localhost/graphql',
      'subscription { policyRevision { revision } }',
      signed.token,
    );
    const seen: number[] = [];
    try {
      seen.push((await sub.next()).policyRevision.revision);
      ok(
        await t.gql(
          'mutation($s: String!) { revokeSession(sessionId: $s) }',
          { s: signed.sessionId },
          { token: root },
        ),
      );
      expect(codeOf(await t.gql(WHO, {}, { token: signed.token }))).toBe('ExpiredToken');
      const revokedAt = await t.store.revisions.get(t.account.id);
      // Time passes too: the session's token has long expired.
      t.clock.advance(24 * 3600);
      ok(await t.gql(CREATE_USER, { u: 'hired-after-revocation' }, { token: await t.rootToken() }));
      for (;;) {
        const event = await sub.next(1500).catch(() => undefined);
        if (event === undefined) break;
        seen.push(event.policyRevision.revision);
      }
      expect(seen.filter((revision) => revision > revokedAt)).toEqual([]);
    } finally {
      await sub.close();
    }
  });
});

describe.each(testDrivers())('signing keys over time on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: 20 } });
    root = await t.rootToken();
    await userWithPolicy(t, root, 'traveller', null);
  });
  afterAll(async () => t?.cleanup());

  // A retired key is published for 12 h + 30 s (gateway.ts `retiredKeyTtlSeconds`, "the longest lifetime of any
  // token"), but getSessionToken issues tokens for up to 36 h. After a rotation, every such token stops verifying 12 h
  // later (`InvalidClientTokenId`), a day before its expiry; the middleware, reading the JWKS, refuses them too.
  it('keeps verifying a 36-hour getSessionToken token after a key rotation until it expires', async () => {
    const user = await t.userToken('traveller', USER_PASSWORD);
    const long = ok(
      await t.gql<{ getSessionToken: { sessionToken: string } }>(
        'mutation { getSessionToken(durationSeconds: 129600) { sessionToken } }',
        {},
        { token: user },
      ),
    ).getSessionToken.sessionToken;
    ok(await t.gql('mutation { rotateSigningKey { kid } }', {}, { token: root }));
    t.clock.advance(13 * 3600);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(codeOf(await t.gql(WHO, {}, { token: long }))).toBeUndefined();
  });
});

describe.each(testDrivers())('escalation paths inside one account on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // `changePassword` checks the old password inside the mutation and answers `InvalidInput` when it is wrong, with
  // no attempt counting at all: whoever holds a session of the user (a stolen one-hour token, an access-key
  // session) can guess the user's long-term password without the sign-in lockout (5 per 15 minutes), as fast as
  // the hash limiter lets it. Each guess also holds a transaction (PGlite's only connection) for a password hash.
  it('counts wrong old passwords of changePassword like failed sign-ins', async () => {
    const thief = await userWithPolicy(t, root, 'victim', allow('iam:ChangePassword'));
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 10; i++) {
      const guess = await t.gql(
        'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "New-passw0rd-1234") }',
        { o: `Guess-${i}-passw0rd` },
        { token: thief },
      );
      answers.push(codeOf(guess));
    }
    expect(answers.filter((code) => code === 'InvalidInput').length).toBeLessThanOrEqual(5);
    // The right password, guessed after the burst, must not be confirmed either.
    const hit = await t.gql(
      'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "New-passw0rd-1234") }',
      { o: USER_PASSWORD },
      { token: thief },
    );
    expect(codeOf(hit)).toBe('Throttling');
  });

  // A workload's credential is its role: whoever may rotate the credential gets a fresh secret and with it the
  // workload's role sessions. Handing a role to a workload needs iam:PassRole on it, but taking it back out with
  // rotateWorkloadCredential needs nothing on the role, so `iam:RotateWorkloadCredential` alone (an operations
  // chore) is every role any workload holds.
  it('does not let iam:RotateWorkloadCredential alone turn into the role the workload holds', async () => {
    const created = ok(
      await t.gql<{ createWorkload: { workload: { arn: string } } }>(
        'mutation { createWorkload(input: { workloadName: "deployer" }) { workload { arn } } }',
        {},
        { token: root },
      ),
    ).createWorkload.workload;
    const adminRole = await createRole(
      t,
      root,
      'DeployerAdmin',
      trust({ Service: 'workload.iamgate' }, { Condition: { ArnEquals: { 'aws:SourceArn': created.arn } } }),
      allow(['iam:*', 'sts:*']),
    );
    ok(
      await t.gql(
        'mutation($r: String!) { attachRoleToWorkload(workloadName: "deployer", roleArn: $r) { roleArn } }',
        { r: adminRole },
        { token: root },
      ),
    );
    const rotator = await userWithPolicy(t, root, 'rotator', allow('iam:RotateWorkloadCredential'));
    const rotated = await t.gql<{ rotateWorkloadCredential: { workloadId: string; secret: string } }>(
      'mutation { rotateWorkloadCredential(workloadName: "deployer") { workloadId secret } }',
      {},
      { token: rotator },
    );
    if (rotated.data?.rotateWorkloadCredential) {
      const { workloadId, secret } = rotated.data.rotateWorkloadCredential;
      const session = ok(
        await t.gql<{ assumeWorkloadRole: { credentials: { sessionToken: string } } }>(
          'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } } }',
          { id: workloadId, s: secret },
        ),
      ).assumeWorkloadRole.credentials.sessionToken;
      // The rotator now administers the account.
      ok(await t.gql(CREATE_USER, { u: 'rotator-was-here' }, { token: session }));
    }
    expect(codeOf(rotated)).toBe('AccessDenied');
  });
});

describe.each(testDrivers())('narrowed sessions and wildcard trust on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let accountWide: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    // A common trust policy: anyone of this account (the `*` narrowed by a condition, as with aws:PrincipalOrgID).
    accountWide = await createRole(
      t,
      root,
      'AccountWide',
      trust({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalAccount': t.account.id } } }),
      allow(['iam:*']),
    );
  });
  afterAll(async () => t?.cleanup());

  // The engine counts `Principal: "*"` as naming the caller exactly (principal-match.ts: `any` is NAMES_EXACT), the
  // one grant session policies do not cap. So the caps closed for grants to a role or user ARN (issue 9, hole 2) are
  // open again for the most common cross-cutting trust policy. SECURITY.md: "A session that may only change its
  // password cannot assume roles".
  it('refuses a password-reset session a role whose trust policy allows `*`', async () => {
    ok(await t.gql(CREATE_USER, { u: 'reset-bob' }, { token: root }));
    ok(
      await t.gql(
        'mutation($p: String!) { createLoginProfile(userName: "reset-bob", password: $p, passwordResetRequired: true) { userName } }',
        { p: USER_PASSWORD },
        { token: root },
      ),
    );
    const resetSession = await t.userToken('reset-bob', USER_PASSWORD);
    const response = await t.gql(
      'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "escape" }) { credentials { sessionToken } } }',
      { a: accountWide },
      { token: resetSession },
    );
    expect(codeOf(response)).toBe('AccessDenied');
  });

  it('refuses a role session narrowed to iam:GetUser a role whose trust policy allows `*`', async () => {
    const alice = await userWithPolicy(t, root, 'wide-alice', allow('sts:AssumeRole'));
    const first = await createRole(
      t,
      root,
      'FirstHop',
      trust({ AWS: t.account.id }),
      allow(['iam:GetUser', 'sts:AssumeRole']),
    );
    const narrowed = await assumedToken(t, alice, {
      roleArn: first,
      roleSessionName: 'narrow',
      policy: allow('iam:GetUser'),
    });
    const response = await t.gql(
      'mutation($a: String!) { assumeRole(input: { roleArn: $a, roleSessionName: "escape" }) { credentials { sessionToken } } }',
      { a: accountWide },
      { token: narrowed },
    );
    expect(codeOf(response)).toBe('AccessDenied');
  });
});

describe.each(testDrivers())('condition keys of role sessions on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // AWS: for a role session `aws:PrincipalArn` is the ARN of the role, path included
  // (`reference_policies_condition-keys.html#condition-keys-principalarn`). The gateway leaves the key out for role
  // sessions (request-context.ts) although it knows the role's path, so the engine derives the path-less ARN. A
  // Deny written the AWS way, keyed on the role's path, never matches the role's own sessions: it fails open.
  it('applies a Deny conditioned on aws:PrincipalArn with the role path to the role sessions', async () => {
    const alice = await userWithPolicy(t, root, 'contractor-alice', allow('sts:AssumeRole'));
    const roleArn = await createRole(
      t,
      root,
      'Temp',
      trust({ AWS: t.account.id }),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          {
            Sid: 'NoContractorCreatesUsers',
            Effect: 'Deny',
            Action: 'iam:CreateUser',
            Resource: '*',
            Condition: {
              ArnLike: { 'aws:PrincipalArn': `arn:iamgate:iam::${t.account.id}:role/contractors/*` },
            },
          },
        ],
      }),
      { path: '/contractors/' },
    );
    expect(roleArn).toContain(':role/contractors/Temp');
    const session = await assumedToken(t, alice, { roleArn, roleSessionName: 'contractor' });
    const response = await t.gql(CREATE_USER, { u: 'made-by-contractor' }, { token: session });
    expect(codeOf(response)).toBe('AccessDenied');
    expect(response.errors?.[0]?.extensions?.decision).toBe('ExplicitDeny');
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

describe.each(testDrivers())('sign-in lockout by address on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver);
  });
  afterAll(async () => t?.cleanup());

  // The per-address lockout keys on the exact address text (`ip:<address>`, sign-in/throttle-keys.ts). An IPv6
  // client holds a whole /64 (2^64 addresses) and an IPv4 client may also appear as `::ffff:a.b.c.d`, so "50 failed
  // sign-ins per source address" is no limit: a password spray from one host is never throttled by address. Here
  // the lockout is lowered to 3 per address, behind one trusted proxy.
  it('counts failed sign-ins from one IPv6 /64 (and IPv4-mapped forms) as one source', async () => {
    const proxied = await t.variant({ IAMGATE_TRUST_PROXY: '1', IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3' });
    const codes: (string | undefined)[] = [];
    for (let i = 1; i <= 6; i++) {
      const response = await proxied.gql(
        'mutation($a: String!, $u: String!) { signIn(input: { user: { account: $a, userName: $u, password: "Spray-passw0rd-1" } }) { token } }',
        { a: t.account.id, u: `sprayed-${i}` },
        { headers: { 'x-forwarded-for': `2001:db8:1:2::${i.toString(16)}` } },
      );
      codes.push(codeOf(response));
    }
    expect(codes).toContain('Throttling');
  });
});

describe.each(testDrivers())('access keys under guessing on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // Access key ids are not secret (the audit log records them, CloudTrail shows them), and their secrets cannot be
  // guessed. Yet failed access-key sign-ins are counted per key id like passwords (`key:<id>`), so anyone who knows
  // a service's key id locks that service out for 15 minutes with 5 anonymous requests, again and again. The
  // lockout buys nothing for a 40-character random secret; it only hands out a denial of service.
  it('does not let anonymous wrong secrets lock a service out of its access key', async () => {
    ok(await t.gql(CREATE_USER, { u: 'ci-service' }, { token: root }));
    const key = ok(
      await t.gql<{ createAccessKey: { accessKeyId: string; secretAccessKey: string } }>(
        'mutation { createAccessKey(userName: "ci-service") { accessKeyId secretAccessKey } }',
        {},
        { token: root },
      ),
    ).createAccessKey;
    const signIn = (secretAccessKey: string) =>
      t.gql(
        'mutation($k: String!, $s: String!) { signIn(input: { accessKey: { accessKeyId: $k, secretAccessKey: $s } }) { token } }',
        { k: key.accessKeyId, s: secretAccessKey },
      );
    for (let i = 0; i < 6; i++) await signIn(`wrong-secret-${i}`);
    const service = await signIn(key.secretAccessKey);
    expect(codeOf(service)).toBeUndefined();
  });
});

describe.each(testDrivers())('audit of refused calls on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // Argument limits run before authorization (argument-limits-plugin.ts wraps the resolver outside the guard), and
  // their ValidationError is never audited: a principal that is not even allowed the operation leaves no record of
  // its attempt. SECURITY.md: "every denial or failed call is audited".
  it('audits a call refused for its argument limits', async () => {
    const prober = await userWithPolicy(t, root, 'limit-prober', null);
    const before = (await t.store.audit.list({ accountId: t.account.id, first: 1000 })).edges.length;
    const response = await t.gql(
      'mutation($d: String!) { createPolicy(input: { policyName: "Huge", policyDocument: $d }) { arn } }',
      { d: `${' '.repeat(140_000)}{}` },
      { token: prober },
    );
    expect(codeOf(response)).toBe('ValidationError');
    const after = (await t.store.audit.list({ accountId: t.account.id, first: 1000 })).edges.length;
    expect(after).toBeGreaterThan(before);
  });
});
