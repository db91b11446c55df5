import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { cliVersion } from '../src/version.js';
import { memoryIo } from './memory-io.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

describe('iamgate --version', () => {
  it('prints the CLI, Node and platform as `aws --version` prints its own', async () => {
    const { version } = JSON.parse(await readFile(`${PACKAGE_DIR}package.json`, 'utf8'));
    const io = memoryIo();
    expect(await runCli(['--version'], io)).toBe(ExitCode.Ok);
    expect(io.out()).toBe(
      `iamgate/${version} node/${process.versions.node} ${process.platform}/${process.arch}\n`,
    );
    // Anywhere on the line, whatever else it says, as the AWS CLI's.
    const anywhere = memoryIo();
    expect(await runCli(['iam', 'no-such-command', '--version'], anywhere)).toBe(ExitCode.Ok);
    expect(anywhere.out()).toBe(io.out());
  });

  it('reads the version from package.json, from source and from the built dist/', async () => {
    const { version } = JSON.parse(await readFile(`${PACKAGE_DIR}package.json`, 'utf8'));
    expect(cliVersion()).toBe(version);
    // Built, the module is dist/version.js: one level below package.json too, which npm always packs.
    expect(cliVersion(pathToFileURL(`${PACKAGE_DIR}dist/version.js`))).toBe(version);
    expect(() => cliVersion(pathToFileURL(`${PACKAGE_DIR}dist/nested/version.js`))).toThrow(/ENOENT/);
  });
});
