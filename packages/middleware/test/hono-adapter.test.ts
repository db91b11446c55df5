import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { honoIamgate, type IamgateEnv } from '../src/hono/index.js';
import { ordersGate } from './support/orders-gate.js';
import { orderArn } from './support/orders-policies.js';
import { ALICE, generateTestKey, roleSessionClaims, sign, userClaims } from './support/signing-keys.js';

let app: Hono<IamgateEnv>;
let alice: string;
let support: string;
const ran: string[] = [];

beforeAll(async () => {
  const key = await generateTestKey('ES256');
  alice = await sign(key, userClaims());
  support = await sign(key, roleSessionClaims());
  app = new Hono<IamgateEnv>();
  // Behind one proxy at 10.255.0.1 (the peer address comes from the runtime; here a header the test sets).
  app.use(
    honoIamgate(ordersGate(key, { caseSensitive: true, trustProxy: 1 }), {
      remoteAddress: (c) => c.req.header('x-test-peer'),
    }),
  );
  app.get('/orders/:id', (c) => {
    ran.push('get');
    return c.json({ by: c.get('iamgate')?.principal.arn, resource: c.get('iamgate')?.resource });
  });
  app.post('/orders/:id/cancel', (c) => {
    ran.push('cancel');
    return c.json({ sourceIp: c.get('iamgate')?.context['aws:SourceIp'] });
  });
  app.get('/healthz', (c) => c.json({ ok: true, principal: c.get('iamgate') ?? null }));
});

describe('honoIamgate', () => {
  it('passes allowed requests on with c.get("iamgate")', async () => {
    const response = await app.request('/orders/3', { headers: { authorization: `Bearer ${alice}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ by: ALICE, resource: orderArn('3') });
  });

  it('answers 403 with the JSON body; the handler never runs', async () => {
    const response = await app.request('/orders/3/cancel', {
      method: 'POST',
      headers: { authorization: `Bearer ${alice}` },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'AccessDenied', action: 'orders:CancelOrder' });
    expect(ran).not.toContain('cancel');
  });

  it('uses the forwarded client address and scheme from the trusted proxy hop', async () => {
    const response = await app.request('https://orders.example.com/orders/3/cancel', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${support}`,
        'x-forwarded-for': '10.20.30.40',
        'x-forwarded-proto': 'https',
        'x-test-peer': '10.255.0.1',
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sourceIp: '10.20.30.40' });
  });

  it('answers 401 for an expired token, and lets public routes through', async () => {
    const now = Math.floor(Date.now() / 1000);
    const key = await generateTestKey('EdDSA');
    const local = new Hono<IamgateEnv>();
    local.use(honoIamgate(ordersGate(key)));
    local.get('/orders/:id', (c) => c.json({}));
    const expired = await sign(key, userClaims({ iat: now - 900, nbf: now - 900, exp: now - 60 }));
    const refused = await local.request('/orders/1', { headers: { authorization: `Bearer ${expired}` } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    expect(await refused.json()).toMatchObject({ code: 'ExpiredToken' });
    const open = await app.request('/healthz');
    expect(await open.json()).toEqual({ ok: true, principal: null });
  });
});
