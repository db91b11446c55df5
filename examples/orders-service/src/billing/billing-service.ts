import type { Authorizer, Gate } from '@iamgate/middleware';
import { type IamgateIncomingMessage, type NodeHandler, withIamgate } from '@iamgate/middleware/node';
import { invoiceArn } from '../arns.js';
import { matchRoute, type Route, routeTable } from '../http/match-route.js';
import { sendJson, sendNotFound } from '../http/send-json.js';
import { type GatewayTrust, sessionGate } from '../iamgate/session-gate.js';

/** An invoice of the billing service, one per order. */
export interface Invoice {
  orderId: string;
  invoiceId: string;
  amountCents: number;
  paid: boolean;
}

/** The invoices the billing service starts with: those of the sample orders. */
export const SAMPLE_INVOICES: readonly Invoice[] = [
  { orderId: '1001', invoiceId: 'INV-2024-0001', amountCents: 34900, paid: true },
  { orderId: '1002', invoiceId: 'INV-2024-0002', amountCents: 5970, paid: false },
  { orderId: '1003', invoiceId: 'INV-2024-0003', amountCents: 2450, paid: false },
];

type Handler = (
  req: IamgateIncomingMessage,
  params: Record<string, string>,
) => { status: number; body: unknown };

/** Options of the billing service. */
export interface BillingServiceOptions {
  trust: GatewayTrust;
  /** Decides the callers' requests (the example uses `remoteAuthorizer` with the service's workload client). */
  authorizer: Authorizer;
  invoices?: readonly Invoice[];
}

/**
 * The second example service: `GET /invoices/:orderId`, checked as `billing:GetInvoice` on
 * `arn:iamgate:billing::<account>:invoice/<orderId>`. Its callers are other services, signed in as workload role
 * sessions (the orders service), whose roles need that permission.
 *
 * @example
 * http.createServer(createBillingService({ trust, authorizer })).listen(4200);
 */
export function createBillingService(options: BillingServiceOptions): NodeHandler {
  const invoices = new Map((options.invoices ?? SAMPLE_INVOICES).map((i) => [i.orderId, i]));
  const routes: Route<Handler>[] = [
    {
      method: 'GET',
      pattern: '/healthz',
      target: 'public',
      handler: () => ({ status: 200, body: { ok: true } }),
    },
    {
      method: 'GET',
      pattern: '/invoices/:orderId',
      target: {
        action: 'billing:GetInvoice',
        resource: (req) => invoiceArn(req.principal.account, req.params.orderId ?? ''),
      },
      handler: (req, { orderId = '' }) => {
        const invoice = invoices.get(orderId);
        if (invoice === undefined) {
          return { status: 404, body: { code: 'NOT_FOUND', message: `order \`${orderId}\` has no invoice` } };
        }
        // Who asked, as billing saw it: the calling service's role session.
        return { status: 200, body: { ...invoice, requestedBy: req.iamgate?.principal.arn } };
      },
    },
  ];
  const gate: Gate = sessionGate(options.trust, options.authorizer, routeTable(routes));
  return withIamgate(gate, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://billing.invalid');
    const match = matchRoute(routes, req.method ?? 'GET', url.pathname);
    // The gate refuses requests no route maps, so a miss here is a path the table and the router read differently.
    if (match === undefined) return sendNotFound(res, `\`${url.pathname}\``);
    const { status, body } = match.handler(req, match.params);
    sendJson(res, status, body);
  });
}
