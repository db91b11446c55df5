import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { installShutdown } from '../src/process/shutdown.js';

/** A server whose every request stays in flight for ever. */
async function stuckServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/**
 * The shutdown sequence when something hangs (issue 10, "health that lies" and shutdown): the process must still
 * exit, with 1, once the drain and shutdown deadlines have passed, and a second signal must exit at once. The
 * sequence runs on a real server with a request that never finishes and a close that never resolves; `exit` is
 * recorded instead of ending the test process.
 */
describe('shutdown when something hangs', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  async function start(deadlines: { drainMs: number; shutdownMs: number }) {
    const { server, port } = await stuckServer();
    const inFlight = fetch(`http://127.0.0.1:${port}/`).catch(() => 'reset');
    const exits: number[] = [];
    const uninstall = installShutdown({
      server,
      drain: () => {},
      close: () => new Promise<void>(() => {}),
      logger: createLogger({ level: 'silent' }),
      deadlines,
      exit: (code) => exits.push(code),
    });
    cleanups.push(() => {
      uninstall();
      server.closeAllConnections();
      server.close();
    });
    return { exits, inFlight };
  }

  it('exits 1 once the drain and shutdown deadlines have passed, closing the stuck request', async () => {
    const { exits, inFlight } = await start({ drainMs: 20, shutdownMs: 50 });
    process.emit('SIGTERM', 'SIGTERM');
    expect(exits).toEqual([]);
    // The in-flight request is cut when the shutdown deadline passes; then only the hard deadline ends the process.
    expect(await inFlight).toBe('reset');
    await vi.waitFor(() => expect(exits).toEqual([1]), { timeout: 30_000, interval: 20 });
  });

  it('exits 1 at once on a second signal', async () => {
    const { exits } = await start({ drainMs: 60_000, shutdownMs: 60_000 });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
  });
});
