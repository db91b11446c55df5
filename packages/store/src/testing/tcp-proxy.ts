import { connect, createServer, type Socket } from 'node:net';

/** A TCP proxy in front of a database server, for fault tests: it can reset, refuse and stall connections. */
export interface TcpProxy {
  /** The loopback port clients connect to. */
  port: number;
  /** Resets every open connection abruptly (TCP RST, no protocol goodbye), as a crashed peer or network would. */
  resetAll(): void;
  /** While on, new connections are reset as soon as they arrive. */
  refuse(on: boolean): void;
  /** While on, nothing is forwarded in either direction (a network stall); data flows again when turned off. */
  stall(on: boolean): void;
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 that forwards to `target` (a URL whose host and port are used). Only for tests: it
 * lets a test drop or stall connections without touching the server or the network.
 */
export async function tcpProxy(target: URL): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let refusing = false;
  let stalled = false;
  const paused = new Set<Socket>();
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => {
        if (!to.destroyed) to.write(chunk);
        if (stalled) {
          from.pause();
          paused.add(from);
        }
      });
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no proxy port');
  return {
    port: address.port,
    resetAll() {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
    },
    refuse(on) {
      refusing = on;
    },
    stall(on) {
      stalled = on;
      for (const socket of sockets) {
        if (on) {
          socket.pause();
          paused.add(socket);
        }
      }
      if (!on) {
        for (const socket of paused) socket.resume();
        paused.clear();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
