import { createServer } from 'node:http';
import type { PolicyDocument } from '@iamgate/policy';
import { createYoga } from 'graphql-yoga';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultFieldTarget, type UseIamgateOptions, useIamgate } from '../src/graphql/index.js';
import {
  type Authorizer,
  createTokenVerifier,
  policyAuthorizer,
  staticPolicySource,
  type TokenVerifier,
} from '../src/index.js';
import { listen } from './support/listen.js';
import { orderArn } from './support/orders-policies.js';
import { resolverCalls, shopSchema } from './support/shop-schema.js';
import {
  ACCOUNT,
  ALICE,
  AUDIENCE,
  generateTestKey,
  ISSUER,
  keySet,
  sign,
  type TestKey,
  userClaims,
} from './support/signing-keys.js';

const shopPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadOrders',
      Effect: 'Allow',
      Action: ['shop:Query.order', 'shop:Order.*', 'shop:Item.*'],
      Resource: `arn:iamgate:orders::${ACCOUNT}:order/*`,
    },
    {
      Sid: 'ListOrderIds',
      Effect: 'Allow',
      Action: ['shop:Query.orders', 'shop:Order.id', 'shop:WhoAmI'],
      Resource: '*',
    },
    { Sid: 'NoNotes', Effect: 'Deny', Action: 'shop:Order.notes', Resource: '*' },
  ],
};

let key: TestKey;
let token: string;
let verifier: TokenVerifier;
const authorizer = policyAuthorizer(staticPolicySource({ [ALICE]: { identity: [shopPolicy] } }));

// Orders are addressed by their `id` argument; nested fields inherit the order (the default).
const target: UseIamgateOptions['target'] = (field) =>
  typeof field.args.id === 'string'
    ? { action: `shop:${field.parentType}.${field.fieldName}`, resource: orderArn(field.args.id) }
    : defaultFieldTarget('shop')(field);

function yoga(options: Partial<UseIamgateOptions> = {}) {
  return createYoga({
    schema: shopSchema,
    plugins: [useIamgate({ verifier, authorizer, service: 'shop', target, ...options })],
    maskedErrors: true,
    logging: false,
  });
}

async function post(
  server: ReturnType<typeof yoga>,
  query: string,
  variables?: object,
  auth: string | null = token,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth !== null) headers.authorization = `Bearer ${auth}`;
  const response = await server.fetch('http://shop.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLBody,
  };
}

/** A GraphQL response body, as far as these tests read it. */
interface GraphQLBody {
  data?: Record<string, unknown>;
  errors: Array<{ message: string; extensions: { code: string; decisions: Array<Record<string, unknown>> } }>;
}

function firstError(body: GraphQLBody) {
  const [error] = body.errors;
  if (error === undefined) throw new Error('expected an error');
  return error;
}

beforeAll(async () => {
  key = await generateTestKey('EdDSA');
  token = await sign(key, userClaims());
  verifier = createTokenVerifier({ jwks: keySet(key), issuer: ISSUER, audience: AUDIENCE });
});

beforeEach(() => {
  resolverCalls.length = 0;
});

describe('useIamgate: allowed operations', () => {
  it('runs an operation whose every field is allowed, with the principal in context', async () => {
    const { status, body } = await post(yoga(), '{ order(id: "42") { id total items { sku } } whoami }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { order: { id: '42', total: 120, items: [{ sku: 'A-1' }, { sku: 'B-2' }] }, whoami: ALICE },
    });
  });

  it('resolves resources from variables, through fragments and aliases, honouring @skip', async () => {
    const seen: string[] = [];
    const server = yoga({ onDecision: (e) => seen.push(`${e.action} ${e.resource}`) });
    const query = `query Q($id: ID!, $skip: Boolean!) { first: order(id: $id) { ...F } }
      fragment F on Order { total notes @skip(if: $skip) ... on Order { id } }`;
    const { status, body } = await post(server, query, { id: '7', skip: true });
    expect(status).toBe(200);
    expect(body.data).toEqual({ first: { total: 120, id: '7' } });
    expect(seen.sort()).toEqual(
      ['shop:Order.id', 'shop:Order.total', 'shop:Query.order'].map((a) => `${a} ${orderArn('7')}`).sort(),
    );
  });

  it('runs public fields without a token', async () => {
    const { status, body } = await post(yoga(), '{ health __typename }', undefined, null);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { health: 'ok', __typename: 'Query' } });
  });

  it('asks identical questions once, through authorizeBatch when the authorizer has it', async () => {
    const batches: number[] = [];
    const batching: Authorizer = {
      authorize: (input) => authorizer.authorize(input),
      authorizeBatch: async (inputs) => {
        batches.push(inputs.length);
        return Promise.all(inputs.map((i) => authorizer.authorize(i)));
      },
    };
    const { status } = await post(
      yoga({ authorizer: batching }),
      '{ a: order(id: "1") { id } b: order(id: "1") { id } }',
    );
    expect(status).toBe(200);
    // Query.order and Order.id on order/1, each asked once for both aliases.
    expect(batches).toEqual([2]);
  });
});

describe('useIamgate: refused operations', () => {
  it('refuses the whole operation with AccessDenied (403), listing every field decision; no resolver runs', async () => {
    const { status, body } = await post(yoga(), '{ order(id: "42") { id notes } orders { total } }');
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(firstError(body).extensions).toEqual({
      code: 'AccessDenied',
      decisions: [
        { path: 'order', action: 'shop:Query.order', resource: orderArn('42'), decision: 'Allow' },
        { path: 'order.id', action: 'shop:Order.id', resource: orderArn('42'), decision: 'Allow' },
        {
          path: 'order.notes',
          action: 'shop:Order.notes',
          resource: orderArn('42'),
          decision: 'ExplicitDeny',
        },
        { path: 'orders', action: 'shop:Query.orders', resource: '*', decision: 'Allow' },
        { path: 'orders.total', action: 'shop:Order.total', resource: '*', decision: 'ImplicitDeny' },
      ],
    });
    expect(firstError(body).message).toBe(
      `\`${ALICE}\` is not authorized to perform \`shop:Order.notes\` on resource \`${orderArn('42')}\` with an explicit deny in an identity-based policy`,
    );
    expect(resolverCalls).toEqual([]);
  });

  it('refuses a mutation before its resolver runs', async () => {
    const { status, body } = await post(yoga(), 'mutation { cancelOrder(id: "9", refund: true) { id } }');
    expect(status).toBe(403);
    expect(firstError(body).extensions.code).toBe('AccessDenied');
    expect(resolverCalls).toEqual([]);
  });

  it('lists matched statements only with exposeReasons', async () => {
    const { body } = await post(yoga({ exposeReasons: true }), '{ order(id: "1") { notes } }');
    const notes = firstError(body).extensions.decisions[1];
    expect(notes).toMatchObject({
      decision: 'ExplicitDeny',
      reasons: { deniedBy: [{ sid: 'NoNotes', layer: 'identity' }] },
    });
  });

  it('refuses a subscription before it subscribes', async () => {
    const response = await yoga().fetch('http://shop.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: 'subscription { orderUpdates(id: "5") { total } }' }),
    });
    const text = await response.text();
    expect(text).toContain('AccessDenied');
    expect(resolverCalls).toEqual([]);
  });

  it('refuses operations selecting more fields than maxFields: QueryTooComplex (400)', async () => {
    const { status, body } = await post(yoga({ maxFields: 3 }), '{ order(id: "1") { id total notes } }');
    expect(status).toBe(400);
    expect(firstError(body).extensions.code).toBe('QueryTooComplex');
  });
});

describe('useIamgate: authentication and failures', () => {
  it('refuses a checked field without a token: Unauthenticated (401) with the challenge', async () => {
    const { status, headers, body } = await post(yoga(), '{ health order(id: "1") { id } }', undefined, null);
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer realm="iamgate"');
    expect(firstError(body).extensions.code).toBe('Unauthenticated');
    expect(resolverCalls).toEqual([]);
  });

  it('refuses an expired token: ExpiredToken (401), even for public fields', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign(key, userClaims({ iat: now - 900, nbf: now - 900, exp: now - 60 }));
    const { status, body } = await post(yoga(), '{ health }', undefined, expired);
    expect(status).toBe(401);
    expect(firstError(body).extensions.code).toBe('ExpiredToken');
  });

  it('answers ServiceUnavailable (503) when no current decision can be made', async () => {
    const stale = policyAuthorizer({ policiesFor: () => undefined });
    const { status, body } = await post(yoga({ authorizer: stale }), '{ order(id: "1") { id } }');
    expect(status).toBe(503);
    expect(firstError(body).extensions.code).toBe('ServiceUnavailable');
    expect(resolverCalls).toEqual([]);
  });

  it('refuses with ServiceFailure (500) when a target function throws, and reports it', async () => {
    const phases: string[] = [];
    const throwing = yoga({
      target: () => {
        throw new Error('bug in the app');
      },
      onError: (_, phase) => phases.push(phase),
    });
    const { status, body } = await post(throwing, '{ order(id: "1") { id } }');
    expect(status).toBe(500);
    expect(firstError(body).extensions.code).toBe('ServiceFailure');
    expect(phases).toEqual(['route']);
    expect(resolverCalls).toEqual([]);
  });

  it('reads the client address from the Node socket and adds app context keys', async () => {
    const contexts: Array<Record<string, unknown>> = [];
    const server = createServer(
      yoga({ context: () => ({ 'shop:Channel': 'web' }), onDecision: (e) => contexts.push(e.context) }),
    );
    const { url, close } = await listen(server);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ whoami }' }),
      });
      expect(await response.json()).toEqual({ data: { whoami: ALICE } });
      expect(contexts[0]).toMatchObject({
        'aws:SourceIp': '127.0.0.1',
        'aws:SecureTransport': false,
        'shop:Channel': 'web',
      });
    } finally {
      await close();
    }
  });

  it('refuses a bad service prefix at creation: InvalidOption', () => {
    expect(() => useIamgate({ verifier, authorizer, service: 'not a prefix' })).toThrow(
      expect.objectContaining({ code: 'InvalidOption' }),
    );
  });
});
