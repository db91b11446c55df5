/**
 * `pnpm start` of the example: the billing service and the orders service in one process, each running as its
 * own workload role. See README.md for the walk-through.
 */
import { loadExampleConfig } from './config.js';
import { billingServiceAs, listen, ordersServiceAs } from './services.js';

try {
  const config = await loadExampleConfig();
  const billing = await listen(
    billingServiceAs(config.trust, config.billing),
    config.billingPort,
    config.host,
  );
  const orders = await listen(
    ordersServiceAs(config.trust, config.orders, billing.url),
    config.ordersPort,
    config.host,
  );
  process.stdout.write(
    [
      '',
      `orders service   ${orders.url}   (GET /orders, GET /orders/:id, POST /orders/:id/cancel, GET /orders/:id/invoice)`,
      `billing service  ${billing.url}   (GET /invoices/:orderId)`,
      `gateway          ${config.trust.gatewayUrl}`,
      '',
    ].join('\n'),
  );
  const stop = () => void Promise.all([orders.close(), billing.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`the example services failed to start: ${(error as Error).message}\n`);
  process.exit(1);
}
