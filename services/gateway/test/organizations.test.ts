/**
 * Organizations and guardrails end to end (issue 12), as AWS Organizations and service control policies work
 * (`organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html`): a management account invites
 * accounts, which accept; guardrails attached at the root, a unit and an account each cap the account's principals,
 * its root included; every level must allow, an explicit deny anywhere wins, they never grant, and they do not apply
 * to the management account. Changes reach another instance at once. Non-members see nothing of the organization.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumeRole, createRole, trust, userIn } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const HOUR_MS = 3_600_000;
const PASSWORD = 'Org-member-passw0rd';

type Org = { id: string; rootId: string; managementAccountId: string };

describe.each(testDrivers())('organizations and guardrails on %s', (driver) => {
  let t: TestGateway;
  let other: Pick<TestGateway, 'gateway' | 'gql'>;
  let management: string;
  let managementAdmin: string;
  const a = { id: '', root: '', admin: '' };
  const b = { id: '', root: '', admin: '' };
  let org: Org;
  let unitId = '';
  let fullAccessId = '';

  async function newTenant(email: string, into: typeof a): Promise<void> {
    into.id = ok(
      await t.gql<{ createAccount: { accountId: string } }>(
        'mutation($i: NewAccountInput!) { createAccount(input: $i) { accountId } }',
        { i: { email, password: PASSWORD } },
        { token: management },
      ),
    ).createAccount.accountId;
    into.root = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: email, p: PASSWORD },
      ),
    ).signIn.token;
    into.admin = await userIn(t, into.root, into.id, 'admin', allow('*'));
  }

  const createUser = (token: string, name: string, gateway: Pick<TestGateway, 'gql'> = t) =>
    gateway.gql(
      'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
      { u: name },
      { token },
    );
  const guardrail = async (name: string, statement: object) =>
    ok(
      await t.gql<{ createGuardrailPolicy: { id: string } }>(
        'mutation($n: String!, $c: String!) { createGuardrailPolicy(name: $n, content: $c) { id } }',
        { n: name, c: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) },
        { token: management },
      ),
    ).createGuardrailPolicy.id;
  const setAttached = (verb: 'attach' | 'detach', policyId: string, targetId: string, token = management) =>
    t.gql(
      `mutation($p: String!, $t: String!) { ${verb}GuardrailPolicy(policyId: $p, targetId: $t) }`,
      { p: policyId, t: targetId },
      { token },
    );

  beforeAll(async () => {
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } });
    other = await t.variant({});
    management = await t.rootToken();
    managementAdmin = await userWithPolicy(t, management, 'org-admin', allow('*'));
    await newTenant('member-a@example.com', a);
    await newTenant('outsider-b@example.com', b);
  });
  afterAll(async () => t?.cleanup());

  it('creates an organization and lets an invited account join, and no other', async () => {
    org = ok(
      await t.gql<{ createOrganization: Org }>(
        'mutation { createOrganization { id rootId managementAccountId } }',
        {},
        { token: management },
      ),
    ).createOrganization;
    expect(org.id).toMatch(/^o-[a-z0-9]{10}$/);
    expect(org.rootId).toMatch(/^r-[a-z0-9]{4}$/);
    expect(codeOf(await t.gql('mutation { createOrganization { id } }', {}, { token: management }))).toBe(
      'EntityAlreadyExists',
    );
    const invited = ok(
      await t.gql<{ inviteAccountToOrganization: { id: string; state: string } }>(
        'mutation($a: String!) { inviteAccountToOrganization(accountId: $a) { id state } }',
        { a: a.id },
        { token: management },
      ),
    ).inviteAccountToOrganization;
    expect(invited.state).toBe('OPEN');
    // A sees it; B cannot accept it (another account's invitation does not exist for B); a member cannot invite.
    const seen = ok(
      await t.gql<{ listHandshakesForAccount: { id: string }[] }>(
        '{ listHandshakesForAccount { id state } }',
        {},
        { token: a.root },
      ),
    ).listHandshakesForAccount;
    expect(seen.map((h) => h.id)).toEqual([invited.id]);
    const accept = (token: string) =>
      t.gql(
        'mutation($h: String!) { acceptHandshake(handshakeId: $h) { state } }',
        { h: invited.id },
        { token },
      );
    expect(codeOf(await accept(b.root))).toBe('NoSuchEntity');
    expect(ok(await accept(a.admin))).toEqual({ acceptHandshake: { state: 'ACCEPTED' } });
    expect(codeOf(await accept(a.root))).toBe('NoSuchEntity');
    const members = ok(
      await t.gql<{ listAccounts: { id: string }[] }>(
        '{ listAccounts { id parentId } }',
        {},
        { token: management },
      ),
    ).listAccounts.map((m) => m.id);
    expect(members.sort()).toEqual([t.account.id, a.id].sort());
    expect(
      ok(
        await t.gql<{ describeOrganization: Org }>('{ describeOrganization { id } }', {}, { token: a.admin }),
      ).describeOrganization.id,
    ).toBe(org.id);
    // Invited by its root email, B declines; naming both or neither is refused.
    const byEmail = ok(
      await t.gql<{ inviteAccountToOrganization: { id: string; targetAccountId: string } }>(
        'mutation { inviteAccountToOrganization(email: "OUTSIDER-B@example.com") { id targetAccountId } }',
        {},
        { token: management },
      ),
    ).inviteAccountToOrganization;
    expect(byEmail.targetAccountId).toBe(b.id);
    const declined = await t.gql<{ declineHandshake: { state: string } }>(
      'mutation($h: String!) { declineHandshake(handshakeId: $h) { state } }',
      { h: byEmail.id },
      { token: b.root },
    );
    expect(ok(declined).declineHandshake.state).toBe('DECLINED');
    for (const args of ['', '(accountId: "111111111111", email: "x@example.com")']) {
      const refused = await t.gql(
        `mutation { inviteAccountToOrganization${args} { id } }`,
        {},
        { token: management },
      );
      expect(codeOf(refused)).toBe('InvalidInput');
    }
    // B is in no organization: it sees none, and manages none.
    expect(ok(await t.gql('{ describeOrganization { id } }', {}, { token: b.root }))).toEqual({
      describeOrganization: null,
    });
    for (const query of [
      '{ listAccounts { id } }',
      '{ listGuardrailPolicies { id } }',
      '{ listOrganizationalUnits { id } }',
    ]) {
      expect(codeOf(await t.gql(query, {}, { token: b.root }))).toBe('NoSuchEntity');
      expect(codeOf(await t.gql(query, {}, { token: a.root }))).toBe('NoSuchEntity');
    }
  });

  it('caps a member with guardrails at the root, a unit and the account; never the management account', async () => {
    unitId = ok(
      await t.gql<{ createOrganizationalUnit: { id: string } }>(
        'mutation($p: String!) { createOrganizationalUnit(parentId: $p, name: "Prod") { id } }',
        { p: org.rootId },
        { token: management },
      ),
    ).createOrganizationalUnit.id;
    ok(
      await t.gql(
        'mutation($a: String!, $s: String!, $d: String!) { moveAccount(accountId: $a, sourceParentId: $s, destinationParentId: $d) }',
        { a: a.id, s: org.rootId, d: unitId },
        { token: management },
      ),
    );
    // Unit level: an explicit deny.
    const noDeletes = await guardrail('NoUserDeletes', {
      Effect: 'Deny',
      Action: 'iam:DeleteUser',
      Resource: '*',
    });
    ok(await setAttached('attach', noDeletes, unitId));
    ok(await createUser(a.admin, 'doomed'));
    for (const gateway of [t, other]) {
      for (const token of [a.admin, a.root]) {
        const refused = await gateway.gql('mutation { deleteUser(userName: "doomed") }', {}, { token });
        expect(codeOf(refused)).toBe('AccessDenied');
        expect(
          refused.errors?.[0]?.extensions?.failedLayer ?? refused.errors?.[0]?.extensions?.decision,
        ).toBeDefined();
      }
    }
    // Root level: a deny there reaches every member below; the management account is exempt.
    const noGroups = await guardrail('NoGroups', {
      Effect: 'Deny',
      Action: 'iam:CreateGroup',
      Resource: '*',
    });
    ok(await setAttached('attach', noGroups, org.rootId));
    expect(
      codeOf(await t.gql('mutation { createGroup(groupName: "g1") { arn } }', {}, { token: a.admin })),
    ).toBe('AccessDenied');
    ok(await t.gql('mutation { createGroup(groupName: "g1") { arn } }', {}, { token: managementAdmin }));
    ok(await createUser(managementAdmin, 'doomed-here'));
    ok(await t.gql('mutation { deleteUser(userName: "doomed-here") }', {}, { token: managementAdmin }));
    // Account level: an allow-list. With full access detached, only what it allows is possible, and it grants nothing.
    const iamOnly = await guardrail('IamOnly', { Effect: 'Allow', Action: 'iam:*', Resource: '*' });
    ok(await setAttached('attach', iamOnly, a.id));
    const full = ok(
      await t.gql<{ listGuardrailPolicies: { id: string; name: string }[] }>(
        '{ listGuardrailPolicies { id name targets } }',
        {},
        { token: management },
      ),
    ).listGuardrailPolicies.find((p) => p.name === 'FullIamgateAccess')?.id as string;
    ok(await setAttached('detach', full, a.id));
    ok(await t.gql('{ getUser(userName: "admin") { arn } }', {}, { token: a.admin }));
    expect(codeOf(await t.gql('{ describeOrganization { id } }', {}, { token: a.admin }))).toBe(
      'AccessDenied',
    );
    expect(codeOf(await t.gql('{ describeOrganization { id } }', {}, { token: a.root }))).toBe(
      'AccessDenied',
    );
    // The last policy of a target stays.
    const last = await setAttached('detach', iamOnly, a.id);
    expect(codeOf(last)).toBe('DeleteConflict');
    // Only the management account manages: a member cannot loosen its own guardrails (here they do not even let it
    // ask), and an account outside, allowed everything, manages no organization.
    expect(codeOf(await setAttached('attach', full, a.id, a.admin))).toBe('AccessDenied');
    expect(codeOf(await setAttached('attach', full, a.id, b.admin))).toBe('NoSuchEntity');
    fullAccessId = full;
  });

  it('puts the organization in the request context (aws:PrincipalOrgID, aws:PrincipalOrgPaths)', async () => {
    // reference_policies_condition-keys.html#condition-keys-principalorgid and #condition-keys-principalorgpaths
    const byOrg = (key: string, operator: string, value: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:GetGroup',
            Resource: '*',
            Condition: { [operator]: { [key]: value } },
          },
        ],
      });
    const ask = async (token: string) =>
      ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          '{ authorize(action: "iam:GetGroup", resource: "*") { allowed } }',
          {},
          { token },
        ),
      ).authorize.allowed;
    const path = `${org.id}/${org.rootId}/${unitId}/`;
    const memberById = await userIn(
      t,
      a.root,
      a.id,
      'by-org',
      byOrg('aws:PrincipalOrgID', 'StringEquals', org.id),
    );
    const memberByPath = await userIn(
      t,
      a.root,
      a.id,
      'by-path',
      byOrg('aws:PrincipalOrgPaths', 'ForAnyValue:StringLike', `${path}*`),
    );
    const outsider = await userIn(
      t,
      b.root,
      b.id,
      'by-org',
      byOrg('aws:PrincipalOrgID', 'StringEquals', org.id),
    );
    expect(await ask(memberById)).toBe(true);
    expect(await ask(memberByPath)).toBe(true);
    expect(await ask(outsider)).toBe(false);
    // aws:ResourceOrgID: the organization of the resource's account, known for the principal's own account.
    const byResourceOrg = await userIn(
      t,
      a.root,
      a.id,
      'by-resource-org',
      byOrg('aws:ResourceOrgID', 'StringEquals', org.id).replace(
        '"iam:GetGroup"',
        '["iam:GetGroup","iam:GetUser"]',
      ),
    );
    const askAbout = async (resource: string) =>
      ok(
        await t.gql<{ authorize: { allowed: boolean } }>(
          'query($r: String!) { authorize(action: "iam:GetGroup", resource: $r) { allowed } }',
          { r: resource },
          { token: byResourceOrg },
        ),
      ).authorize.allowed;
    expect(await askAbout(`arn:iamgate:iam::${a.id}:group/team`)).toBe(true);
    expect(await askAbout(`arn:iamgate:iam::${b.id}:group/team`)).toBe(false);
    // The gateway's own operations on the account's entities carry it too.
    ok(await t.gql('{ getUser(userName: "admin") { arn } }', {}, { token: byResourceOrg }));
    // Principal keys come from the credentials: a caller cannot claim an organization.
    const claimed = await t.gql(
      '{ authorize(action: "iam:GetGroup", resource: "*", context: [{ key: "aws:PrincipalOrgID", values: ["o-0000000000"] }]) { allowed } }',
      {},
      { token: outsider },
    );
    expect(codeOf(claimed)).toBe('InvalidInput');
  });

  it('lets a member leave when its guardrails allow it, after which they no longer apply', async () => {
    expect(codeOf(await t.gql('mutation { leaveOrganization }', {}, { token: management }))).toBe(
      'DeleteConflict',
    );
    // Cross-account, end to end: B trusts A's administrator (with an external id); A's own guardrail (`IamOnly`,
    // no `sts:*`) refuses the call, naming the layer, however B's trust policy reads.
    const roleArn = await createRole(
      t,
      b.root,
      'PartnerAccess',
      trust(
        { AWS: `arn:iamgate:iam::${a.id}:user/admin` },
        { Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } },
      ),
      allow('iam:GetUser'),
    );
    const assume = (externalId: string) =>
      assumeRole(t, a.admin, { roleArn, roleSessionName: 'partner', externalId });
    const capped = await assume('xyz');
    expect([codeOf(capped), capped.errors?.[0]?.extensions?.failedLayer]).toEqual([
      'AccessDenied',
      'guardrail',
    ]);
    // Guardrails can keep a member in (a common use): `IamOnly` does not allow leaving.
    expect(codeOf(await t.gql('mutation { leaveOrganization }', {}, { token: a.root }))).toBe('AccessDenied');
    ok(await setAttached('attach', fullAccessId, a.id));
    ok(await t.gql('mutation { leaveOrganization }', {}, { token: a.root }));
    for (const gateway of [t, other]) {
      ok(await gateway.gql('{ describeOrganization { id } }', {}, { token: a.admin }));
    }
    ok(await t.gql('mutation { deleteUser(userName: "doomed") }', {}, { token: a.admin }));
    // Out of the organization, A's administrator reaches B's role with the right external id only.
    ok(await assume('xyz'));
    expect(codeOf(await assume('wrong'))).toBe('AccessDenied');
    ok(await t.gql('mutation { createGroup(groupName: "g1") { arn } }', {}, { token: a.admin }));
  });
});

describe.each(testDrivers())('invitations to an organization on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver);
  });
  afterAll(async () => t?.cleanup());

  it('are counted per account, refused ones too, so that nobody probes for accounts faster than a person invites', async () => {
    let root = await t.rootToken();
    ok(await t.gql('mutation { createOrganization { id } }', {}, { token: root }));
    const invite = (email: string) =>
      t.gql(
        'mutation($e: String!) { inviteAccountToOrganization(email: $e) { id } }',
        { e: email },
        { token: root },
      );
    for (let i = 0; i < 20; i++) expect(codeOf(await invite(`nobody-${i}@example.com`))).toBe('NoSuchEntity');
    const throttled = await invite('nobody-20@example.com');
    expect([throttled.status, codeOf(throttled)]).toEqual([429, 'Throttling']);
    // The refusals are audited in the inviting account's log.
    const events = await t.store.audit.list({
      accountId: t.account.id,
      action: 'organizations:InviteAccountToOrganization',
    });
    expect(events.edges.length).toBeGreaterThanOrEqual(20);
    t.clock.advance(3601);
    root = await t.rootToken();
    expect(codeOf(await invite('nobody-21@example.com'))).toBe('NoSuchEntity');
  });
});
