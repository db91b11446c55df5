import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from '@iamgate/gateway';
import { startInProcessGateway } from '@iamgate/gateway/testing';
import type { Account, Store } from '@iamgate/store';
import { CONSOLE_DIST } from '../../scripts/console-build.js';

/** The root user of the test account; satisfies the default password policy. */
export const ROOT_EMAIL = 'root@console.test';
export const ROOT_PASSWORD = 'Root-passw0rd-for-console';

/** A real gateway on PGlite behind a real HTTP server, serving the built console, for one test file. */
export interface ConsoleGateway {
  /** `http://127.0.0.1:<port>`: the only origin the browser may reach. */
  origin: string;
  account: Account;
  gateway: Gateway;
  store: Store;
  close: () => Promise<void>;
}

/**
 * Starts the gateway in process (as the gateway's and the SDK's tests do) on an embedded database with one account,
 * listening on a free loopback port so that a browser can load the console from it.
 */
export async function startConsoleGateway(env: Record<string, string> = {}): Promise<ConsoleGateway> {
  let handler: http.RequestListener = (_req, res) => res.end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The browser's clock is the real one, and so the gateway's: sessions and TOTP codes are judged by it.
  const { gateway, store, account, close } = await startInProcessGateway({
    env: {
      IAMGATE_PUBLIC_URL: origin,
      IAMGATE_CONSOLE_DIR: CONSOLE_DIST,
      // The scenario signs in several times from one address within a minute.
      IAMGATE_SIGNIN_FAILURE_DELAY_MS: '0',
      ...env,
    },
    rootEmail: ROOT_EMAIL,
    rootPassword: ROOT_PASSWORD,
    clock: 'real',
  });
  handler = gateway.yoga as unknown as http.RequestListener;
  return {
    origin,
    account,
    gateway,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await close();
    },
  };
}
