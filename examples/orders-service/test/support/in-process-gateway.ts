import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, loadConfig } from '@iamgate/gateway';
import type { Account } from '@iamgate/store';
import { createTestStore, type TestDriver } from '@iamgate/store/testing';
import type { GatewayTrust } from '../../src/iamgate/session-gate.js';

/** The root password of the test account; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-tests';

/** A real gateway on a fresh store (PGlite, or Postgres with `IAMGATE_TEST_DATABASE_URL`), on a loopback port. */
export interface InProcessGateway {
  /** The gateway's base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** The GraphQL endpoint, for SDK clients. */
  graphqlUrl: string;
  /** How the example services check the gateway's tokens. */
  trust: GatewayTrust;
  account: Account;
  close: () => Promise<void>;
}

/**
 * Starts the gateway the way `pnpm start` does (its `createGateway` over a store, served by Node `http`), with one
 * account, and listens on an ephemeral port of 127.0.0.1 so that the services reach it, and its JWKS, over HTTP.
 */
export async function startInProcessGateway(driver: TestDriver): Promise<InProcessGateway> {
  const { store, cleanup } = await createTestStore({ driver });
  const account = await store.accounts.create({ rootEmail: 'root@example.com', rootPassword: ROOT_PASSWORD });
  const config = loadConfig({ IAMGATE_LOG_LEVEL: 'silent' });
  const gateway = await createGateway(config, { store, operatorAccountId: account.id });
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    trust: { gatewayUrl: url, issuer: config.tokens.issuer, audience: config.tokens.audience },
    account,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.close();
      await cleanup();
    },
  };
}
