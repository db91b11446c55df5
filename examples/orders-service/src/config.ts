import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { GatewayTrust } from './iamgate/session-gate.js';
import type { ProvisionedServices } from './provision.js';
import type { WorkloadCredential } from './services.js';

/** Where `pnpm provision` keeps the services' workload credentials (mode 600, git-ignored). */
export const SERVICES_FILE = fileURLToPath(new URL('../.services.json', import.meta.url));

/** What `pnpm start` of the example needs. */
export interface ExampleConfig {
  trust: GatewayTrust;
  host: string;
  ordersPort: number;
  billingPort: number;
  orders: WorkloadCredential;
  billing: WorkloadCredential;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`\`${name}\` must be a port number, got \`${text}\``);
  }
  return value;
}

function credential(env: NodeJS.ProcessEnv, prefix: string, file: WorkloadCredential | undefined) {
  const workloadId = env[`${prefix}_WORKLOAD_ID`] ?? file?.workloadId;
  const secret = env[`${prefix}_WORKLOAD_SECRET`] ?? file?.secret;
  if (!workloadId || !secret) {
    throw new Error(
      `no credential for the ${prefix.toLowerCase()} service: run \`pnpm --filter @iamgate/example-orders-service provision\` ` +
        `first, or set \`${prefix}_WORKLOAD_ID\` and \`${prefix}_WORKLOAD_SECRET\``,
    );
  }
  return { workloadId, secret };
}

async function servicesFile(): Promise<ProvisionedServices | undefined> {
  try {
    return JSON.parse(await readFile(SERVICES_FILE, 'utf8')) as ProvisionedServices;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The example's settings: the gateway (`IAMGATE_URL` to reach it; `IAMGATE_TOKEN_ISSUER` or `IAMGATE_PUBLIC_URL`
 * and `IAMGATE_TOKEN_AUDIENCE` to check its tokens, with the gateway's own defaults), the ports (`ORDERS_PORT` 4100, `BILLING_PORT` 4200, on `HOST` 127.0.0.1) and the two
 * workload credentials (`ORDERS_WORKLOAD_ID`/`_SECRET`, `BILLING_WORKLOAD_ID`/`_SECRET`, else `.services.json`).
 */
export async function loadExampleConfig(env: NodeJS.ProcessEnv = process.env): Promise<ExampleConfig> {
  // 127.0.0.1 rather than localhost: the gateway listens on IPv4 loopback by default, and `localhost` may resolve
  // to ::1 first. Tokens still name the gateway's public URL (`IAMGATE_PUBLIC_URL`, http://localhost:4000).
  const gatewayUrl = (env.IAMGATE_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
  const file = await servicesFile();
  return {
    trust: {
      gatewayUrl,
      issuer: env.IAMGATE_TOKEN_ISSUER ?? env.IAMGATE_PUBLIC_URL ?? 'http://localhost:4000',
      audience: env.IAMGATE_TOKEN_AUDIENCE ?? 'iamgate',
    },
    host: env.HOST ?? '127.0.0.1',
    ordersPort: port(env, 'ORDERS_PORT', 4100),
    billingPort: port(env, 'BILLING_PORT', 4200),
    orders: credential(env, 'ORDERS', file?.orders),
    billing: credential(env, 'BILLING', file?.billing),
  };
}
