export { invoiceArn, orderArn } from './arns.js';
export {
  type BillingServiceOptions,
  createBillingService,
  type Invoice,
  SAMPLE_INVOICES,
} from './billing/billing-service.js';
export { type ExampleConfig, loadExampleConfig, SERVICES_FILE } from './config.js';
export { type GatewayTrust, sessionGate } from './iamgate/session-gate.js';
export {
  type BillingClient,
  type BillingClientOptions,
  billingClient,
  type InvoiceLookup,
} from './orders/billing-client.js';
export { createOrderBook, type Order, type OrderBook, SAMPLE_ORDERS } from './orders/order-book.js';
export { createOrdersService, type OrdersServiceOptions } from './orders/orders-service.js';
export {
  billingServicePolicy,
  ordersServicePolicy,
  type ProvisionedServices,
  provisionServices,
  type ServiceIdentity,
} from './provision.js';
export {
  billingServiceAs,
  listen,
  ordersServiceAs,
  type RunningService,
  type WorkloadCredential,
  workloadClient,
} from './services.js';
