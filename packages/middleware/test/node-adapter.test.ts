import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withIamgate } from '../src/node/index.js';
import { listen } from './support/listen.js';
import { ordersGate } from './support/orders-gate.js';
import { ALICE, generateTestKey, sign, userClaims } from './support/signing-keys.js';

let server: { url: string; close: () => Promise<void> };
let token: string;
let handled = 0;

beforeAll(async () => {
  const key = await generateTestKey('ES256');
  token = await sign(key, userClaims());
  const handler = withIamgate(ordersGate(key), (req, res) => {
    handled++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        by: req.iamgate?.principal.arn ?? null,
        sourceIp: req.iamgate?.context['aws:SourceIp'],
      }),
    );
  });
  server = await listen(createServer(handler));
});

afterAll(() => server.close());

describe('withIamgate (node:http)', () => {
  it('runs the handler with the principal and the socket address', async () => {
    const response = await fetch(`${server.url}/orders/1`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ by: ALICE, sourceIp: '127.0.0.1' });
  });

  it('answers 403 with the JSON body and never runs the handler', async () => {
    const before = handled;
    const response = await fetch(`${server.url}/orders/1/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toMatchObject({ code: 'AccessDenied', action: 'orders:CancelOrder' });
    expect(handled).toBe(before);
  });

  it('answers 401 with a challenge, and runs public routes without a principal', async () => {
    const refused = await fetch(`${server.url}/orders/1`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="iamgate"');
    expect(await refused.json()).toMatchObject({ code: 'Unauthenticated' });
    const open = await fetch(`${server.url}/healthz`);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ by: null });
  });
});
