import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

// Request limits act before any resolver runs, so they do not depend on the database: PGlite only.
describe('request hardening', () => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway('pglite', {
      IAMGATE_MAX_DEPTH: '4',
      IAMGATE_MAX_ALIASES: '3',
      IAMGATE_MAX_TOKENS: '200',
      IAMGATE_MAX_COST: '500',
      IAMGATE_MAX_BATCH: '2',
      IAMGATE_MAX_BODY_BYTES: '4096',
      IAMGATE_CORS_ORIGINS: 'https://console.example.com',
    });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('refuses operations deeper than the limit', async () => {
    // GraphQL over HTTP: validation errors are 400 for `application/graphql-response+json` (200 for legacy JSON).
    const deep = await t.gql(
      '{ getGroup(groupName: "g") { users { edges { node { tags { key } } } } } }',
      {},
      {
        token: root,
        headers: { accept: 'application/graphql-response+json' },
      },
    );
    expect(deep.status).toBe(400);
    expect(codeOf(deep)).toBe('QueryTooComplex');
    expect(deep.errors?.[0]?.message).toBe('the operation is 6 levels deep, more than the limit of 4');
  });

  it('refuses documents with too many aliases', async () => {
    const aliased = await t.gql(
      '{ a: __typename b: __typename c: __typename d: __typename }',
      {},
      { token: root },
    );
    expect(codeOf(aliased)).toBe('QueryTooComplex');
  });

  it('refuses a fragment fan-out chain at once: 20 fragments, each spreading the next twice', async () => {
    // Under 1 KB, 2^20 fields and aliases when run; measuring it must not take 2^20 steps (see bench/validation.ts).
    const roomy = await t.variant({ IAMGATE_MAX_TOKENS: '3000' });
    const chain = (n: number, leaf: string) =>
      `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Query { ${leaf} }`;
    const bomb = chain(20, 'a: __typename');
    expect(bomb.length).toBeLessThan(1024);
    const response = await roomy.gql(bomb, {}, { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('QueryTooComplex');
    // Aliases are counted as spreads expand: one alias under 3 levels of doubling is 8 aliases (the limit is 3).
    expect(codeOf(await roomy.gql(chain(3, 'a: __typename')))).toBe('QueryTooComplex');
    ok(await roomy.gql(chain(3, '__typename')));
  });

  it('refuses documents with too many fields and fragment spreads, counted as fragments expand', async () => {
    const roomy = await t.variant({ IAMGATE_MAX_TOKENS: '3000', IAMGATE_MAX_SELECTIONS: '60' });
    const graphql = { headers: { accept: 'application/graphql-response+json' } };
    // Repeated fields of one name: GraphQL's own validation compares them pairwise.
    const repeated = await roomy.gql(`{ ${'__typename '.repeat(61)}}`, {}, graphql);
    expect(repeated.status).toBe(400);
    expect(codeOf(repeated)).toBe('QueryTooComplex');
    ok(await roomy.gql(`{ ${'__typename '.repeat(60)}}`));
    // 5 fragments, each spreading the next twice: 2 + 4 + 8 + 16 + 32 spreads and 32 fields.
    const chain = Array.from(
      { length: 5 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const fanOut = `{ ...F0 } ${chain.join(' ')} fragment F5 on Query { __typename }`;
    expect(codeOf(await roomy.gql(fanOut))).toBe('QueryTooComplex');
    // Fragments no operation uses count too: validation visits them before refusing them.
    const unused = `{ __typename } fragment U on Query { ${'__typename '.repeat(60)}}`;
    expect(codeOf(await roomy.gql(unused))).toBe('QueryTooComplex');
    // The documents of a batch share the allowance: each is validated.
    const batch = await roomy.gateway.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { query: `{ ${'__typename '.repeat(40)}}` },
          { query: `{ ${'__typename '.repeat(40)} }` },
        ]),
      }),
    );
    const answers = (await batch.json()) as { errors?: { extensions: { code: string } }[] }[];
    expect(answers.map((a) => a.errors?.[0]?.extensions.code)).toEqual([undefined, 'QueryTooComplex']);
  });

  it('refuses documents with too many tokens before parsing them', async () => {
    const long = `{ ${'__typename '.repeat(250)}}`;
    const response = await t.gql(long, {}, { token: root });
    expect(codeOf(response)).toBe('QueryTooComplex');
    expect(response.errors?.[0]?.message).toBe('the document has more than 200 tokens');
  });

  it('refuses operations whose estimated cost is above the limit, counting page sizes from variables', async () => {
    const query = 'query($n: Int) { listUsers(first: $n) { edges { node { userName arn } } } }';
    ok(await t.gql(query, { n: 100 }, { token: root }));
    const costly = await t.gql(query, { n: 1000 }, { token: root });
    expect(codeOf(costly)).toBe('QueryTooComplex');
    expect(costly.errors?.[0]?.message).toMatch(/^the operation costs \d+, more than the limit of 500$/);
  });

  it('limits batches and the request body size', async () => {
    const batch = (n: number) =>
      t.gateway.fetch(
        new Request('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ __typename }' }))),
        }),
      );
    expect((await batch(2)).status).toBe(200);
    expect((await batch(3)).status).toBe(413);
    const big = await t.gateway.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5000) } }),
      }),
    );
    expect(big.status).toBe(413);
  });

  it('runs no operation from a POST body that is not JSON: forms and text need no CORS preflight', async () => {
    const signIn = `mutation { signIn(input: { root: { email: "root@example.com", password: "guess" } }) { token } }`;
    const post = (body: BodyInit, contentType?: string) =>
      t.gateway.fetch(
        new Request('http://localhost/graphql', {
          method: 'POST',
          headers: contentType === undefined ? {} : { 'content-type': contentType },
          body,
        }),
      );
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: signIn }));
    form.set('map', '{}');
    const json = JSON.stringify({ query: signIn });
    for (const response of [
      await post(`query=${encodeURIComponent(signIn)}`, 'application/x-www-form-urlencoded'),
      await post(form),
      await post(json, 'text/plain'),
      await post(signIn, 'application/graphql'),
      await post(json),
    ]) {
      expect(response.status).toBe(415);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UnsupportedMediaType');
    }
    const typename = JSON.stringify({ query: '{ __typename }' });
    expect((await post(typename, 'application/json; charset=utf-8')).status).toBe(200);
    expect((await post(typename, 'application/graphql+json')).status).toBe(200);
  });

  it('refuses mutations over GET', async () => {
    const response = await t.gateway.fetch(
      new Request(
        `http://localhost/graphql?query=${encodeURIComponent('mutation { deleteAccountPasswordPolicy }')}`,
        {
          headers: { accept: 'application/json' },
        },
      ),
    );
    expect(response.status).toBe(405);
    // signIn is what a hostile page would drive: a GET (an image, a link) cannot run it either.
    const signIn =
      'mutation { signIn(input: { root: { email: "root@example.com", password: "guess" } }) { token } }';
    const viaGet = await t.gateway.fetch(
      new Request(`http://localhost/graphql?query=${encodeURIComponent(signIn)}`, {
        headers: { accept: 'application/json' },
      }),
    );
    expect(viaGet.status).toBe(405);
    const query = await t.gateway.fetch(
      new Request(`http://localhost/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json' },
      }),
    );
    expect(query.status).toBe(200);
  });

  it('returns the request id, keeping a well-formed one from the caller and replacing anything else', async () => {
    const kept = await t.gql('{ __typename }', {}, { headers: { 'x-request-id': 'trace-123.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123.abc');
    for (const bad of ['has spaces "quoted"', 'x'.repeat(129)]) {
      const replaced = await t.gql('{ __typename }', {}, { headers: { 'x-request-id': bad } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers CORS preflights for configured origins only', async () => {
    const preflight = (origin: string) =>
      t.gateway.fetch(
        new Request('http://localhost/graphql', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        }),
      );
    const allowed = await preflight('https://console.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.com');
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
  });

  it('serves health, readiness and the JWKS, and GraphiQL to browsers', async () => {
    expect((await t.gateway.fetch(new Request('http://localhost/healthz'))).status).toBe(200);
    const ready = await t.gateway.fetch(new Request('http://localhost/readyz'));
    expect(await ready.json()).toEqual({ status: 'ready' });
    const page = await t.gateway.fetch(
      new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }),
    );
    expect(page.headers.get('content-type')).toContain('text/html');
    const post = await t.gateway.fetch(new Request('http://localhost/readyz', { method: 'POST' }));
    expect(post.status).toBe(405);
  });

  it('names no field, argument, input field or enum value in errors when introspection is off', async () => {
    const closed = await t.variant({ IAMGATE_INTROSPECTION: 'false' });
    const graphql = { headers: { accept: 'application/graphql-response+json' } };
    // Each mistake next to the real name a suggestion would reveal.
    const mistakes: [string, string][] = [
      ['{ getUsr(userName: "x") { arn } }', 'getUser'],
      ['{ getUser(usrName: "x") { arn } }', 'userName'],
      ['{ getUser(userName: "x") { ar } }', 'arn'],
      ['mutation { createUser(input: { usrName: "x" }) { arn } }', 'userName'],
      [
        '{ authorize(action: "a", resource: "*", context: [{ key: "k", values: [], type: strin }]) { allowed } }',
        'string',
      ],
    ];
    for (const [query, hidden] of mistakes) {
      const response = await closed.gql(query, {}, graphql);
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response.errors)).not.toContain(`"${hidden}`);
    }
    // With introspection on, the schema is public anyway and suggestions help.
    const open = await t.gql('{ getUsr(userName: "x") { arn } }');
    expect(JSON.stringify(open.errors)).toContain('getUser');
  });

  it('turns introspection and GraphiQL off when configured', async () => {
    const closed = await t.variant({ IAMGATE_INTROSPECTION: 'false' });
    const response = await closed.gql(
      '{ __schema { queryType { name } } }',
      {},
      {
        headers: { accept: 'application/graphql-response+json' },
      },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toContain('introspection');
    const page = await closed.gateway.fetch(
      new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }),
    );
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    ok(await closed.gql('{ __typename }'));
  });
});
