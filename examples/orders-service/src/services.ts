import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NodeHandler } from '@iamgate/middleware/node';
import { createClient, fromWorkload, type IamgateClient, remoteAuthorizer } from '@iamgate/sdk';
import { createBillingService } from './billing/billing-service.js';
import type { GatewayTrust } from './iamgate/session-gate.js';
import { billingClient } from './orders/billing-client.js';
import { createOrdersService } from './orders/orders-service.js';

/** A workload's credential, from `createWorkload` (see `provisionServices`). */
export interface WorkloadCredential {
  workloadId: string;
  secret: string;
}

/**
 * An SDK client of the gateway acting as a workload's role: it assumes the role with the workload credential
 * (`assumeWorkloadRole`) on first use and again before each session expires.
 *
 * @example
 * const identity = workloadClient('http://localhost:4000', { workloadId, secret });
 * (await identity.credentials())?.principalArn; // arn:iamgate:sts::123456789012:assumed-role/OrdersService/...
 */
export function workloadClient(gatewayUrl: string, workload: WorkloadCredential): IamgateClient {
  return createClient({
    url: new URL('/graphql', gatewayUrl).toString(),
    credentials: fromWorkload({ workloadId: workload.workloadId, secret: workload.secret }),
  });
}

/** The billing service as its workload: it decides its callers' requests through the gateway as `BillingService`. */
export function billingServiceAs(trust: GatewayTrust, workload: WorkloadCredential): NodeHandler {
  const identity = workloadClient(trust.gatewayUrl, workload);
  return createBillingService({ trust, authorizer: remoteAuthorizer(identity) });
}

/**
 * The orders service as its workload: it decides its callers' requests through the gateway, and calls the
 * billing service at `billingUrl`, both as `OrdersService`.
 */
export function ordersServiceAs(
  trust: GatewayTrust,
  workload: WorkloadCredential,
  billingUrl: string,
): NodeHandler {
  const identity = workloadClient(trust.gatewayUrl, workload);
  return createOrdersService({
    trust,
    authorizer: remoteAuthorizer(identity),
    billing: billingClient({ url: billingUrl, identity }),
  });
}

/** A listening service: its base URL, and how to stop it. */
export interface RunningService {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Serves `handler` on `host:port` (port 0: any free port) and resolves once it listens.
 *
 * @example
 * const billing = await listen(billingServiceAs(trust, workload), 0, '127.0.0.1');
 * billing.url; // http://127.0.0.1:53121
 */
export function listen(handler: NodeHandler, port: number, host: string): Promise<RunningService> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"code":"ServiceFailure","message":"internal error"}');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolve({ url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`, server, close });
    });
  });
}
