import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';

/** A real HTTP server publishing a key set, as the gateway's `/.well-known/jwks.json` does. */
export interface JwksServer {
  url: string;
  /** How many times the key set was fetched. */
  fetches(): number;
  /** Publishes a different key set (a key rotation). */
  publish(jwks: JSONWebKeySet): void;
  /** Answers every request with this status instead (an outage). */
  fail(status: number | undefined): void;
  close(): Promise<void>;
}

/** Starts a JWKS server on an ephemeral port of 127.0.0.1. */
export async function startJwksServer(initial: JSONWebKeySet): Promise<JwksServer> {
  let jwks = initial;
  let failing: number | undefined;
  let count = 0;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') {
      res.writeHead(404).end();
      return;
    }
    count++;
    if (failing !== undefined) {
      res.writeHead(failing).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => count,
    publish(next) {
      jwks = next;
    },
    fail(status) {
      failing = status;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
