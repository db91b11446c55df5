import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import {
  assumedToken,
  assumeRole,
  createRole,
  secondsUntil,
  trust,
  userIn,
  whoAmI,
} from './support/roles.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

// AssumeRole as STS/latest/APIReference/API_AssumeRole.html and IAM/latest/UserGuide/id_roles_use.html describe it.
describe.each(testDrivers())('assumeRole on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;
  let bob: string;
  let account: string;
  let aliceArn: string;
  let reader: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    account = t.account.id;
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('iam:GetAccountSummary'));
    bob = await userWithPolicy(t, root, 'bob', null);
    aliceArn = `arn:iamgate:iam::${account}:user/alice`;
    reader = await createRole(
      t,
      root,
      'Reader',
      trust({ AWS: aliceArn }),
      allow(['iam:GetUser', 'iam:ListUsers']),
    );
  });
  afterAll(async () => t?.cleanup());

  it('gives a same-account caller named by the trust policy a role session with the role permissions', async () => {
    const response = ok(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'alice-session' }));
    const { credentials, assumedRoleUser } = response.assumeRole;
    expect(assumedRoleUser.arn).toBe(`arn:iamgate:sts::${account}:assumed-role/Reader/alice-session`);
    expect(assumedRoleUser.assumedRoleId).toMatch(/^AROA\w+:alice-session$/);
    expect(secondsUntil(credentials.expiration, t.clock.now())).toBe(3600);
    const session = credentials.sessionToken;
    expect((await whoAmI(t, session)).arn).toBe(assumedRoleUser.arn);
    expect(ok(await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: session }))).toBeTruthy();
    const denied = await t.gql(
      'mutation { createUser(input: { userName: "x" }) { arn } }',
      {},
      { token: session },
    );
    expect(codeOf(denied)).toBe('AccessDenied');
  });

  it('refuses a caller the trust policy does not name, and an unknown role, alike', async () => {
    const notTrusted = await assumeRole(t, bob, { roleArn: reader, roleSessionName: 'bob' });
    expect(codeOf(notTrusted)).toBe('AccessDenied');
    expect(notTrusted.errors?.[0]?.extensions?.failedLayer).toBe('resource');
    const unknown = await assumeRole(t, alice, {
      roleArn: `arn:iamgate:iam::${account}:role/Nope`,
      roleSessionName: 'x1',
    });
    expect(codeOf(unknown)).toBe('AccessDenied');
  });

  it('refuses the root user (API_AssumeRole.html: root credentials cannot assume roles)', async () => {
    expect(codeOf(await assumeRole(t, root, { roleArn: reader, roleSessionName: 'root' }))).toBe(
      'AccessDenied',
    );
  });

  // An account-named trust delegates to the account's IAM policies (IAM/latest/UserGuide/id_roles_use.html).
  it('needs the caller identity allow for sts:AssumeRole when the trust policy names the account', async () => {
    const role = await createRole(t, root, 'AccountTrust', trust({ AWS: account }), allow('iam:ListUsers'));
    const refused = await assumeRole(t, alice, { roleArn: role, roleSessionName: 'alice' });
    expect(codeOf(refused)).toBe('AccessDenied');
    expect(refused.errors?.[0]?.extensions?.failedLayer).toBe('identity');
    const carol = await userWithPolicy(t, root, 'carol', allow('sts:AssumeRole', role));
    expect(ok(await assumeRole(t, carol, { roleArn: role, roleSessionName: 'carol' }))).toBeTruthy();
  });

  // Cross-account access needs both sides (reference_policies_evaluation-logic-cross-account.html), and the
  // external id guards against the confused deputy (IAM/latest/UserGuide/id_roles_create_for-user_externalid.html).
  it('lets another account assume a role with the external id, when its own policies allow it', async () => {
    const other = await t.createAccount('partner@example.com');
    const partner = await createRole(
      t,
      root,
      'Partner',
      trust(
        { AWS: `arn:iamgate:iam::${other.id}:root` },
        { Condition: { StringEquals: { 'sts:ExternalId': 'ext-123456' } } },
      ),
      allow('iam:ListUsers'),
    );
    const otherRoot = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: other.rootEmail, p: ROOT_PASSWORD },
      ),
    ).signIn.token;
    const daveToken = await userIn(t, otherRoot, other.id, 'dave', allow('sts:AssumeRole', partner));
    const session = ok(
      await assumeRole(t, daveToken, { roleArn: partner, roleSessionName: 'dave', externalId: 'ext-123456' }),
    );
    expect(session.assumeRole.assumedRoleUser.arn).toBe(
      `arn:iamgate:sts::${account}:assumed-role/Partner/dave`,
    );
    const token = session.assumeRole.credentials.sessionToken;
    expect((await whoAmI(t, token)).account).toBe(account);
    expect(ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token }))).toBeTruthy();
    expect(codeOf(await assumeRole(t, daveToken, { roleArn: partner, roleSessionName: 'dave' }))).toBe(
      'AccessDenied',
    );
    const wrong = await assumeRole(t, daveToken, {
      roleArn: partner,
      roleSessionName: 'dave',
      externalId: 'ext-999999',
    });
    expect(codeOf(wrong)).toBe('AccessDenied');
    const erin = await userIn(t, otherRoot, other.id, 'erin', null);
    const noIdentity = await assumeRole(t, erin, {
      roleArn: partner,
      roleSessionName: 'erin',
      externalId: 'ext-123456',
    });
    expect(codeOf(noIdentity)).toBe('AccessDenied');
    expect(noIdentity.errors?.[0]?.extensions?.failedLayer).toBe('identity');
  });

  it('checks durations: 900 s up to the role maximum, default one hour', async () => {
    const long = await createRole(t, root, 'Long', trust({ AWS: aliceArn }), null, {
      maxSessionDuration: 7200,
    });
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: long, roleSessionName: 'a', durationSeconds: 7200 })),
    ).toBe('ValidationError');
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: long, roleSessionName: 'aa', durationSeconds: 899 })),
    ).toBe('ValidationError');
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: long, roleSessionName: 'aa', durationSeconds: 7201 })),
    ).toBe('ValidationError');
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'aa', durationSeconds: 3601 })),
    ).toBe('ValidationError');
    const ok7200 = ok(
      await assumeRole(t, alice, { roleArn: long, roleSessionName: 'aa', durationSeconds: 7200 }),
    );
    expect(secondsUntil(ok7200.assumeRole.credentials.expiration, t.clock.now())).toBe(7200);
  });

  // Role chaining is limited to one hour (IAM/latest/UserGuide/id_roles.html#iam-term-role-chaining).
  it('caps role chaining at one hour and fails when asked for more', async () => {
    const chained = await createRole(t, root, 'Chained', trust({ AWS: reader }), allow('iam:ListRoles'), {
      maxSessionDuration: 7200,
    });
    const first = await assumedToken(t, alice, { roleArn: reader, roleSessionName: 'hop1' });
    const tooLong = await assumeRole(t, first, {
      roleArn: chained,
      roleSessionName: 'hop2',
      durationSeconds: 3601,
    });
    expect(codeOf(tooLong)).toBe('ValidationError');
    const second = ok(await assumeRole(t, first, { roleArn: chained, roleSessionName: 'hop2' }));
    expect(secondsUntil(second.assumeRole.credentials.expiration, t.clock.now())).toBe(3600);
    expect((await whoAmI(t, second.assumeRole.credentials.sessionToken)).arn).toBe(
      `arn:iamgate:sts::${account}:assumed-role/Chained/hop2`,
    );
  });

  it('checks session names and external ids', async () => {
    for (const name of ['a', 'has space', 'x'.repeat(65)]) {
      expect(codeOf(await assumeRole(t, alice, { roleArn: reader, roleSessionName: name }))).toBe(
        'ValidationError',
      );
    }
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'ok', externalId: 'x' })),
    ).toBe('ValidationError');
  });

  // Session tags need sts:TagSession, source identity sts:SetSourceIdentity (id_session-tags.html,
  // id_credentials_temp_control-access_monitor.html).
  it('needs sts:TagSession for tags and sts:SetSourceIdentity for a source identity, naming what is missing', async () => {
    const tagged = await assumeRole(t, alice, {
      roleArn: reader,
      roleSessionName: 'tags',
      tags: [{ key: 'team', value: 'red' }],
    });
    expect(codeOf(tagged)).toBe('AccessDenied');
    expect(tagged.errors?.[0]?.extensions?.action).toBe('sts:TagSession');
    const sourced = await assumeRole(t, alice, {
      roleArn: reader,
      roleSessionName: 'src',
      sourceIdentity: 'alice',
    });
    expect(codeOf(sourced)).toBe('AccessDenied');
    expect(sourced.errors?.[0]?.extensions?.action).toBe('sts:SetSourceIdentity');
  });

  it('overrides role tags with session tags, and carries transitive tags and the source identity through chaining', async () => {
    const everything = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
    const getUserIf = (key: string, value: string) =>
      allow('iam:GetUser', '*', { Condition: { StringEquals: { [`aws:PrincipalTag/${key}`]: value } } });
    const first = await createRole(
      t,
      root,
      'Tagged',
      trust({ AWS: aliceArn }, {}, everything),
      getUserIf('team', 'red'),
      {
        tags: [{ key: 'team', value: 'blue' }],
      },
    );
    const second = await createRole(
      t,
      root,
      'Downstream',
      trust({ AWS: first }, {}, everything),
      getUserIf('project', 'apollo'),
    );
    const plain = await assumedToken(t, alice, { roleArn: first, roleSessionName: 'plain' });
    expect(codeOf(await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: plain }))).toBe(
      'AccessDenied',
    );
    const red = ok(
      await assumeRole(t, alice, {
        roleArn: first,
        roleSessionName: 'red',
        sourceIdentity: 'alice-src',
        tags: [
          { key: 'team', value: 'red' },
          { key: 'project', value: 'apollo' },
        ],
        transitiveTagKeys: ['project'],
      }),
    ).assumeRole;
    expect(red.sourceIdentity).toBe('alice-src');
    const redToken = red.credentials.sessionToken;
    expect(
      ok(await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: redToken })),
    ).toBeTruthy();
    const chained = ok(
      await assumeRole(t, redToken, { roleArn: second, roleSessionName: 'next' }),
    ).assumeRole;
    expect(chained.sourceIdentity).toBe('alice-src');
    const chainedToken = chained.credentials.sessionToken;
    expect(
      ok(await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: chainedToken })),
    ).toBeTruthy();
    const overridden = await assumeRole(t, redToken, {
      roleArn: second,
      roleSessionName: 'next2',
      tags: [{ key: 'project', value: 'gemini' }],
    });
    expect(codeOf(overridden)).toBe('ValidationError');
    const changed = await assumeRole(t, redToken, {
      roleArn: second,
      roleSessionName: 'next3',
      sourceIdentity: 'mallory',
    });
    expect(codeOf(changed)).toBe('ValidationError');
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: first, roleSessionName: 'many', tags: tooMany })),
    ).toBe('ValidationError');
  });

  // Session permissions are the intersection of the role's and the session policies (access_policies.html#policies_session).
  it('intersects the role permissions with session policies and checks their size', async () => {
    const session = await assumedToken(t, alice, {
      roleArn: reader,
      roleSessionName: 'narrow',
      policy: allow('iam:ListUsers'),
    });
    expect(ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token: session }))).toBeTruthy();
    const denied = await t.gql('{ getUser(userName: "bob") { userName } }', {}, { token: session });
    expect(codeOf(denied)).toBe('AccessDenied');
    expect(denied.errors?.[0]?.extensions?.failedLayer).toBe('session');
    const big = allow(Array.from({ length: 200 }, (_, i) => `iam:GetUser${i}`));
    expect(codeOf(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'big', policy: big }))).toBe(
      'PackedPolicyTooLarge',
    );
    expect(
      codeOf(
        await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'bad', policy: '{"Statement": 1}' }),
      ),
    ).toBe('MalformedPolicyDocument');
    const arns = Array.from({ length: 11 }, (_, i) => `arn:iamgate:iam::${account}:policy/p${i}`);
    expect(
      codeOf(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'arns', policyArns: arns })),
    ).toBe('ValidationError');
  });

  // The session and the call's audit event are written by one statement, without a transaction: both or neither.
  it('records a session with its Allow audit event, and neither when a session policy ARN names nothing', async () => {
    const role = await t.store.roles.getByArn(account, reader);
    const counts = async () => {
      const events = await t.store.audit.list({
        accountId: account,
        principalArn: aliceArn,
        action: 'sts:AssumeRole',
        first: 1000,
      });
      return {
        sessions: (await t.store.sessions.list(account, { roleId: role.id, first: 1000 })).edges.length,
        allowed: events.edges.filter((e) => e.node.decision === 'Allow').length,
        denied: events.edges.filter((e) => e.node.decision === 'Deny').length,
      };
    };
    const before = await counts();
    ok(await assumeRole(t, alice, { roleArn: reader, roleSessionName: 'audited' }));
    expect(await counts()).toEqual({ ...before, sessions: before.sessions + 1, allowed: before.allowed + 1 });
    const missing = await assumeRole(t, alice, {
      roleArn: reader,
      roleSessionName: 'missing',
      policyArns: [`arn:iamgate:iam::${account}:policy/none`],
    });
    expect(codeOf(missing)).toBe('NoSuchEntity');
    expect(await counts()).toEqual({
      sessions: before.sessions + 1,
      allowed: before.allowed + 1,
      denied: before.denied + 1,
    });
  });

  // The role a trust decision reads comes from the entity cache, current with the account revision: a changed trust
  // policy or a deleted role holds at once on this instance and on another one over the same store.
  it('decides on the trust policy as it is now, on every instance, though the role is cached', async () => {
    const other = await t.variant({});
    const role = await createRole(t, root, 'Cached', trust({ AWS: aliceArn }));
    const assume = (g: Pick<TestGateway, 'gql'>, name: string) =>
      assumeRole(g, alice, { roleArn: role, roleSessionName: name });
    ok(await assume(t, 'warm-1'));
    ok(await assume(other, 'warm-2'));
    const bobArn = `arn:iamgate:iam::${account}:user/bob`;
    ok(
      await t.gql(
        'mutation($d: String!) { updateAssumeRolePolicy(roleName: "Cached", policyDocument: $d) { arn } }',
        { d: trust({ AWS: bobArn }) },
        { token: root },
      ),
    );
    expect(codeOf(await assume(t, 'after-1'))).toBe('AccessDenied');
    expect(codeOf(await assume(other, 'after-2'))).toBe('AccessDenied');
    ok(await assumeRole(other, bob, { roleArn: role, roleSessionName: 'bob' }));
    ok(await t.gql('mutation { deleteRole(roleName: "Cached") }', {}, { token: root }));
    expect(codeOf(await assumeRole(t, bob, { roleArn: role, roleSessionName: 'gone-1' }))).toBe(
      'AccessDenied',
    );
    expect(codeOf(await assumeRole(other, bob, { roleArn: role, roleSessionName: 'gone-2' }))).toBe(
      'AccessDenied',
    );
  });

  // Trust policy conditions (reference_policies_iam-condition-keys.html#condition-keys-sts, aws:MultiFactorAuthPresent).
  it('applies trust policy conditions on MFA and the session name', async () => {
    const mfa = await createRole(
      t,
      root,
      'NeedsMfa',
      trust({ AWS: aliceArn }, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
    );
    expect(codeOf(await assumeRole(t, alice, { roleArn: mfa, roleSessionName: 'mfa' }))).toBe('AccessDenied');
    const named = await createRole(
      t,
      root,
      'NamedSessions',
      trust({ AWS: aliceArn }, { Condition: { StringEquals: { 'sts:RoleSessionName': 'alice' } } }),
    );
    expect(codeOf(await assumeRole(t, alice, { roleArn: named, roleSessionName: 'other' }))).toBe(
      'AccessDenied',
    );
    expect(ok(await assumeRole(t, alice, { roleArn: named, roleSessionName: 'alice' }))).toBeTruthy();
  });

  it('refuses a role session once it has expired', async () => {
    const session = await assumedToken(t, alice, {
      roleArn: reader,
      roleSessionName: 'short',
      durationSeconds: 900,
    });
    expect((await whoAmI(t, session)).arn).toContain('assumed-role/Reader/short');
    t.clock.advance(901);
    try {
      expect(codeOf(await t.gql('{ getCallerIdentity { arn } }', {}, { token: session }))).toBe(
        'ExpiredToken',
      );
    } finally {
      t.clock.advance(-901);
    }
  });
});

// GetCallerIdentity and GetSessionToken (API_GetCallerIdentity.html, API_GetSessionToken.html).
describe.each(testDrivers())('getCallerIdentity and getSessionToken on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let alice: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    alice = await userWithPolicy(t, root, 'alice', allow('iam:Deny*'));
  });
  afterAll(async () => t?.cleanup());

  it('tells any caller who it is, even one whose policies deny everything', async () => {
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "alice", policyName: "deny", policyDocument: $d) { policyName } }',
        {
          d: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
          }),
        },
        { token: root },
      ),
    );
    const who = await whoAmI(t, alice);
    expect(who.arn).toBe(`arn:iamgate:iam::${t.account.id}:user/alice`);
    expect(who.account).toBe(t.account.id);
    expect((await whoAmI(t, root)).arn).toBe(`arn:iamgate:iam::${t.account.id}:root`);
  });

  it('issues session tokens for users within 900 s to 36 hours, and for root within one hour', async () => {
    const frank = await userWithPolicy(t, root, 'frank', null);
    type Token = { getSessionToken: { sessionToken: string; expiration: string } };
    const q = 'mutation($d: Int) { getSessionToken(durationSeconds: $d) { sessionToken expiration } }';
    const issued = ok(await t.gql<Token>(q, {}, { token: frank })).getSessionToken;
    expect(secondsUntil(issued.expiration, t.clock.now())).toBe(43_200);
    expect((await whoAmI(t, issued.sessionToken)).arn).toContain(':user/frank');
    expect(codeOf(await t.gql(q, { d: 129_601 }, { token: frank }))).toBe('ValidationError');
    expect(codeOf(await t.gql(q, { d: 3601 }, { token: root }))).toBe('ValidationError');
    const role = await createRole(
      t,
      root,
      'R',
      trust({ AWS: `arn:iamgate:iam::${t.account.id}:user/frank` }),
    );
    const session = await assumedToken(t, frank, { roleArn: role, roleSessionName: 'ss' });
    expect(codeOf(await t.gql(q, {}, { token: session }))).toBe('AccessDenied');
  });
});
