import type { Authorizer } from '@iamgate/middleware';
import { type IamgateIncomingMessage, type NodeHandler, withIamgate } from '@iamgate/middleware/node';
import { orderArn } from '../arns.js';
import { matchRoute, type Route, routeTable } from '../http/match-route.js';
import { sendJson, sendNotFound } from '../http/send-json.js';
import { type GatewayTrust, sessionGate } from '../iamgate/session-gate.js';
import type { BillingClient } from './billing-client.js';
import { createOrderBook, type OrderBook } from './order-book.js';

type Reply = { status: number; body: unknown };
type Handler = (req: IamgateIncomingMessage, params: Record<string, string>) => Reply | Promise<Reply>;

/** Options of the orders service. */
export interface OrdersServiceOptions {
  trust: GatewayTrust;
  /** Decides the callers' requests (the example uses `remoteAuthorizer` with the service's workload client). */
  authorizer: Authorizer;
  /** Where invoices come from: the billing service, called as the orders service's workload role. */
  billing: BillingClient;
  orders?: OrderBook;
}

const notFound = (id: string | undefined): Reply => ({
  status: 404,
  body: { code: 'NOT_FOUND', message: `order \`${id}\` does not exist` },
});

/** The order's ARN for the caller's account: what `orders:GetOrder` and `orders:CancelOrder` are checked on. */
const order = {
  resource: (req: { principal: { account: string }; params: Readonly<Record<string, string>> }) =>
    orderArn(req.principal.account, req.params.id ?? ''),
};

function routes(book: OrderBook, billing: BillingClient): Route<Handler>[] {
  return [
    {
      method: 'GET',
      pattern: '/healthz',
      target: 'public',
      handler: () => ({ status: 200, body: { ok: true } }),
    },
    {
      method: 'GET',
      pattern: '/orders',
      target: { action: 'orders:ListOrders', resource: (req) => orderArn(req.principal.account, '*') },
      handler: () => ({ status: 200, body: { orders: book.list() } }),
    },
    {
      method: 'GET',
      pattern: '/orders/:id',
      target: { action: 'orders:GetOrder', ...order },
      handler: (_req, { id = '' }) => {
        const found = book.get(id);
        return found === undefined ? notFound(id) : { status: 200, body: found };
      },
    },
    {
      method: 'POST',
      pattern: '/orders/:id/cancel',
      target: { action: 'orders:CancelOrder', ...order },
      handler: (_req, { id = '' }) => {
        const cancelled = book.cancel(id);
        return cancelled === undefined ? notFound(id) : { status: 200, body: cancelled };
      },
    },
    {
      method: 'GET',
      pattern: '/orders/:id/invoice',
      target: { action: 'orders:GetOrder', ...order },
      handler: async (_req, { id = '' }) => {
        if (book.get(id) === undefined) return notFound(id);
        const lookup = await billing.invoiceOf(id);
        if (lookup.kind === 'found') return { status: 200, body: lookup.invoice };
        if (lookup.kind === 'not-found') {
          return { status: 404, body: { code: 'NOT_FOUND', message: `order \`${id}\` has no invoice yet` } };
        }
        // The caller may read the order; it is this service that billing refused, so it is a bad gateway for them.
        return {
          status: 502,
          body: {
            code: 'BILLING_REFUSED',
            message: `the billing service refused the orders service (${lookup.status})`,
            upstream: { status: lookup.status, ...lookup.body },
          },
        };
      },
    },
  ];
}

/**
 * The example orders service, a Node `http` handler. Every route but `/healthz` needs a session token of the
 * gateway and a decision allowing the route's action on the order:
 *
 * | route                      | action               | resource                                     |
 * | -------------------------- | -------------------- | -------------------------------------------- |
 * | `GET /orders`              | `orders:ListOrders`  | `arn:iamgate:orders::<account>:order/*`      |
 * | `GET /orders/:id`          | `orders:GetOrder`    | `arn:iamgate:orders::<account>:order/<id>`   |
 * | `POST /orders/:id/cancel`  | `orders:CancelOrder` | `arn:iamgate:orders::<account>:order/<id>`   |
 * | `GET /orders/:id/invoice`  | `orders:GetOrder`    | the order; then billing checks the service   |
 *
 * @example
 * http.createServer(createOrdersService({ trust, authorizer, billing })).listen(4100);
 */
export function createOrdersService(options: OrdersServiceOptions): NodeHandler {
  const table = routes(options.orders ?? createOrderBook(), options.billing);
  const gate = sessionGate(options.trust, options.authorizer, routeTable(table));
  return withIamgate(gate, async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://orders.invalid');
    const match = matchRoute(table, req.method ?? 'GET', url.pathname);
    // The gate refuses requests no route maps, so a miss here is a path the table and the router read differently.
    if (match === undefined) return sendNotFound(res, `\`${url.pathname}\``);
    const { status, body } = await match.handler(req, match.params);
    sendJson(res, status, body);
  });
}
