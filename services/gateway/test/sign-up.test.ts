/**
 * Accounts made through the API (issue 12): `signUp` for anyone when the gateway allows it (`IAMGATE_SIGN_UP=open`),
 * throttled per source address, and refused when sign-up is closed (the default); `createAccount` for the operator
 * account's principals allowed `organizations:CreateAccount`, whatever the setting. The new account is a tenant of
 * its own: its root signs in, sees nothing of any other account, and its audit log records its creation.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const PASSWORD = 'Signed-up-passw0rd';
const NEW_ACCOUNT = `mutation($i: NewAccountInput!) { %s(input: $i) { accountId accountAlias rootEmail rootArn createDate } }`;
const SIGN_UP = NEW_ACCOUNT.replace('%s', 'signUp');
const CREATE_ACCOUNT = NEW_ACCOUNT.replace('%s', 'createAccount');

type Created = { accountId: string; accountAlias: string | null; rootEmail: string; rootArn: string };

async function rootSignIn(gateway: Pick<TestGateway, 'gql'>, email: string): Promise<string> {
  return ok(
    await gateway.gql<{ signIn: { token: string } }>(
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
      { e: email, p: PASSWORD },
    ),
  ).signIn.token;
}

describe.each(testDrivers())('accounts through the API on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('refuses signUp while sign-up is closed (the default), and audits the refusal', async () => {
    const refused = await t.gql(SIGN_UP, { i: { email: 'closed@example.com', password: PASSWORD } });
    expect([refused.status, codeOf(refused)]).toEqual([403, 'AccessDenied']);
    expect(await t.store.accounts.findByRootEmail('closed@example.com')).toBeUndefined();
    // Recorded in the operator account's log: the installation's owner sees who tried.
    const events = await t.store.audit.list({ accountId: t.account.id, action: 'iamgate:SignUp' });
    expect(events.edges.map((e) => [e.node.decision, e.node.errorCode])).toContainEqual([
      'Deny',
      'AccessDenied',
    ]);
  });

  it("lets the operator account's root and allowed users create accounts, and nobody else", async () => {
    const made = ok(
      await t.gql<{ createAccount: Created }>(
        CREATE_ACCOUNT,
        { i: { email: 'tenant-a@example.com', password: PASSWORD, accountAlias: 'tenant-a' } },
        { token: root },
      ),
    ).createAccount;
    expect(made.accountId).toMatch(/^\d{12}$/);
    expect(made).toMatchObject({
      accountAlias: 'tenant-a',
      rootArn: `arn:iamgate:iam::${made.accountId}:root`,
    });
    // A user of the operator account needs organizations:CreateAccount.
    const clerk = await userWithPolicy(t, root, 'clerk', allow('iam:GetUser'));
    const denied = await t.gql(
      CREATE_ACCOUNT,
      { i: { email: 'x@example.com', password: PASSWORD } },
      { token: clerk },
    );
    expect(codeOf(denied)).toBe('AccessDenied');
    const opener = await userWithPolicy(t, root, 'opener', allow('organizations:CreateAccount'));
    ok(
      await t.gql(
        CREATE_ACCOUNT,
        { i: { email: 'tenant-b@example.com', password: PASSWORD } },
        { token: opener },
      ),
    );
    // Another account's root, even one allowed everything in its own account, is not the operator.
    const tenant = await rootSignIn(t, 'tenant-a@example.com');
    const fromTenant = await t.gql(
      CREATE_ACCOUNT,
      { i: { email: 'y@example.com', password: PASSWORD } },
      { token: tenant },
    );
    expect(codeOf(fromTenant)).toBe('AccessDenied');
    const anonymous = await t.gql(CREATE_ACCOUNT, { i: { email: 'z@example.com', password: PASSWORD } });
    expect(codeOf(anonymous)).toBe('Unauthenticated');
    for (const email of ['x@example.com', 'y@example.com', 'z@example.com']) {
      expect(
        codeOf(
          await t.gql(
            'mutation($e: String!) { signIn(input: { root: { email: $e, password: "Signed-up-passw0rd" } }) { token } }',
            { e: email },
          ),
        ),
      ).toBe('InvalidClientTokenId');
    }
  });

  it('gives the new account a root of its own that sees nothing of the operator account', async () => {
    const tenant = await rootSignIn(t, 'tenant-b@example.com');
    const users = ok(
      await t.gql<{ listUsers: { edges: unknown[] } }>(
        '{ listUsers { edges { node { arn } } } }',
        {},
        { token: tenant },
      ),
    );
    expect(users.listUsers.edges).toEqual([]);
    const clerk = await t.gql('{ getUser(userName: "clerk") { arn } }', {}, { token: tenant });
    expect(codeOf(clerk)).toBe('NoSuchEntity');
    ok(await t.gql('mutation { createUser(input: { userName: "clerk" }) { arn } }', {}, { token: tenant }));
    const own = ok(
      await t.gql<{ getUser: { arn: string } }>(
        '{ getUser(userName: "clerk") { arn } }',
        {},
        { token: tenant },
      ),
    );
    expect(own.getUser.arn).not.toContain(t.account.id);
  });

  it('refuses taken emails and aliases, weak passwords and malformed input, creating nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ email: 'TENANT-A@example.com', password: PASSWORD }, 'EntityAlreadyExists'],
      [{ email: 'fresh@example.com', password: PASSWORD, accountAlias: 'tenant-a' }, 'EntityAlreadyExists'],
      [{ email: 'weak@example.com', password: 'short' }, 'PasswordPolicyViolation'],
      [{ email: 'not-an-email', password: PASSWORD }, 'InvalidInput'],
      [{ email: 'alias@example.com', password: PASSWORD, accountAlias: 'Bad Alias' }, 'InvalidInput'],
    ];
    for (const [input, code] of cases) {
      const refused = await t.gql(CREATE_ACCOUNT, { i: input }, { token: root });
      expect({ input, code: codeOf(refused) }).toEqual({ input, code });
    }
    const summary = await t.store.accounts.list({ first: 100 });
    const emails = summary.edges.map((e) => e.node.rootEmail);
    for (const email of ['fresh@example.com', 'weak@example.com', 'alias@example.com'])
      expect(emails).not.toContain(email);
  });
});

describe.each(testDrivers())('open sign-up on %s', (driver) => {
  let t: TestGateway;
  let open: Pick<TestGateway, 'gateway' | 'gql'>;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    open = await t.variant({ IAMGATE_SIGN_UP: 'open', IAMGATE_SIGN_UP_MAX_PER_SOURCE: '3' });
  });
  afterAll(async () => t?.cleanup());

  it('creates an account for anyone, whose root signs in and finds its creation in its audit log', async () => {
    const made = ok(
      await open.gql<{ signUp: Created }>(SIGN_UP, {
        i: { email: 'Person@Example.com', password: PASSWORD },
      }),
    ).signUp;
    expect(made.accountId).not.toBe(t.account.id);
    const token = await rootSignIn(open, 'person@example.com');
    const events = ok(
      await open.gql<{ auditEvents: { edges: { node: { action: string; decision: string } }[] } }>(
        '{ auditEvents { edges { node { action decision } } } }',
        {},
        { token },
      ),
    ).auditEvents.edges.map((e) => e.node);
    expect(events).toContainEqual({ action: 'iamgate:SignUp', decision: 'Allow' });
    // The operator account's log holds it too: the installation's owner sees every account made.
    const operator = await t.rootToken();
    const mine = ok(
      await t.gql<{ auditEvents: { edges: { node: { action: string } }[] } }>(
        '{ auditEvents { edges { node { action } } } }',
        {},
        { token: operator },
      ),
    ).auditEvents.edges.map((e) => e.node.action);
    expect(mine).toContain('iamgate:SignUp');
  });

  it('throttles sign-ups per source address, counting refused ones too', async () => {
    // One sign-up above; a refused one (taken email) counts; the third is allowed; the fourth is throttled.
    expect(codeOf(await open.gql(SIGN_UP, { i: { email: 'person@example.com', password: PASSWORD } }))).toBe(
      'EntityAlreadyExists',
    );
    ok(await open.gql(SIGN_UP, { i: { email: 'second@example.com', password: PASSWORD } }));
    const throttled = await open.gql(SIGN_UP, { i: { email: 'third@example.com', password: PASSWORD } });
    expect([throttled.status, codeOf(throttled)]).toEqual([429, 'Throttling']);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      codeOf(
        await open.gql(
          'mutation($e: String!) { signIn(input: { root: { email: $e, password: "Signed-up-passw0rd" } }) { token } }',
          { e: 'third@example.com' },
        ),
      ),
    ).toBe('InvalidClientTokenId');
    // After the window the address may sign up again.
    t.clock.advance(3600);
    ok(await open.gql(SIGN_UP, { i: { email: 'third@example.com', password: PASSWORD } }));
  });
});

describe.each(testDrivers())('sign-up by invitation on %s', (driver) => {
  let t: TestGateway;
  let invite: Pick<TestGateway, 'gateway' | 'gql'>;
  let operator: string;
  const INVITE =
    'mutation($i: CreateAccountInvitationInput) { createAccountInvitation(input: $i) { token invitation { invitationId email expiration } } }';
  type Issued = {
    createAccountInvitation: { token: string; invitation: { invitationId: string; email: string | null } };
  };
  const issue = async (input: Record<string, unknown> = {}) =>
    ok(await invite.gql<Issued>(INVITE, { i: input }, { token: operator })).createAccountInvitation;
  const signUp = (input: Record<string, unknown>) => invite.gql<{ signUp: Created }>(SIGN_UP, { i: input });

  beforeAll(async () => {
    t = await startTestGateway(driver);
    invite = await t.variant({ IAMGATE_SIGN_UP: 'invite', IAMGATE_SIGN_UP_MAX_PER_SOURCE: '100' });
    operator = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('makes one account per invitation, for its email, before it expires', async () => {
    const noInvitation = await signUp({ email: 'guest@example.com', password: PASSWORD });
    expect(codeOf(noInvitation)).toBe('AccessDenied');
    const bound = await issue({ email: 'Guest@Example.com' });
    expect(bound.token).toMatch(/^inv_[A-Za-z0-9]{40}$/);
    const cases: [Record<string, unknown>, string][] = [
      [
        { email: 'guest@example.com', password: PASSWORD, invitation: `${bound.token}x` },
        'InvalidClientTokenId',
      ],
      [{ email: 'other@example.com', password: PASSWORD, invitation: bound.token }, 'InvalidClientTokenId'],
      // A refused account does not use the invitation up.
      [{ email: 'guest@example.com', password: 'weak', invitation: bound.token }, 'PasswordPolicyViolation'],
    ];
    for (const [input, code] of cases)
      expect({ input, code: codeOf(await signUp(input)) }).toEqual({ input, code });
    const made = ok(
      await signUp({ email: 'guest@example.com', password: PASSWORD, invitation: bound.token }),
    ).signUp;
    expect(made.accountId).toMatch(/^\d{12}$/);
    // Used once: a second account from it is refused.
    expect(
      codeOf(await signUp({ email: 'guest2@example.com', password: PASSWORD, invitation: bound.token })),
    ).toBe('InvalidClientTokenId');
    const late = await issue({ expiresInHours: 1 });
    t.clock.advance(3601);
    expect(
      codeOf(await signUp({ email: 'late@example.com', password: PASSWORD, invitation: late.token })),
    ).toBe('InvalidClientTokenId');
    // The operator's own session expired with the hour.
    operator = await t.rootToken();
  });

  it('lets only one of two simultaneous sign-ups take an invitation', async () => {
    const { token } = await issue();
    const results = await Promise.all(
      ['race-a@example.com', 'race-b@example.com'].map((email) =>
        signUp({ email, password: PASSWORD, invitation: token }),
      ),
    );
    expect(results.map(codeOf).sort()).toEqual(['InvalidClientTokenId', undefined].sort());
  });

  it("is the operator account's to make, list and withdraw; the token is kept only as a hash", async () => {
    const tenantRoot = await (async () => {
      const made = ok(
        await signUp({ email: 'lister@example.com', password: PASSWORD, invitation: (await issue()).token }),
      ).signUp;
      return ok(
        await invite.gql<{ signIn: { token: string } }>(
          'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
          { e: made.rootEmail, p: PASSWORD },
        ),
      ).signIn.token;
    })();
    expect(codeOf(await invite.gql(INVITE, {}, { token: tenantRoot }))).toBe('AccessDenied');
    expect(
      codeOf(
        await invite.gql(
          '{ listAccountInvitations { edges { node { invitationId } } } }',
          {},
          { token: tenantRoot },
        ),
      ),
    ).toBe('AccessDenied');
    const clerk = await userWithPolicy(t, operator, 'inviter', allow('iam:GetUser'));
    expect(codeOf(await invite.gql(INVITE, {}, { token: clerk }))).toBe('AccessDenied');
    const fresh = await issue({ email: 'withdrawn@example.com' });
    type Listed = {
      listAccountInvitations: { edges: { node: { invitationId: string; usedByAccountId: string | null } }[] };
    };
    const listed = ok(
      await invite.gql<Listed>(
        '{ listAccountInvitations(first: 100) { edges { node { invitationId usedByAccountId } } } }',
        {},
        { token: operator },
      ),
    ).listAccountInvitations.edges.map((e) => e.node);
    expect(listed.map((i) => i.invitationId)).toContain(fresh.invitation.invitationId);
    expect(JSON.stringify(listed)).not.toContain('inv_');
    const stored = await t.store.accountInvitations.list(t.account.id, { first: 100 });
    expect(JSON.stringify(stored)).not.toContain(fresh.token);
    const withdraw = 'mutation($i: String!) { deleteAccountInvitation(invitationId: $i) }';
    ok(await invite.gql(withdraw, { i: fresh.invitation.invitationId }, { token: operator }));
    expect(
      codeOf(await signUp({ email: 'withdrawn@example.com', password: PASSWORD, invitation: fresh.token })),
    ).toBe('InvalidClientTokenId');
    const used = listed.find((i) => i.usedByAccountId !== null);
    expect(codeOf(await invite.gql(withdraw, { i: used?.invitationId }, { token: operator }))).toBe(
      'NoSuchEntity',
    );
  });
});
