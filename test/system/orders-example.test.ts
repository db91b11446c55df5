import { join } from 'node:path';
import { createClient, type IamgateClient } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceArn, orderArn } from '../../examples/orders-service/src/arns.js';
import { ordersServicePolicy, provisionServices } from '../../examples/orders-service/src/provision.js';
import { FROM_SOURCE, REPO, type Started, start, until } from '../support/processes.js';
import { type SharedGateway, sharedGateway } from '../support/shared-gateway.js';

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

/** One of the example's services, by its base URL. */
interface Service {
  url: string;
}

async function call(service: Service, method: string, path: string, token?: string) {
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

/**
 * The example as its README runs it: its `pnpm start` (both services in one process, each as its workload role)
 * on ports the system picks, told the gateway's URL and the workloads' credentials through the environment.
 */
async function startExample(gateway: SharedGateway, env: Record<string, string>) {
  const example = start(process.execPath, [...FROM_SOURCE, 'src/main.ts'], {
    cwd: join(REPO, 'examples/orders-service'),
    env: {
      ...process.env,
      IAMGATE_URL: gateway.url,
      IAMGATE_PUBLIC_URL: gateway.url,
      ORDERS_PORT: '0',
      BILLING_PORT: '0',
      ...env,
    },
  });
  const printed = (name: string) =>
    new RegExp(`${name} service\\s+(http://\\S+)`).exec(example.output())?.[1];
  await until(
    () => printed('orders') !== undefined || example.child.exitCode !== null,
    'the example to listen',
    {
      detail: example.output,
    },
  );
  const orders = printed('orders');
  const billing = printed('billing');
  if (orders === undefined || billing === undefined)
    throw new Error(`the example did not start:\n${example.output()}`);
  return { process: example, orders: { url: orders }, billing: { url: billing } };
}

// The example of issue 6, as processes: the gateway, the example's two services protected by @iamgate/middleware,
// deciding with the gateway's policies (the SDK's remote authorizer), and calling each other as workload roles.
describe.each(testDrivers())('the orders example against the gateway process on %s', (driver) => {
  let gateway: SharedGateway;
  let root: IamgateClient;
  let example: Started | undefined;
  let billing: Service;
  let orders: Service;
  let account: string;
  let alice: string;

  beforeAll(async () => {
    gateway = await sharedGateway(driver);
    account = gateway.accountId;
    root = gateway.root;
    const services = await provisionServices(root);
    const started = await startExample(gateway, {
      ORDERS_WORKLOAD_ID: services.orders.workloadId,
      ORDERS_WORKLOAD_SECRET: services.orders.secret,
      BILLING_WORKLOAD_ID: services.billing.workloadId,
      BILLING_WORKLOAD_SECRET: services.billing.secret,
    });
    example = started.process;
    orders = started.orders;
    billing = started.billing;
    await root.api.createUser({ userName: 'alice' });
    await root.api.createLoginProfile({ userName: 'alice', password: USER_PASSWORD });
    const session = await createClient({
      url: gateway.graphqlUrl,
      credentials: { account, userName: 'alice', password: USER_PASSWORD },
    }).credentials();
    alice = session?.token ?? '';
  });
  afterAll(async () => {
    // The example stops on SIGTERM and exits 0.
    if (example !== undefined) expect(await example.stop()).toBe(0);
  });

  it('serves its health check without a token', async () => {
    expect(await call(orders, 'GET', '/healthz')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('answers 401 without a token, with an RFC 6750 challenge', async () => {
    const res = await call(orders, 'GET', '/orders/1001');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('Unauthenticated');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('answers 401 InvalidClientTokenId to a token the gateway did not sign', async () => {
    const [header, payload] = alice.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    expect((await call(orders, 'GET', '/orders/1001', forged)).body.code).toBe('InvalidClientTokenId');
  });

  // Nothing is allowed unless a policy allows it (IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
  it('answers 403 with the action and resource to a user without a policy', async () => {
    const res = await call(orders, 'GET', '/orders/1001', alice);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      code: 'AccessDenied',
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
      code: 'AccessDenied',
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
      code: 'AccessDenied',
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
  it('decides a person calling billing as that person, with their own token: refused as they have no billing rights', async () => {
    // The SDK's remoteAuthorizer asks the gateway as the caller, so billing's workload needs no right over alice.
    const res = await call(billing, 'GET', '/invoices/1001', alice);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AccessDenied');
  });
});
