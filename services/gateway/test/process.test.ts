import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `pnpm start`'s entry point as a real process with `env`. */
function start(env: Record<string, string>): Started {
  // Node itself with tsx's loader (not the tsx CLI, which would sit between the test and the gateway's signals).
  const child = spawn(process.execPath, ['--conditions=@iamgate/source', '--import', 'tsx', MAIN], {
    cwd: PACKAGE,
    env: { ...process.env, IAMGATE_LOG_LEVEL: 'info', IAMGATE_ROOT_PASSWORD: 'Process-passw0rd!', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function until(check: () => boolean, what: string, limitMs = 90_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The gateway as a process (`pnpm start`'s entry point): one PGlite folder per process, a clear line instead of a
 * stack trace for a taken port, and a shutdown that drains before it closes (issue "Never hang", defects 3, 4, 7).
 */
describe('the gateway process', () => {
  let dir: string;
  let port: number;
  let first: Started;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-process-'));
    port = await freePort();
    first = start({
      PORT: String(port),
      IAMGATE_DATA_DIR: join(dir, 'one'),
      IAMGATE_DRAIN_DELAY_MS: '1500',
      IAMGATE_SHUTDOWN_TIMEOUT_MS: '3000',
    });
    await until(() => first.output().includes('"msg":"listening"'), 'the first gateway to listen');
  }, 120_000);
  afterAll(async () => {
    first?.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second process on the same data folder, naming the one that holds it', async () => {
    const second = start({ PORT: String(await freePort()), IAMGATE_DATA_DIR: join(dir, 'one') });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`in use by process ${first.child.pid}`);
    expect(second.output()).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('says in one line that the port is taken, without a stack trace', async () => {
    const other = start({ PORT: String(port), IAMGATE_DATA_DIR: join(dir, 'two') });
    expect(await other.exited).toBe(1);
    expect(other.output()).toContain(`127.0.0.1:${port} is already in use`);
    expect(other.output()).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('drains on SIGTERM: not ready at once, still serving, then exits 0', async () => {
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    await until(() => first.output().includes('"msg":"stopping"'), 'the stop to begin', 10_000);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ reason: 'draining' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await first.exited).toBe(0);
    // The lock is released: the folder opens again.
    const again = start({ PORT: String(await freePort()), IAMGATE_DATA_DIR: join(dir, 'one') });
    await until(() => again.output().includes('"msg":"listening"'), 'the restart to listen');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 120_000);
});
