import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

interface EventNode {
  action: string;
  decision: 'Allow' | 'Deny';
  principalArn: string | null;
  resource: string | null;
  requestId: string | null;
  errorCode: string | null;
  details: string | null;
  occurredAt: string;
}

const EVENTS =
  'query($f: AuditEventFilter, $first: Int) { auditEvents(filter: $f, first: $first) { edges { node { action decision principalArn resource requestId errorCode details occurredAt } } } }';

describe.each(testDrivers())('audit log on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  const events = async (filter: object, token = root) =>
    ok(
      await t.gql<{ auditEvents: { edges: { node: EventNode }[] } }>(EVENTS, { f: filter }, { token }),
    ).auditEvents.edges.map((e) => e.node);

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('records a mutation with its principal, target, request id and arguments', async () => {
    const response = await t.gql(
      'mutation { createUser(input: { userName: "frank", path: "/ops/" }) { arn } }',
      {},
      { token: root },
    );
    ok(response);
    const [event] = await events({ action: 'iam:CreateUser' });
    expect(event).toMatchObject({
      decision: 'Allow',
      principalArn: `arn:iamgate:iam::${t.account.id}:root`,
      resource: `arn:iamgate:iam::${t.account.id}:user/ops/frank`,
      requestId: response.headers.get('x-request-id'),
      errorCode: null,
    });
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      arguments: { input: { userName: 'frank', path: '/ops/' } },
    });
  });

  it('never records secrets', async () => {
    ok(
      await t.gql(
        'mutation { createLoginProfile(userName: "frank", password: "Frank-passw0rd-1") { userName } }',
        {},
        { token: root },
      ),
    );
    const [event] = await events({ action: 'iam:CreateLoginProfile' });
    expect(event?.details).not.toContain('Frank-passw0rd-1');
    expect(JSON.parse(event?.details ?? '{}').arguments.password).toBe('[redacted]');
  });

  it('records a failed mutation with its error code, and the failure changes nothing', async () => {
    const before = await t.store.revisions.get(t.account.id);
    expect(
      codeOf(
        await t.gql('mutation { createUser(input: { userName: "FRANK" }) { arn } }', {}, { token: root }),
      ),
    ).toBe('EntityAlreadyExists');
    const [event] = await events({ action: 'iam:CreateUser', decision: 'Deny' });
    expect(event).toMatchObject({
      errorCode: 'EntityAlreadyExists',
      resource: `arn:iamgate:iam::${t.account.id}:user/FRANK`,
    });
    expect(await t.store.revisions.get(t.account.id)).toBe(before);
  });

  it('records denials with the reason', async () => {
    const token = await userWithPolicy(t, root, 'gina', null);
    expect(codeOf(await t.gql('mutation { deleteUser(userName: "frank") }', {}, { token }))).toBe(
      'AccessDenied',
    );
    const [event] = await events({ action: 'iam:DeleteUser', decision: 'Deny' });
    expect(event?.principalArn).toBe(`arn:iamgate:iam::${t.account.id}:user/gina`);
    expect(JSON.parse(event?.details ?? '{}').reason).toContain(
      'no identity-based policy allows the `iam:DeleteUser` action',
    );
  });

  it('gates auditEvents by iam:ListAuditEvents and filters by principal and time range', async () => {
    const auditor = await userWithPolicy(t, root, 'auditor', allow('iam:ListAuditEvents'));
    const gina = await t.userToken('gina', 'User-passw0rd-for-tests');
    expect(codeOf(await t.gql(EVENTS, {}, { token: gina }))).toBe('AccessDenied');
    const mine = await events({ principalArn: `arn:iamgate:iam::${t.account.id}:user/gina` }, auditor);
    // Newest first: this sign-in, the refused deletion, the first sign-in.
    expect(mine.map((e) => e.action)).toEqual([
      'iam:ListAuditEvents',
      'iamgate:SignIn',
      'iam:DeleteUser',
      'iamgate:SignIn',
    ]);
    const from = t.clock.now().toISOString();
    t.clock.advance(60);
    ok(await t.gql('mutation { createGroup(groupName: "later") { arn } }', {}, { token: root }));
    const recent = await events({ from: new Date(Date.parse(from) + 1000).toISOString() }, auditor);
    expect(recent.map((e) => e.action)).toEqual(['iam:CreateGroup']);
    const older = await events({ to: from, action: 'iam:CreateGroup' }, auditor);
    expect(older).toEqual([]);
  });
});
