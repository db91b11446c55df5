import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastifyIamgate } from '../src/fastify/index.js';
import { ordersGate } from './support/orders-gate.js';
import { orderArn } from './support/orders-policies.js';
import { ALICE, generateTestKey, sign, userClaims } from './support/signing-keys.js';

let app: FastifyInstance;
let token: string;
const ran: string[] = [];

beforeAll(async () => {
  const key = await generateTestKey('EdDSA');
  token = await sign(key, userClaims());
  app = Fastify();
  await app.register(fastifyIamgate, { gate: ordersGate(key, { caseSensitive: true }) });
  // Registered in a child plugin: the hook must reach it too.
  await app.register(async (child) => {
    child.get('/orders/:id', async (request) => {
      ran.push('get');
      return { by: request.iamgate?.principal.arn, resource: request.iamgate?.resource };
    });
    child.post('/orders/:id/cancel', async () => {
      ran.push('cancel');
      return {};
    });
  });
  app.get('/healthz', async (request) => ({ ok: true, principal: request.iamgate ?? null }));
  await app.ready();
});

afterAll(() => app.close());

const auth = () => ({ authorization: `Bearer ${token}` });

describe('fastifyIamgate', () => {
  it('passes allowed requests on with request.iamgate, also in child plugins', async () => {
    const response = await app.inject({ method: 'GET', url: '/orders/12', headers: auth() });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ by: ALICE, resource: orderArn('12') });
  });

  it('answers 403 with the JSON body before the handler runs', async () => {
    const response = await app.inject({ method: 'POST', url: '/orders/12/cancel', headers: auth() });
    expect(response.statusCode).toBe(403);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({
      code: 'AccessDenied',
      action: 'orders:CancelOrder',
      resource: orderArn('12'),
    });
    expect(ran).not.toContain('cancel');
  });

  it('answers 401 with the challenge, and lets public routes through', async () => {
    const refused = await app.inject({
      method: 'GET',
      url: '/orders/12',
      headers: { authorization: 'Bearer x.y.z' },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer realm="iamgate", error="invalid_token"/);
    expect(refused.json()).toMatchObject({ code: 'InvalidClientTokenId' });
    const open = await app.inject({ method: 'GET', url: '/healthz' });
    expect(open.json()).toEqual({ ok: true, principal: null });
  });

  it('matches case-sensitively, as Fastify routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/ORDERS/12', headers: auth() });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ message: 'no action is mapped to `GET /ORDERS/12`' });
  });
});
