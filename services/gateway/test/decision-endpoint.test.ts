import { testDrivers } from '@iamgate/store/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';
import { startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

/** A decision response of `POST /authorize`, or its errors. */
interface DecisionReply {
  status: number;
  body: {
    principalArn?: string;
    revision?: number;
    results?: Record<string, unknown>[];
    errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
  };
}

async function decide(
  t: { gateway: { fetch: (r: Request) => Promise<Response> } },
  body: unknown,
  options: { token?: string; contentType?: string; method?: string; raw?: string } = {},
): Promise<DecisionReply> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const method = options.method ?? 'POST';
  const response = await t.gateway.fetch(
    new Request('http://localhost/authorize', {
      method,
      headers,
      ...(method === 'GET' ? {} : { body: options.raw ?? JSON.stringify(body) }),
    }),
  );
  return { status: response.status, body: (await response.json()) as DecisionReply['body'] };
}

function code(reply: DecisionReply): string | undefined {
  return reply.body.errors?.[0]?.extensions.code;
}

const BATCH_FULL = `query($q: [AuthorizeRequestInput!]!, $p: String) {
  authorizeBatch(requests: $q, principalArn: $p) {
    allowed decision failedLayer missingContextValues explanation
    matchedStatements { layer policyId sid index effect }
    errors { code policyId message }
  }
}`;

/** The reader's policy: reads of its own orders in its region, and never a delete. */
const READER = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadOrders',
      Effect: 'Allow',
      Action: ['orders:Get*', 'orders:List*'],
      Resource: 'arn:app:orders:::order/*',
      Condition: { StringEquals: { 'orders:Region': 'eu' } },
    },
    { Sid: 'NoDeletes', Effect: 'Deny', Action: 'orders:Delete*', Resource: '*' },
    { Effect: 'Allow', Action: 'orders:Delete*', Resource: '*' },
  ],
});

/**
 * `POST /authorize` answers `authorizeBatch` as plain JSON (issue 11: a lean decision endpoint beside GraphQL,
 * authorized and audited the same way). Each test sends the question through the real fetch handler.
 */
describe.each(testDrivers())('the decision endpoint on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let reader: string;
  let nobody: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    reader = await userWithPolicy(t, root, 'reader', READER);
    nobody = await userWithPolicy(t, root, 'nobody', null);
  });
  afterAll(async () => t?.cleanup());

  it('decides every request exactly as authorizeBatch does, full detail included', async () => {
    const request = fc.record(
      {
        action: fc.constantFrom('orders:GetOrder', 'orders:ListOrders', 'orders:DeleteOrder', 'orders:Ship'),
        resource: fc.constantFrom('arn:app:orders:::order/1', 'arn:app:orders:::invoice/1', '*'),
        context: fc.array(
          fc.record({
            key: fc.constantFrom('orders:Region', 'orders:Other'),
            values: fc.array(fc.constantFrom('eu', 'us'), { maxLength: 2 }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['action', 'resource'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(request, { maxLength: 12 }), async (requests) => {
        const graphql = ok(
          await t.gql<{ authorizeBatch: Record<string, unknown>[] }>(
            BATCH_FULL,
            { q: requests },
            { token: reader },
          ),
        ).authorizeBatch;
        const lean = await decide(t, { requests }, { token: reader });
        const full = await decide(t, { requests, detail: 'full' }, { token: reader });
        expect(lean.status).toBe(200);
        expect(lean.body.results).toEqual(graphql.map((r) => ({ allowed: r.allowed, decision: r.decision })));
        expect(full.body.results).toEqual(graphql);
        expect(full.body.principalArn).toBe(`arn:iamgate:iam::${t.account.id}:user/reader`);
      }),
      { numRuns: 25 },
    );
  });

  it('answers only the decision unless `detail: "full"` is asked', async () => {
    const requests = [{ action: 'orders:DeleteOrder', resource: 'arn:app:orders:::order/1' }];
    const lean = await decide(t, { requests }, { token: reader });
    expect(lean.body.results).toEqual([{ allowed: false, decision: 'explicitDeny' }]);
    const full = await decide(t, { requests, detail: 'full' }, { token: reader });
    expect(full.body.results?.[0]?.matchedStatements).toContainEqual(
      expect.objectContaining({ sid: 'NoDeletes', effect: 'Deny' }),
    );
    expect(typeof full.body.results?.[0]?.explanation).toBe('string');
  });

  it('sees a policy change in the very next call, with the new revision', async () => {
    const requests = [{ action: 'orders:Ship', resource: '*' }];
    const before = await decide(t, { requests }, { token: nobody });
    expect(before.body.results).toEqual([{ allowed: false, decision: 'implicitDeny' }]);
    ok(
      await t.gql(
        'mutation($d: String!) { putUserPolicy(userName: "nobody", policyName: "ship", policyDocument: $d) { policyName } }',
        { d: allow('orders:Ship') },
        { token: root },
      ),
    );
    const after = await decide(t, { requests }, { token: nobody });
    expect(after.body.results).toEqual([{ allowed: true, decision: 'allowed' }]);
    expect(after.body.revision).toBeGreaterThan(before.body.revision ?? Number.POSITIVE_INFINITY);
    ok(
      await t.gql(
        'mutation { deleteUserPolicy(userName: "nobody", policyName: "ship") }',
        {},
        { token: root },
      ),
    );
  });

  it('refuses a caller without credentials or with bad ones, with the codes of the GraphQL API', async () => {
    const requests = [{ action: 'orders:Ship', resource: '*' }];
    const anonymous = await decide(t, { requests });
    expect([anonymous.status, code(anonymous)]).toEqual([401, 'Unauthenticated']);
    const forged = await decide(t, { requests }, { token: `${reader.slice(0, -4)}AAAA` });
    expect([forged.status, code(forged)]).toEqual([401, 'InvalidClientTokenId']);
  });

  it('refuses a revoked session with ExpiredToken', async () => {
    const doomed = await userWithPolicy(t, root, 'doomed', allow('orders:Ship'));
    const requests = [{ action: 'orders:Ship', resource: '*' }];
    expect((await decide(t, { requests }, { token: doomed })).body.results).toEqual([
      { allowed: true, decision: 'allowed' },
    ]);
    const sessionId = (
      JSON.parse(Buffer.from(doomed.split('.')[1] ?? '', 'base64url').toString()) as { sid: string }
    ).sid;
    ok(
      await t.gql(
        'mutation($s: String!) { revokeSession(sessionId: $s) }',
        { s: sessionId },
        { token: root },
      ),
    );
    expect(code(await decide(t, { requests }, { token: doomed }))).toBe('ExpiredToken');
  });

  it('refuses bad input with a typed error and decides nothing', async () => {
    const one = { action: 'orders:Ship', resource: '*' };
    const cases: [unknown, string, Record<string, string>?][] = [
      [undefined, 'ValidationError', { raw: '{"requests": [' }],
      [[one], 'ValidationError'],
      [{ requests: [one], extra: 1 }, 'ValidationError'],
      [{ requests: [one], detail: 'everything' }, 'ValidationError'],
      [{ requests: [{ action: 'orders:Ship' }] }, 'ValidationError'],
      [{ requests: [{ ...one, bogus: 'x' }] }, 'ValidationError'],
      [{ requests: [{ ...one, action: 7 }] }, 'ValidationError'],
      [{ requests: [{ ...one, action: `orders:${'A'.repeat(128)}` }] }, 'ValidationError'],
      [{ requests: [{ ...one, action: 'orders:Ship\u0000' }] }, 'ValidationError'],
      [{ requests: [{ ...one, context: [{ key: 'k', values: ['v'], type: 'weird' }] }] }, 'ValidationError'],
      [
        { requests: [{ ...one, context: [{ key: 'aws:PrincipalTag/team', values: ['admins'] }] }] },
        'InvalidInput',
      ],
      [{ requests: [{ ...one, resourcePolicy: '{"Version": "2012-10-17"' }] }, 'MalformedPolicyDocument'],
      [{ requests: Array.from({ length: 101 }, () => one) }, 'InvalidInput'],
      [
        {
          requests: Array.from({ length: 5 }, () => ({ ...one, resource: `arn:app:::${'r'.repeat(1900)}` })),
        },
        'ValidationError',
      ],
    ];
    for (const [body, expected, raw] of cases) {
      const reply = await decide(t, body, { token: reader, ...(raw ?? {}) });
      expect({ body, code: code(reply) }).toEqual({ body, code: expected });
      expect(reply.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuses a body that is not JSON, too large, or not POSTed', async () => {
    const form = await decide(t, undefined, {
      token: reader,
      contentType: 'text/plain',
      raw: '{"requests":[]}',
    });
    expect([form.status, code(form)]).toEqual([415, 'UnsupportedMediaType']);
    const huge = await decide(t, { requests: [], pad: 'x'.repeat(1_100_000) }, { token: reader });
    expect(code(huge)).toBe('ValidationError');
    const broken = await t.gateway.fetch(
      new Request('http://localhost/authorize', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reader}` },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"requests": ['));
            controller.error(new Error('the client went away'));
          },
        }),
        duplex: 'half',
      } as RequestInit),
    );
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as DecisionReply['body']).errors?.[0]?.extensions.code).toBe(
      'ValidationError',
    );
    const get = await t.gateway.fetch(new Request('http://localhost/authorize'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('names no input field or enum value in its errors when introspection is off', async () => {
    const closed = await t.variant({ IAMGATE_INTROSPECTION: 'false' });
    const mistakes: [object, string][] = [
      [{ requests: [{ action: 'orders:Ship', resource: '*', contxt: [] }] }, 'context'],
      [
        {
          requests: [
            { action: 'orders:Ship', resource: '*', context: [{ key: 'k', values: [], type: 'strin' }] },
          ],
        },
        'string',
      ],
    ];
    for (const [body, hidden] of mistakes) {
      const reply = await decide(closed, body, { token: reader });
      expect(code(reply)).toBe('ValidationError');
      expect(JSON.stringify(reply.body)).not.toContain(`"${hidden}`);
    }
    // With introspection on, the schema is public anyway and suggestions help.
    const open = await decide(t, mistakes[0]?.[0], { token: reader });
    expect(JSON.stringify(open.body)).toContain('context');
  });

  it('answers with a request id, as every response of the gateway', async () => {
    const response = await t.gateway.fetch(
      new Request('http://localhost/authorize', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reader}` },
        body: JSON.stringify({ requests: [] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/./);
    expect(await response.json()).toEqual({
      principalArn: `arn:iamgate:iam::${t.account.id}:user/reader`,
      revision: expect.any(Number),
      results: [],
    });
  });

  it('asks about another principal only with iam:SimulatePrincipalPolicy on it, and audits a refusal', async () => {
    const readerArn = `arn:iamgate:iam::${t.account.id}:user/reader`;
    const requests = [
      {
        action: 'orders:GetOrder',
        resource: 'arn:app:orders:::order/1',
        context: [{ key: 'orders:Region', values: ['eu'] }],
      },
    ];
    const refused = await decide(t, { requests, principalArn: readerArn }, { token: nobody });
    expect([refused.status, code(refused)]).toEqual([403, 'AccessDenied']);
    const audit = ok(
      await t.gql<{ auditEvents: { edges: { node: { principalArn: string; resource: string } }[] } }>(
        '{ auditEvents(first: 5, filter: { action: "iam:SimulatePrincipalPolicy", decision: Deny }) { edges { node { principalArn resource } } } }',
        {},
        { token: root },
      ),
    ).auditEvents.edges.map((e) => e.node);
    expect(audit).toContainEqual({
      principalArn: `arn:iamgate:iam::${t.account.id}:user/nobody`,
      resource: readerArn,
    });
    const simulator = await userWithPolicy(
      t,
      root,
      'simulator',
      allow('iam:SimulatePrincipalPolicy', readerArn),
    );
    const allowed = await decide(t, { requests, principalArn: readerArn }, { token: simulator });
    expect(allowed.body).toMatchObject({ principalArn: readerArn, results: [{ allowed: true }] });
  });

  it('holds a narrowed session to its session policy, and it cannot ask about others', async () => {
    const roleArn = await createRole(
      t,
      root,
      'Wide',
      trust({ AWS: t.account.id }),
      allow(['orders:*', 'iam:*']),
    );
    const caller = await userWithPolicy(t, root, 'assumer', allow('sts:AssumeRole', roleArn));
    const narrowed = await assumedToken(t, caller, {
      roleArn,
      roleSessionName: 'narrowed',
      policy: allow('orders:GetOrder'),
    });
    const asked = await decide(
      t,
      {
        requests: [
          { action: 'orders:GetOrder', resource: '*' },
          { action: 'orders:Ship', resource: '*' },
        ],
      },
      { token: narrowed },
    );
    expect(asked.body.results?.map((r) => r.allowed)).toEqual([true, false]);
    const other = await decide(
      t,
      { requests: [{ action: 'orders:Ship', resource: '*' }], principalArn: roleArn },
      { token: narrowed },
    );
    expect(code(other)).toBe('AccessDenied');
  });
});

describe.each(testDrivers())('the decision endpoint across accounts on %s', (driver) => {
  let f: TwoAccounts;

  beforeAll(async () => {
    f = await startTwoAccounts(driver);
  });
  afterAll(async () => f?.cleanup());

  it("refuses to decide for B's principals as A's administrator, as authorizeBatch refuses, and leaks nothing", async () => {
    const requests = [{ action: 'iam:ListUsers', resource: '*' }];
    for (const principalArn of [f.b.userArnGuessed, f.b.roleArn, `arn:iamgate:iam::${f.b.id}:root`]) {
      const lean = await decide(f.t, { requests, principalArn }, { token: f.a.admin });
      const graphql = await f.t.gql(BATCH_FULL, { q: requests, p: principalArn }, { token: f.a.admin });
      expect(lean.status).toBeGreaterThanOrEqual(400);
      expect(code(lean)).toBe(codeOf(graphql));
      expect(JSON.stringify(lean.body)).not.toContain('b-secret');
    }
  });
});

describe.each(testDrivers())('statements of the decision endpoint on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    // Background refreshes stretched to an hour: only the calls' own statements are counted.
    t = await startTestGateway(
      driver,
      {},
      { intervals: { keyRefreshMs: 3_600_000, revisionPollMs: 3_600_000 } },
    );
  });
  afterAll(async () => t?.cleanup());

  it('sends no statement for a warm batch of 100 (the caller, its session and policies are cached)', async () => {
    const token = await userWithPolicy(t, await t.rootToken(), 'counted', READER);
    const requests = Array.from({ length: 100 }, (_, i) => ({
      action: 'orders:GetOrder',
      resource: `arn:app:orders:::order/${i}`,
    }));
    expect((await decide(t, { requests }, { token })).status).toBe(200);
    const before = t.store.queryCount();
    for (let i = 0; i < 3; i++) expect((await decide(t, { requests }, { token })).status).toBe(200);
    expect(t.store.queryCount() - before).toBe(0);
  });
});
