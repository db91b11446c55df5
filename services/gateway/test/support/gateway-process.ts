/**
 * A second gateway process for propagation tests: opens the store at `DATABASE_URL` with `IAMGATE_SECRET_KEY`,
 * listens on an ephemeral port of 127.0.0.1 and prints `listening <port>` once ready. Stopped with SIGTERM.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore } from '@iamgate/store';
import { loadConfig } from '../../src/config/load-config.js';
import { createGateway } from '../../src/gateway.js';

const store = await openStore({
  databaseUrl: process.env.DATABASE_URL as string,
  secretKey: process.env.IAMGATE_SECRET_KEY as string,
});
const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent' }), { store });
const server = createServer(gateway.yoga);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => {
    void gateway
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
});
