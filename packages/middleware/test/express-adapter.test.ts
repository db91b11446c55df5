import { createServer } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expressIamgate } from '../src/express/index.js';
import { listen } from './support/listen.js';
import { ordersGate } from './support/orders-gate.js';
import { orderArn } from './support/orders-policies.js';
import { ALICE, generateTestKey, sign, userClaims } from './support/signing-keys.js';

let server: { url: string; close: () => Promise<void> };
let token: string;
const seen: string[] = [];

beforeAll(async () => {
  const key = await generateTestKey('EdDSA');
  token = await sign(key, userClaims());
  const app = express();
  const api = express.Router();
  api.use(expressIamgate(ordersGate(key)));
  api.get('/orders/:id', (req, res) => {
    seen.push(req.params.id);
    res.json({
      by: req.iamgate?.principal.arn,
      resource: req.iamgate?.resource,
      decision: req.iamgate?.decision.decision,
    });
  });
  api.post('/orders/:id/cancel', (req, res) => {
    seen.push(`cancel ${req.params.id}`);
    res.json({});
  });
  api.get('/healthz', (req, res) => {
    res.json({ ok: true, principal: req.iamgate ?? null });
  });
  app.use(api);
  server = await listen(createServer(app));
});

afterAll(() => server.close());

const auth = () => ({ authorization: `Bearer ${token}` });

describe('expressIamgate', () => {
  it('passes allowed requests on with req.iamgate', async () => {
    const response = await fetch(`${server.url}/orders/77`, { headers: auth() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ by: ALICE, resource: orderArn('77'), decision: 'Allow' });
  });

  it('answers 403 with code, action and resource; the route never runs', async () => {
    const response = await fetch(`${server.url}/orders/77/cancel`, { method: 'POST', headers: auth() });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 'AccessDenied',
      action: 'orders:CancelOrder',
      resource: orderArn('77'),
    });
    expect(seen).not.toContain('cancel 77');
  });

  it('answers 401 for a missing token and lets public routes through', async () => {
    const refused = await fetch(`${server.url}/orders/77`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'Unauthenticated' });
    const open = await fetch(`${server.url}/healthz`);
    expect(await open.json()).toEqual({ ok: true, principal: null });
  });

  it('matches the full request target, also under a mount path', async () => {
    const key = await generateTestKey('EdDSA');
    const mounted = express();
    mounted.use('/api', expressIamgate(ordersGate(key, { routes: { 'GET /api/orders/:id': ordersRoute } })));
    mounted.get('/api/orders/:id', (req, res) => {
      res.json({ resource: req.iamgate?.resource });
    });
    const local = await listen(createServer(mounted));
    try {
      const response = await fetch(`${local.url}/api/orders/5`, {
        headers: { authorization: `Bearer ${await sign(key, userClaims())}` },
      });
      expect(await response.json()).toEqual({ resource: orderArn('5') });
    } finally {
      await local.close();
    }
  });
});

const ordersRoute = {
  action: 'orders:GetOrder',
  resource: (req: { params: Record<string, string> }) => orderArn(req.params.id ?? ''),
};
