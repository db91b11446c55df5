import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How `pnpm start` runs a package's TypeScript entry point (`tsx --conditions=@iamgate/source src/main.ts`), as
 * Node itself with tsx's loader: the tsx CLI would sit between the test and the process's signals. Run it with
 * the package folder as `cwd`, where `tsx` resolves.
 */
export const FROM_SOURCE = ['--conditions=@iamgate/source', '--import', 'tsx'];

/** A port nobody listens on right now (`PORT=0` would do, but the gateway prints the port it was given). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A child process with what it printed (stdout and stderr, interleaved) and its exit. */
export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves with the exit code. */
  stop: (graceMs?: number) => Promise<number | null>;
}

/** Starts `command` with `args`, collecting its output. */
export function start(command: string, args: readonly string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let text = '';
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    return exited;
  };
  return { child, output: () => text, exited, stop };
}

/** Waits until `check` resolves true, failing with `what` (and `detail()`, e.g. a process's output) after `limitMs`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  { limitMs = 120_000, detail = () => '' }: { limitMs?: number; detail?: () => string } = {},
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}\n${detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether `url` answers 200 now. */
export async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}
