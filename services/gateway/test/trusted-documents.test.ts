/**
 * Trusted documents (issue 17): the SDK's operations run by their ids (GraphQL over HTTP, Appendix A "Persisted
 * Documents": `documentId` is `sha256:<hex>` of the document's text), and under `IAMGATE_TRUSTED_DOCUMENTS=only`
 * nothing else runs. AWS has no GraphQL API; this is iamgate's own hardening, documented in docs/SECURITY.md.
 */
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import type { Gateway } from '../src/gateway.js';
import { countTokens } from '../src/hardening/count-tokens.js';
import { checkDocumentLimits } from '../src/hardening/operation-limits.js';
import { schema } from '../src/schema/index.js';
import {
  documentIdOf,
  parseTrustedDocuments,
  trustedDocuments,
} from '../src/trusted-documents/trusted-documents.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const MANIFEST = new URL('../../../schema/trusted-documents.json', import.meta.url);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

/** The id and text of the trusted document of an operation, by its name (`ListUsers`). */
function trusted(operationName: string): { id: string; text: string } {
  for (const [id, text] of Object.entries(manifest)) {
    if (new RegExp(`^(query|mutation|subscription) ${operationName}\\b`).test(text)) return { id, text };
  }
  throw new Error(`no trusted document for ${operationName}`);
}

interface Reply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; documentId?: string } }[];
  };
}

/** POSTs a raw GraphQL body (or a batch) to the gateway, as any HTTP client can. */
async function post(gateway: Gateway, body: unknown, token?: string): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify(body) }),
  );
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

function codeOf(reply: Reply): string | undefined {
  return reply.body.errors?.[0]?.extensions?.code;
}

const listUsers = trusted('ListUsers');
const createUser = trusted('CreateUser');

describe('the trusted documents manifest', () => {
  it('holds every operation of the SDK under the id of its text', () => {
    const documents = trustedDocuments();
    expect(documents.size).toBe(Object.keys(manifest).length);
    for (const [id, text] of Object.entries(manifest)) {
      expect(documentIdOf(text)).toBe(id);
      expect(documents.textOf(id)).toBe(text);
      expect(documents.isTrustedText(text)).toBe(true);
    }
  });

  it("is valid against the gateway's schema and within the default request limits", () => {
    const limits = loadConfig({}).limits;
    for (const text of Object.values(manifest)) {
      expect(countTokens(text, limits.maxTokens), text.slice(0, 60)).toBeLessThanOrEqual(limits.maxTokens);
      const document = parse(text);
      expect(validate(schema, document), text.slice(0, 60)).toEqual([]);
      expect(checkDocumentLimits(document, limits, 0).errors, text.slice(0, 60)).toEqual([]);
    }
  });

  it('refuses to load a manifest whose document does not have its id', () => {
    const tampered = JSON.stringify({ [listUsers.id]: `${listUsers.text} ` });
    expect(() => parseTrustedDocuments(tampered)).toThrow(/does not have that id/);
    expect(() => parseTrustedDocuments('[]')).toThrow(/not an object/);
    expect(() => parseTrustedDocuments('{')).toThrow(/not JSON/);
  });
});

describe('IAMGATE_TRUSTED_DOCUMENTS', () => {
  it('is `allow` by default, and `only` cannot be combined with GraphiQL', () => {
    expect(loadConfig({}).trustedDocuments).toBe('allow');
    const only = loadConfig({ IAMGATE_TRUSTED_DOCUMENTS: 'only' });
    expect(only.trustedDocuments).toBe('only');
    expect(only.graphiql).toBe(false);
    expect(() => loadConfig({ IAMGATE_TRUSTED_DOCUMENTS: 'only', IAMGATE_GRAPHIQL: 'true' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ IAMGATE_TRUSTED_DOCUMENTS: 'some' })).toThrow(ConfigError);
  });
});

describe('trusted documents by id (the default, `allow`)', () => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway('pglite');
    root = await t.rootToken();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('runs a document named by `documentId` as its text would run', async () => {
    const created = await post(
      t.gateway,
      { documentId: createUser.id, variables: { input: { userName: 'by-id' } } },
      root,
    );
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const byId = await post(t.gateway, { documentId: listUsers.id, operationName: 'ListUsers' }, root);
    const byText = await post(t.gateway, { query: listUsers.text }, root);
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data).toEqual(byText.body.data);
  });

  it("runs one named by Apollo's `extensions.persistedQuery`", async () => {
    const reply = await post(
      t.gateway,
      { extensions: { persistedQuery: { version: 1, sha256Hash: listUsers.id.slice('sha256:'.length) } } },
      root,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(JSON.stringify(reply.body.data)).toContain('by-id');
  });

  it('still authorizes the operation: an id is no way around the policies', async () => {
    await post(t.gateway, { documentId: createUser.id, variables: { input: { userName: 'nobody' } } }, root);
    const profile = await t.gql(
      'mutation { createLoginProfile(userName: "nobody", password: "Nobody-passw0rd-1") { userName } }',
      {},
      { token: root },
    );
    expect(profile.errors).toBeUndefined();
    const nobody = await t.userToken('nobody', 'Nobody-passw0rd-1');
    const reply = await post(
      t.gateway,
      { documentId: createUser.id, variables: { input: { userName: 'escalated' } } },
      nobody,
    );
    expect(codeOf(reply)).toBe('AccessDenied');
    expect(await t.store.users.find(t.account.id, 'escalated')).toBeUndefined();
  });

  it('answers an unknown id with PersistedDocumentNotFound and runs nothing', async () => {
    const unknown = documentIdOf('mutation { deleteUser(userName: "by-id") }');
    const reply = await post(t.gateway, { documentId: unknown }, root);
    expect(reply.status).toBe(400);
    expect(codeOf(reply)).toBe('PersistedDocumentNotFound');
    expect(reply.body.errors?.[0]?.extensions?.documentId).toBe(unknown);
    expect(await t.store.users.find(t.account.id, 'by-id')).toBeDefined();
  });

  it('runs the text when an unknown id comes with it (a client newer than the gateway)', async () => {
    const unknown = documentIdOf('query { listUsers { edges { node { userName } } } }');
    const reply = await post(
      t.gateway,
      { documentId: unknown, query: 'query { listUsers { edges { node { userName } } } }' },
      root,
    );
    expect(reply.body.errors).toBeUndefined();
  });

  it('refuses malformed ids and an id sent with another text, with InvalidInput', async () => {
    for (const body of [
      { documentId: 42 },
      { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'not hex' } } },
      { documentId: listUsers.id, query: 'query { listGroups { edges { cursor } } }' },
    ]) {
      const reply = await post(t.gateway, body, root);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(codeOf(reply), JSON.stringify(body)).toBe('InvalidInput');
    }
  });

  it('does not echo an id that is not in the shape of one', async () => {
    const reply = await post(t.gateway, { documentId: `<script>${'x'.repeat(5000)}` }, root);
    expect(codeOf(reply)).toBe('PersistedDocumentNotFound');
    expect(JSON.stringify(reply.body)).not.toContain('<script>');
  });
});

describe('IAMGATE_TRUSTED_DOCUMENTS=only', () => {
  let t: TestGateway;
  let only: Gateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway('pglite');
    root = await t.rootToken();
    ({ gateway: only } = await t.variant({ IAMGATE_TRUSTED_DOCUMENTS: 'only' }));
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('runs trusted documents by id and by their exact text', async () => {
    const created = await post(
      only,
      { documentId: createUser.id, variables: { input: { userName: 'trusted' } } },
      root,
    );
    expect(created.body.errors).toBeUndefined();
    const byText = await post(only, { query: listUsers.text }, root);
    expect(byText.body.errors).toBeUndefined();
    expect(JSON.stringify(byText.body.data)).toContain('trusted');
  });

  it('refuses any other document with UntrustedDocument, before running it', async () => {
    const attempts = [
      'mutation { createUser(input: { userName: "untrusted" }) { userName } }',
      `${createUser.text} `,
      '{ __schema { types { name } } }',
      '{ __typename }',
    ];
    for (const query of attempts) {
      const reply = await post(only, { query, variables: { input: { userName: 'untrusted' } } }, root);
      expect(reply.status, query).toBe(400);
      expect(codeOf(reply), query).toBe('UntrustedDocument');
    }
    expect(await t.store.users.find(t.account.id, 'untrusted')).toBeUndefined();
  });

  it('refuses an unknown id even with a text, and a request with neither', async () => {
    const text = 'mutation { createUser(input: { userName: "untrusted" }) { userName } }';
    const withText = await post(only, { documentId: documentIdOf(text), query: text }, root);
    expect(codeOf(withText)).toBe('PersistedDocumentNotFound');
    const empty = await post(only, { variables: {} }, root);
    expect(codeOf(empty)).toBe('UntrustedDocument');
    expect(await t.store.users.find(t.account.id, 'untrusted')).toBeUndefined();
  });

  it('judges each operation of a batch on its own', async () => {
    const reply = await only.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${root}` },
        body: JSON.stringify([{ documentId: listUsers.id }, { query: '{ __typename }' }]),
      }),
    );
    const [first, second] = (await reply.json()) as Reply['body'][];
    expect(first?.errors).toBeUndefined();
    expect(second?.errors?.[0]?.extensions?.code).toBe('UntrustedDocument');
  });

  it('serves no GraphiQL', async () => {
    const response = await only.fetch(
      new Request('http://localhost/graphql', { headers: { accept: 'text/html' } }),
    );
    expect(response.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
  });

  it('refuses by GET as by POST', async () => {
    const url = new URL('http://localhost/graphql');
    url.searchParams.set('query', '{ __typename }');
    const refused = await only.fetch(new Request(url, { headers: { accept: 'application/json' } }));
    expect(((await refused.json()) as Reply['body']).errors?.[0]?.extensions?.code).toBe('UntrustedDocument');
    const byId = new URL('http://localhost/graphql');
    byId.searchParams.set(
      'extensions',
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: listUsers.id.slice('sha256:'.length) } }),
    );
    const allowed = await only.fetch(
      new Request(byId, { headers: { accept: 'application/json', authorization: `Bearer ${root}` } }),
    );
    expect(((await allowed.json()) as Reply['body']).errors).toBeUndefined();
  });
});
