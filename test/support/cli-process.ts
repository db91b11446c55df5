import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FROM_SOURCE, REPO } from './processes.js';

/** What one run of the `iamgate` command did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, with `input` on its standard input. */
export function run(
  command: string,
  args: readonly string[],
  { cwd, env = {}, input = '' }: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<CliRun> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The `iamgate` command as `pnpm --filter @iamgate/cli start` runs it (its `src/main.ts` from source), with `env`
 * (`IAMGATE_CONFIG_DIR` keeps its profiles away from the user's `~/.iamgate`).
 */
export function iamgate(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliRun> {
  return run(process.execPath, [...FROM_SOURCE, 'src/main.ts', ...args], {
    cwd: join(REPO, 'packages/cli'),
    ...options,
  });
}
