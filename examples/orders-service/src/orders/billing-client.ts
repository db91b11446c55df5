import type { IamgateClient } from '@iamgate/sdk';
import type { Invoice } from '../billing/billing-service.js';

/** What the billing service said about an order's invoice. */
export type InvoiceLookup =
  | { kind: 'found'; invoice: Invoice & { requestedBy?: string } }
  | { kind: 'not-found' }
  /** Billing refused the orders service itself (401/403/503): its body, in the middleware's shape. */
  | { kind: 'refused'; status: number; body: Record<string, unknown> };

/** The orders service's client of the billing service. */
export interface BillingClient {
  invoiceOf(orderId: string, signal?: AbortSignal): Promise<InvoiceLookup>;
}

/** Options of `billingClient`. */
export interface BillingClientOptions {
  /** The billing service's base URL, e.g. `http://localhost:4200`. */
  url: string;
  /**
   * The SDK client whose session the calls carry: in the example, the orders service's workload
   * (`fromWorkload`), so billing sees an `OrdersService` role session and decides with that role's policies.
   */
  identity: IamgateClient;
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * Calls the billing service as the orders service's workload role. The session comes from the SDK's credential
 * provider, which assumes the role and renews it before it expires; a 401 (the session revoked or expired early)
 * is retried once with a fresh session.
 *
 * @example
 * const billing = billingClient({ url: 'http://localhost:4200', identity: workloadClient });
 * const lookup = await billing.invoiceOf('1001'); // { kind: 'found', invoice: { invoiceId: 'INV-2024-0001', ... } }
 */
export function billingClient(options: BillingClientOptions): BillingClient {
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const call = async (orderId: string, forceRefresh: boolean, signal?: AbortSignal) => {
    const session = await options.identity.credentials({ forceRefresh, ...(signal ? { signal } : {}) });
    if (session === undefined) throw new Error('the billing client needs an identity with credentials');
    const url = new URL(`/invoices/${encodeURIComponent(orderId)}`, options.url);
    return fetch(
      new Request(url, {
        headers: { authorization: `Bearer ${session.token}`, accept: 'application/json' },
        ...(signal ? { signal } : {}),
      }),
    );
  };
  return {
    async invoiceOf(orderId, signal) {
      let response = await call(orderId, false, signal);
      if (response.status === 401) response = await call(orderId, true, signal);
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 200) return { kind: 'found', invoice: body as unknown as Invoice };
      if (response.status === 404) return { kind: 'not-found' };
      return { kind: 'refused', status: response.status, body };
    },
  };
}
