/**
 * Relative paths (`./policy.json`, `file://./doc.json`, `--services ./x.json`, `policy test DIR`, `--junit FILE`) are
 * the user's: resolved against the CLI's working directory (`CliIo.cwd`), which `pnpm iamgate` sets to where the
 * command was typed (root-script.test.ts runs that for real).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { memoryIo } from './memory-io.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/orders-service', import.meta.url));

describe('relative paths in commands', () => {
  let dir: string;
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }],
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-cwd-'));
    await mkdir(join(dir, 'suites'));
    await writeFile(join(dir, 'policy.json'), policy);
    await writeFile(
      join(dir, 'orders.service.json'),
      await readFile(join(EXAMPLE, 'services/orders.service.json'), 'utf8'),
    );
    await writeFile(join(dir, 'suites', 'clerk.json'), policy);
    await writeFile(
      join(dir, 'suites', 'clerk.test.json'),
      JSON.stringify({
        name: 'clerk',
        principals: {
          clerk: { arn: 'arn:iamgate:iam::111122223333:user/clerk', policies: ['file:clerk.json'] },
        },
        tests: [
          {
            name: 'reads orders',
            principals: ['clerk'],
            resources: ['arn:iamgate:orders::111122223333:order/1'],
            actions: { 'orders:GetOrder': 'Allow' },
          },
        ],
      }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the CLI as if typed in `cwd`. */
  async function run(cwd: string, argv: string[]) {
    const io = { ...memoryIo('', { env: { IAMGATE_CONFIG_DIR: join(dir, 'config') } }), cwd };
    const code = await runCli(argv, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('reads policy validate files, file:// values and --services from the working directory', async () => {
    const ok = await run(dir, ['policy', 'validate', './policy.json', 'file://policy.json']);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(ExitCode.Ok);
    expect(JSON.parse(ok.out).map((r: { file: string }) => r.file)).toEqual([
      './policy.json',
      'file://policy.json',
    ]);
    const services = await run(dir, [
      'policy',
      'validate',
      '--services',
      './orders.service.json',
      'policy.json',
    ]);
    expect(services.code).toBe(ExitCode.Ok);
    // Elsewhere the same relative paths name nothing.
    const elsewhere = await run(tmpdir(), ['policy', 'validate', './policy.json']);
    expect(elsewhere.code).toBe(ExitCode.Usage);
    expect(elsewhere.err).toMatch(/^iamgate: cannot read `\.\/policy\.json`/);
  });

  it('runs policy test on a relative directory and writes --junit there', async () => {
    const tested = await run(dir, ['policy', 'test', '--junit', 'out/../junit.xml', 'suites']);
    expect(tested.err).toBe('');
    expect(tested.code).toBe(ExitCode.Ok);
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toContain('<testsuite name="clerk"');
  });

  it('reads an operation option given as file://./path before anything is sent', async () => {
    const argv = ['iam', 'create-policy', '--policy-name', 'P', '--policy-document', 'file://./policy.json'];
    // With the file read, the command goes on to look for a gateway, and finds none configured.
    const here = await run(dir, argv);
    expect(here.code).toBe(ExitCode.Usage);
    expect(here.err).toMatch(/^iamgate: no gateway url/);
    const elsewhere = await run(tmpdir(), argv);
    expect(elsewhere.err).toBe('iamgate: cannot read `./policy.json` for `--policy-document`\n');
  });
});
