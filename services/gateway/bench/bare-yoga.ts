/**
 * The reference server of `vs-yoga.ts`: graphql-yoga with a one-field schema and nothing else (no plugins, no
 * logging), the yoga version the gateway is built on, and `listen`, which serves any request listener over
 * `node:http` on an ephemeral 127.0.0.1 port as the gateway is served in production.
 */
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

/** The version of graphql-yoga both servers run (the gateway's own dependency). */
export const YOGA_VERSION: string = (
  createRequire(import.meta.url)('graphql-yoga/package.json') as { version: string }
).version;

/** A listening server: its port, and how to close it (open keep-alive connections included). */
export interface Listening {
  port: number;
  close: () => Promise<void>;
}

/** Serves `listener` over `node:http` on an ephemeral loopback port. */
export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A bare yoga server answering `{ __typename }` (and `{ hello }`). */
export function bareYoga(): Promise<Listening> {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'hi' } },
    }),
    logging: false,
    landingPage: false,
    graphiql: false,
  });
  return listen(yoga as unknown as RequestListener);
}
