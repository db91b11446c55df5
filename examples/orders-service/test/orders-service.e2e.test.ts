import { createClient, type IamgateClient } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceArn, orderArn } from '../src/arns.js';
import { ordersServicePolicy, type ProvisionedServices, provisionServices } from '../src/provision.js';
import { billingServiceAs, listen, ordersServiceAs, type RunningService } from '../src/services.js';
import { type InProcessGateway, ROOT_PASSWORD, startInProcessGateway } from './support/in-process-gateway.js';

const USER_PASSWORD = 'Alice-passw0rd-for-tests';
const GET_ORDER_POLICY = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadOrders',
        Effect: 'Allow',
        Action: 'orders:GetOrder',
        Resource: `arn:iamgate:orders::${account}:order/*`,
      },
    ],
  });

async function call(service: RunningService, method: string, path: string, token?: string) {
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

// The example of issue 6: a real gateway, two services protected by @iamgate/middleware, deciding with the
// gateway's policies (remote `authorize` through @iamgate/sdk), and calling each other as workload roles.
describe.each(testDrivers())('orders service against a real gateway on %s', (driver) => {
  let gateway: InProcessGateway;
  let root: IamgateClient;
  let services: ProvisionedServices;
  let billing: RunningService;
  let orders: RunningService;
  let account: string;
  let alice: string;

  beforeAll(async () => {
    gateway = await startInProcessGateway(driver);
    account = gateway.account.id;
    root = createClient({
      url: gateway.graphqlUrl,
      credentials: { email: gateway.account.rootEmail, password: ROOT_PASSWORD },
    });
    services = await provisionServices(root);
    billing = await listen(billingServiceAs(gateway.trust, services.billing), 0, '127.0.0.1');
    orders = await listen(ordersServiceAs(gateway.trust, services.orders, billing.url), 0, '127.0.0.1');
    await root.api.createUser({ userName: 'alice' });
    await root.api.createLoginProfile({ userName: 'alice', password: USER_PASSWORD });
    const session = await createClient({
      url: gateway.graphqlUrl,
      credentials: { account, userName: 'alice', password: USER_PASSWORD },
    }).credentials();
    alice = session?.token ?? '';
  });
  afterAll(async () => {
    await orders?.close();
    await billing?.close();
    await gateway?.close();
  });

  it('serves its health check without a token', async () => {
    expect(await call(orders, 'GET', '/healthz')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('answers 401 without a token, with an RFC 6750 challenge', async () => {
    const res = await call(orders, 'GET', '/orders/1001');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('answers 401 TOKEN_INVALID to a token the gateway did not sign', async () => {
    const [header, payload] = alice.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    expect((await call(orders, 'GET', '/orders/1001', forged)).body.code).toBe('TOKEN_INVALID');
  });

  // Nothing is allowed unless a policy allows it (IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
  it('answers 403 with the action and resource to a user without a policy', async () => {
    const res = await call(orders, 'GET', '/orders/1001', alice);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      code: 'ACCESS_DENIED',
      action: 'orders:GetOrder',
      resource: orderArn(account, '1001'),
    });
    expect(res.body.message).toContain('no identity-based policy allows');
  });

  it('allows orders:GetOrder once a managed policy allows it on order/*, and nothing more', async () => {
    const policy = await root.api.createPolicy({
      policyName: 'OrdersReader',
      policyDocument: GET_ORDER_POLICY(account),
    });
    await root.api.attachUserPolicy({ userName: 'alice', policyArn: policy.arn });

    const allowed = await call(orders, 'GET', '/orders/1001', alice);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ id: '1001', status: 'open' });

    const cancel = await call(orders, 'POST', '/orders/1001/cancel', alice);
    expect(cancel.status).toBe(403);
    expect(cancel.body).toMatchObject({
      code: 'ACCESS_DENIED',
      action: 'orders:CancelOrder',
      resource: orderArn(account, '1001'),
    });
    expect((await call(orders, 'GET', '/orders/1001', alice)).body.status).toBe('open');

    const list = await call(orders, 'GET', '/orders', alice);
    expect(list.body).toMatchObject({ action: 'orders:ListOrders', resource: orderArn(account, '*') });
  });

  it('calls billing as the OrdersService workload role, which billing decides with that role', async () => {
    const res = await call(orders, 'GET', '/orders/1001/invoice', alice);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ orderId: '1001', invoiceId: 'INV-2024-0001' });
    expect(res.body.requestedBy).toMatch(
      new RegExp(`^arn:iamgate:sts::${account}:assumed-role/OrdersService/`),
    );
  });

  it('is refused by billing once the workload role loses billing:GetInvoice', async () => {
    await root.api.putRolePolicy({
      roleName: 'OrdersService',
      policyName: 'service',
      policyDocument: ordersServicePolicy('iamgate', account, false),
    });
    const res = await call(orders, 'GET', '/orders/1002/invoice', alice);
    expect(res.status).toBe(502);
    expect(res.body.code).toBe('BILLING_REFUSED');
    expect(res.body.upstream).toMatchObject({
      status: 403,
      code: 'ACCESS_DENIED',
      action: 'billing:GetInvoice',
      resource: invoiceArn(account, '1002'),
    });
    // The caller's own rights are untouched: the order itself is still served.
    expect((await call(orders, 'GET', '/orders/1002', alice)).status).toBe(200);
  });

  it('lets a user with orders:CancelOrder cancel, after a policy change, without restarting anything', async () => {
    await root.api.putUserPolicy({
      userName: 'alice',
      policyName: 'cancel',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'orders:CancelOrder', Resource: orderArn(account, '1003') }],
      }),
    });
    const res = await call(orders, 'POST', '/orders/1003/cancel', alice);
    expect(res).toMatchObject({ status: 200, body: { id: '1003', status: 'cancelled' } });
    expect((await call(orders, 'POST', '/orders/1001/cancel', alice)).status).toBe(403);
  });

  // A failed decision is never an Allow: billing may decide only for roles, so a user's request cannot be decided.
  it('answers 503 when the gateway refuses to decide for the caller', async () => {
    const res = await call(billing, 'GET', '/invoices/1001', alice);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('AUTHORIZATION_UNAVAILABLE');
  });
});
