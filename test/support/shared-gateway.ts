import { randomBytes } from 'node:crypto';
import { createClient, fromPassword, type IamgateClient } from '@iamgate/sdk';
import type { TestDriver } from '@iamgate/store/testing';
import { inject } from 'vitest';
import { gatewayReady, OPERATOR, readLog } from './gateway-process.js';
import type { SharedGatewayInfo } from './global-setup.js';

/** The password of the root users of test accounts; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-system-tests';

/** An account of its own on a shared gateway, for one test file. */
export interface SharedGateway extends SharedGatewayInfo {
  accountId: string;
  rootEmail: string;
  /** An SDK client of the account's root user. */
  root: IamgateClient;
  /** What the gateway process printed so far. */
  log: () => string;
}

/**
 * The gateway process on `driver` that the global setup started, once ready, with a fresh account made through
 * the operator account (`createAccount`), so that test files running side by side never see each other's users.
 */
export async function sharedGateway(driver: TestDriver): Promise<SharedGateway> {
  const info = inject('gateways')[driver];
  if (info === undefined) throw new Error(`no shared gateway on ${driver}`);
  const log = () => readLog(info.logFile);
  await gatewayReady(info.url, log);
  const operator = createClient({ url: info.graphqlUrl, credentials: fromPassword(OPERATOR) });
  const rootEmail = `root-${randomBytes(6).toString('hex')}@example.com`;
  const account = await operator.api.createAccount({ email: rootEmail, password: ROOT_PASSWORD });
  const root = createClient({
    url: info.graphqlUrl,
    credentials: fromPassword({ email: rootEmail, password: ROOT_PASSWORD }),
  });
  return { ...info, accountId: account.accountId, rootEmail, root, log };
}
