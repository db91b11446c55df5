/**
 * The SDK sends its operations by their trusted document ids (GraphQL over HTTP, Appendix A "Persisted
 * Documents"), so that it works through a gateway that runs nothing else (`IAMGATE_TRUSTED_DOCUMENTS=only`), and
 * falls back to the text for an id a gateway does not know (issue 17).
 */
import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchLike, fromPassword, isIamgateError } from '../../src/index.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from '../support/test-gateway.js';

/** A fetch that keeps every GraphQL body the client sent. */
function keepingBodies(inner: FetchLike): { fetch: FetchLike; bodies: Record<string, unknown>[] } {
  const bodies: Record<string, unknown>[] = [];
  return {
    bodies,
    fetch: async (request) => {
      if (new URL(request.url).pathname.endsWith('/graphql')) {
        bodies.push((await request.clone().json()) as Record<string, unknown>);
      }
      return inner(request);
    },
  };
}

/** A document of the caller's own, carrying an id no gateway knows (as a newer SDK's document would). */
function documentWithUnknownId(): TypedDocumentNode<
  { listGroups: { edges: unknown[] } },
  Record<string, never>
> {
  const text = 'query MyGroups { listGroups { edges { node { groupName } } } }';
  const id = `sha256:${createHash('sha256').update(`${text} from a newer SDK`).digest('hex')}`;
  return { ...parse(text), __meta__: { hash: id } } as never;
}

describe('trusted documents, from the SDK', () => {
  let allow: TestGateway;
  let only: TestGateway;

  beforeAll(async () => {
    allow = await startTestGateway('pglite');
    only = await startTestGateway('pglite', { IAMGATE_TRUSTED_DOCUMENTS: 'only' });
  });
  afterAll(async () => {
    await allow?.cleanup();
    await only?.cleanup();
  });

  it('sends ids, not texts, by default', async () => {
    const { fetch, bodies } = keepingBodies(allow.gateway.fetch);
    const client = allow.client(fromPassword({ email: 'root@example.com', password: ROOT_PASSWORD }), {
      fetch,
    });
    await client.api.createUser({ userName: 'alice' });
    expect(bodies.length).toBe(2); // signIn, then createUser
    for (const body of bodies) {
      expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(body.query).toBeUndefined();
    }
    expect(bodies.map((body) => body.operationName)).toEqual(['SignIn', 'CreateUser']);
  });

  it('sends texts when told to', async () => {
    const { fetch, bodies } = keepingBodies(allow.gateway.fetch);
    const client = allow.client(fromPassword({ email: 'root@example.com', password: ROOT_PASSWORD }), {
      fetch,
      sendDocumentIds: false,
    });
    await client.api.listUsers({});
    expect(bodies.every((body) => typeof body.query === 'string' && body.documentId === undefined)).toBe(
      true,
    );
  });

  it('sends the text of a document whose id the gateway does not know, then and from then on', async () => {
    const { fetch, bodies } = keepingBodies(allow.gateway.fetch);
    const client = allow.client(fromPassword({ email: 'root@example.com', password: ROOT_PASSWORD }), {
      fetch,
    });
    await client.api.createGroup({ groupName: 'readers' });
    bodies.length = 0;
    const mine = documentWithUnknownId();
    const first = await client.request(mine);
    expect(JSON.stringify(first)).toContain('readers');
    expect(bodies.map((body) => (body.documentId === undefined ? 'text' : 'id'))).toEqual(['id', 'text']);
    bodies.length = 0;
    await client.request(mine);
    expect(bodies.map((body) => (body.documentId === undefined ? 'text' : 'id'))).toEqual(['text']);
  });

  it('works through a gateway that runs only trusted documents: queries, mutations, subscriptions', async () => {
    const root = only.root;
    await root.api.createUser({ userName: 'bob' });
    const page = await root.api.listUsers({});
    expect(page.edges.map((edge) => edge.node.userName)).toContain('bob');
    const revisions = root.subscriptions.policyRevision();
    const first = await revisions.next();
    const start = (first.value as { revision: number }).revision;
    await root.api.createGroup({ groupName: 'watchers' });
    const next = await revisions.next();
    expect((next.value as { revision: number }).revision).toBeGreaterThan(start);
    await revisions.return(undefined);
  });

  it('is refused, typed, for a document of its own there', async () => {
    // Its id is unknown, so its text goes next, which is not trusted either.
    const refused = await only.root.request(documentWithUnknownId()).catch((error: unknown) => error);
    expect(isIamgateError(refused, 'UntrustedDocument')).toBe(true);
    const plain = parse('query Plain { listGroups { edges { cursor } } }') as TypedDocumentNode<
      unknown,
      Record<string, never>
    >;
    const untrusted = await only.root.request(plain).catch((error: unknown) => error);
    expect(isIamgateError(untrusted, 'UntrustedDocument')).toBe(true);
    const asText = only.client(fromPassword({ email: 'root@example.com', password: ROOT_PASSWORD }), {
      sendDocumentIds: false,
    });
    const refusedText = await asText.api.listUsers({}).catch((error: unknown) => error);
    expect(isIamgateError(refusedText, 'UntrustedDocument')).toBe(true);
  });
});
