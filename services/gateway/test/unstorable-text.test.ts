import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

interface EventNode {
  action: string;
  resource: string | null;
  errorCode: string | null;
  details: string | null;
}

const EVENTS =
  'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 5) { edges { node { action resource errorCode details } } } }';

// NUL (U+0000) and lone surrogates: Postgres refuses the first in text and jsonb, and the escapes of both in jsonb.
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

describe.each(testDrivers())('text Postgres cannot store, on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let nobody: string;
  let nobodyArn: string;
  const events = async (filter: object) =>
    ok(
      await t.gql<{ auditEvents: { edges: { node: EventNode }[] } }>(EVENTS, { f: filter }, { token: root }),
    ).auditEvents.edges.map((e) => e.node);
  const expectNoServerFault = (response: GqlResponse<unknown>) => expect(response.status).toBeLessThan(500);

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    nobody = await userWithPolicy(t, root, 'nobody', null);
    nobodyArn = `arn:iamgate:iam::${t.account.id}:user/nobody`;
  });
  afterAll(async () => t?.cleanup());

  it('a denied call carrying NUL or a lone surrogate is AccessDenied, audited with the text escaped', async () => {
    for (const name of [NUL, LONE]) {
      const create = await t.gql(
        'mutation($u: String!, $v: String!) { createUser(input: { userName: $u, tags: [{ key: "k", value: $v }] }) { arn } }',
        { u: name, v: name },
        { token: nobody },
      );
      expect(create.status).toBe(403);
      expect(codeOf(create)).toBe('AccessDenied');
      // The target is looked up in the database by that name before the decision.
      const get = await t.gql(
        'query($u: String!) { getUser(userName: $u) { arn } }',
        { u: name },
        { token: nobody },
      );
      expect(codeOf(get)).toBe('AccessDenied');
    }
    const denied = await events({ principalArn: nobodyArn, action: 'iam:CreateUser', decision: 'Deny' });
    expect(denied.map((e) => e.errorCode)).toEqual(['AccessDenied', 'AccessDenied']);
    expect(denied.map((e) => e.resource)).toEqual([
      `arn:iamgate:iam::${t.account.id}:user/a\\ud800b`,
      `arn:iamgate:iam::${t.account.id}:user/a\\u0000b`,
    ]);
    expect(JSON.parse(denied[1]?.details ?? '{}').arguments.input.tags[0].value).toBe('a\\u0000b');
  });

  it('an allowed call carrying NUL or a lone surrogate is ValidationError, and the failed mutation is audited', async () => {
    for (const name of [NUL, LONE]) {
      const create = await t.gql(
        'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }',
        { u: name },
        { token: root },
      );
      expect(create.status).toBe(400);
      expect(codeOf(create)).toBe('ValidationError');
      const get = await t.gql(
        'query($u: String!) { getUser(userName: $u) { arn } }',
        { u: name },
        { token: root },
      );
      expect(codeOf(get)).toBe('ValidationError');
    }
    const failed = await events({ action: 'iam:CreateUser', decision: 'Deny' });
    expect(failed.slice(0, 2).map((e) => e.errorCode)).toEqual(['ValidationError', 'ValidationError']);
  });

  it('refuses such text in every string argument, public fields included, and nothing answers 500', async () => {
    const calls: [string, Record<string, unknown>, string | undefined][] = [
      ['query($r: String!) { authorize(action: "orders:Get", resource: $r) { allowed } }', { r: NUL }, root],
      [
        'query($v: String!) { authorize(action: "a:b", resource: "*", context: [{ key: "k", values: [$v] }]) { allowed } }',
        { v: LONE },
        root,
      ],
      [
        'mutation($p: String!) { signIn(input: { root: { email: "root@example.com", password: $p } }) { token } }',
        { p: NUL },
        undefined,
      ],
      [
        'mutation($d: String!) { createPolicy(input: { policyName: "p", policyDocument: $d }) { arn } }',
        { d: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${NUL}","Resource":"*"}]}` },
        root,
      ],
    ];
    for (const [query, variables, token] of calls) {
      const response = await t.gql(query, variables, token === undefined ? {} : { token });
      expectNoServerFault(response);
      expect(codeOf(response)).toBe('ValidationError');
    }
  });

  it('the audit writer stores any text, escaped, and never fails on it', async () => {
    await t.store.audit.record({
      action: 'test:Probe',
      decision: 'Deny',
      accountId: t.account.id,
      resource: NUL,
      userAgent: LONE,
      errorCode: 'AccessDenied',
      details: { [`key${NUL}`]: [LONE, { nested: NUL }] },
    });
    const [event] = await events({ action: 'test:Probe' });
    expect(event?.resource).toBe('a\\u0000b');
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      'keya\\u0000b': ['a\\ud800b', { nested: 'a\\u0000b' }],
    });
  });
});
