import net from 'node:net';
import { describe, expect, it } from 'vitest';

/** How a connection attempt to `host` ends: `connected`, or the error code. */
function attempt(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/**
 * The suite reaches loopback only (issue 10, "a test suite that holds"): the shared vitest setup
 * (`tooling/vitest/loopback-only.js`) makes every other connection fail at once with ENETUNREACH, so no test waits on
 * DNS or a remote host, or passes only on a machine with internet.
 */
describe('the test network guard', () => {
  it('refuses connections beyond loopback at once, fetch included', async () => {
    expect(await attempt('192.0.2.1', 80)).toBe('ENETUNREACH');
    expect(await attempt('2001:db8::1', 443)).toBe('ENETUNREACH');
    const fetched = await fetch('http://192.0.2.1/').catch(
      (error: Error & { cause?: { code?: string } }) => error,
    );
    expect((fetched as Error & { cause?: { code?: string } }).cause?.code).toBe('ENETUNREACH');
  });

  it('lets loopback through', async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      expect(await attempt('127.0.0.1', port)).toBe('connected');
      expect(await attempt('localhost', port)).toMatch(/^(connected|ECONNREFUSED)$/);
    } finally {
      server.close();
    }
  });
});
