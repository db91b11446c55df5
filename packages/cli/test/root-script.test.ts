/**
 * The CLI as the README runs it from a clone: `pnpm iamgate ARGS` at the root, `pnpm -w iamgate ARGS` anywhere in
 * the clone (the root script runs scripts/start.mjs, which starts the CLI with tsx). Its exit code reaches the shell
 * unchanged, stdout carries the output only, and relative paths are read from where the command was typed. Real
 * processes: pnpm, node, then node with tsx.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `pnpm ...args` typed in `cwd`, with the exit code it gives the shell. */
async function pnpm(cwd: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('pnpm', args, {
      cwd,
      env: { ...process.env, IAMGATE_CONFIG_DIR: '/nonexistent/iamgate-root-script-test' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Starting pnpm, then Node with tsx, takes seconds on a busy machine.
describe('pnpm iamgate from the repository', { timeout: 120_000 }, () => {
  it('passes the exit code of a usage error (2) to the shell, not pnpm’s 1', async () => {
    const run = await pnpm(ROOT, ['iamgate', 'iam', 'create-user']);
    expect(run.code).toBe(ExitCode.Usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('iamgate: `create-user` needs `--user-name`\n');
  });

  it('keeps stdout to the command’s output', async () => {
    const run = await pnpm(ROOT, ['iamgate', '--version']);
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(/^iamgate\/\d+\.\d+\.\d+\S* node\/\S+ \S+\/\S+\n$/);
  });

  it('reads relative paths from the directory it was typed in', async () => {
    // A folder of a workspace package: `-w` runs the root's script, as from anywhere in the clone.
    const policies = `${ROOT}examples/orders-service/policy-tests/policies`;
    const run = await pnpm(policies, [
      '-w',
      'iamgate',
      'policy',
      'validate',
      'clerk.json',
      'file://./auditor.json',
    ]);
    expect(run.stderr).not.toMatch(/iamgate: /);
    expect(run.code).toBe(ExitCode.Ok);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([
      'clerk.json',
      'file://./auditor.json',
    ]);
  });
});
