import { describe, expect, it } from 'vitest';
import { loadExampleConfig } from '../src/config.js';

const credentials = {
  ORDERS_WORKLOAD_ID: 'orders-id',
  ORDERS_WORKLOAD_SECRET: 'orders-secret',
  BILLING_WORKLOAD_ID: 'billing-id',
  BILLING_WORKLOAD_SECRET: 'billing-secret',
};

// The example's end-to-end test runs it as processes beside the gateway: test/system/orders-example.test.ts at the
// root of the repository.
describe('loadExampleConfig', () => {
  it("takes the gateway's defaults, and the workloads' credentials from the environment", async () => {
    expect(await loadExampleConfig(credentials)).toEqual({
      trust: { gatewayUrl: 'http://127.0.0.1:4000', issuer: 'http://localhost:4000', audience: 'iamgate' },
      host: '127.0.0.1',
      ordersPort: 4100,
      billingPort: 4200,
      orders: { workloadId: 'orders-id', secret: 'orders-secret' },
      billing: { workloadId: 'billing-id', secret: 'billing-secret' },
    });
  });

  it('checks its tokens against the public URL the gateway signs them with, and listens where it is told', async () => {
    const config = await loadExampleConfig({
      ...credentials,
      IAMGATE_URL: 'http://10.0.0.5:4000/',
      IAMGATE_PUBLIC_URL: 'https://iam.example.com',
      ORDERS_PORT: '0',
      BILLING_PORT: '8080',
    });
    expect(config.trust).toEqual({
      gatewayUrl: 'http://10.0.0.5:4000',
      issuer: 'https://iam.example.com',
      audience: 'iamgate',
    });
    expect([config.ordersPort, config.billingPort]).toEqual([0, 8080]);
  });

  it('names the variable of a port that is not one', async () => {
    await expect(loadExampleConfig({ ...credentials, BILLING_PORT: '70000' })).rejects.toThrow(
      '`BILLING_PORT` must be a port number, got `70000`',
    );
  });
});
