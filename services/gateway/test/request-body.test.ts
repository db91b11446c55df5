/**
 * Request bodies over a real socket (`node:http` on loopback), where the gateway reads them itself: GraphQL's JSON
 * (`use-json-body.ts`) and the decision endpoint's (`read-json-body.ts`). A declared `Content-Length` over the limit
 * is refused before the body is read; a chunked body (no length) as soon as it passes the limit; a body that stops
 * mid-way (tested in process, in decision-endpoint.test.ts), text that is not JSON, JSON that is not an object, and JSON nested too deep each get their code.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const LIMIT = 2048;

interface Reply {
  status: number;
  code: string | undefined;
  body: Record<string, unknown>;
}

/** Sends `chunks` as the body: with their total as `Content-Length`, or chunked when `chunked`. */
function post(
  port: number,
  path: string,
  chunks: string[],
  options: { chunked?: boolean; token?: string; length?: number } = {},
): Promise<Reply> {
  const total = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  const headers: Record<string, string | number> = { 'content-type': 'application/json' };
  if (!options.chunked) headers['content-length'] = options.length ?? total;
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        const body = JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown>;
        const errors = body.errors as { extensions?: { code?: string } }[] | undefined;
        resolve({ status: res.statusCode ?? 0, code: errors?.[0]?.extensions?.code, body });
      });
    });
    // The server may answer and close before the whole body is sent: that is the point of some cases.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe.each(testDrivers())('request bodies over HTTP (%s)', (driver) => {
  let t: TestGateway;
  let server: Server;
  let port: number;
  let token: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_MAX_BODY_BYTES: String(LIMIT) });
    token = await t.rootToken();
    server = createServer(t.gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.cleanup();
  });

  const trivial = JSON.stringify({ query: '{ __typename }' });
  const padded = (n: number) =>
    JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(n) } });

  it('runs GraphQL from a body of declared length, and from a chunked one', async () => {
    for (const chunked of [false, true]) {
      const reply = await post(port, '/graphql', [trivial.slice(0, 5), trivial.slice(5)], { chunked });
      expect([reply.status, reply.body.data]).toEqual([200, { __typename: 'Query' }]);
    }
  });

  it('refuses GraphQL bodies over the limit with 413, declared or chunked', async () => {
    const big = padded(LIMIT);
    const declared = await post(port, '/graphql', [big]);
    expect([declared.status, declared.code]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE']);
    const chunked = await post(port, '/graphql', [big.slice(0, 1000), big.slice(1000)], { chunked: true });
    expect([chunked.status, chunked.code]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE']);
    // Just within the limit still runs.
    const fits = padded(LIMIT - padded(0).length);
    expect(Buffer.byteLength(fits)).toBe(LIMIT);
    expect((await post(port, '/graphql', [fits], { chunked: true })).status).toBe(200);
  });

  it('answers GraphQL bodies that are not JSON objects, or nest too deep, with their codes', async () => {
    const cases: [string, number, string][] = [
      ['{"query": ', 400, 'BAD_REQUEST'],
      ['null', 400, 'BAD_REQUEST'],
      ['3', 400, 'BAD_REQUEST'],
      [
        `{"query": "{ __typename }", "variables": {"a": ${'['.repeat(200)}${']'.repeat(200)}}}`,
        400,
        'ValidationError',
      ],
    ];
    for (const [body, status, code] of cases) {
      const reply = await post(port, '/graphql', [body]);
      expect({ body, status: reply.status, code: reply.code }).toEqual({ body, status, code });
    }
  });

  it('refuses decision bodies over the limit, declared or chunked, and runs those within it', async () => {
    const request = { action: 'iam:GetUser', resource: '*' };
    const within = JSON.stringify({ requests: [request] });
    for (const chunked of [false, true]) {
      const reply = await post(port, '/authorize', [within], { chunked, token });
      expect([reply.status, (reply.body.results as unknown[]).length]).toEqual([200, 1]);
    }
    const big = JSON.stringify({ requests: [request], pad: 'x'.repeat(LIMIT) });
    for (const chunked of [false, true]) {
      const reply = await post(port, '/authorize', [big.slice(0, 1000), big.slice(1000)], { chunked, token });
      const limit = (reply.body.errors as { extensions: { limit?: number } }[])[0]?.extensions.limit;
      expect([reply.status, reply.code, limit]).toEqual([400, 'ValidationError', LIMIT]);
    }
  });
});
