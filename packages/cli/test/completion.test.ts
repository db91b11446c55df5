/**
 * `iamgate completion bash|zsh|fish`: scripts generated from the catalog. The bash script is run for real: bash
 * sources it and its completion function answers `COMP_WORDS` as bash would set them on TAB.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { commandsOf, findCommand } from '../src/operations/operation-catalog.js';
import { memoryIo } from './memory-io.js';

async function script(shell: string): Promise<string> {
  const io = memoryIo();
  expect(await runCli(['completion', shell], io)).toBe(ExitCode.Ok);
  return io.out();
}

describe('bash completion, run by bash', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-completion-'));
    file = join(dir, 'iamgate.bash');
    await writeFile(file, await script('bash'));
    await writeFile(join(dir, 'credentials'), '[default]\nurl = http://x\n\n[ci]\nurl = http://y\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** What bash offers for the words typed so far, the last being the one under the cursor. */
  async function complete(...words: string[]): Promise<string[]> {
    const program = `source ${JSON.stringify(file)}
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
_iamgate_complete
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const { stdout } = await promisify(execFile)(
      'bash',
      ['--norc', '--noprofile', '-c', program, 'bash', ...words],
      {
        env: { PATH: process.env.PATH, HOME: dir, IAMGATE_CONFIG_DIR: dir },
      },
    );
    return stdout.split('\n').filter((line) => line !== '');
  }

  it('registers for iamgate, falling back to file names', async () => {
    const { stdout } = await promisify(execFile)('bash', [
      '--norc',
      '-c',
      `source ${file}; complete -p iamgate`,
    ]);
    expect(stdout.trim()).toBe('complete -o default -F _iamgate_complete iamgate');
  });

  it('completes the commands, and every operation of a group from the catalog', async () => {
    expect(await complete('iamgate', '')).toEqual(
      expect.arrayContaining(['configure', 'sign-in', 'iam', 'sts', 'organizations', 'policy', 'completion']),
    );
    expect(await complete('iamgate', 'o')).toEqual(['organizations']);
    const iam = await complete('iamgate', 'iam', '');
    expect(iam.sort()).toEqual([...commandsOf('iam').map((c) => c.command), 'help'].sort());
    expect(await complete('iamgate', 'iam', 'create-u')).toEqual(['create-user']);
    expect(await complete('iamgate', 'sts', 'assume-role-w')).toEqual(['assume-role-with-web-identity']);
    expect(await complete('iamgate', 'policy', '')).toEqual(['validate', 'test', 'simulate']);
    expect(await complete('iamgate', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it("completes an operation's options, the paging ones where it pages, after any global option", async () => {
    const createUser = await complete('iamgate', '--profile', 'iam', 'iam', 'create-user', '--');
    const flags = findCommand('iam', 'create-user')?.options.map((o) => `--${o.flag}`) ?? [];
    expect(flags).toContain('--user-name');
    expect(createUser).toEqual(expect.arrayContaining([...flags, '--output', '--query', '--profile']));
    expect(createUser).not.toContain('--max-items');
    expect(await complete('iamgate', 'iam', 'list-users', '--max')).toEqual(['--max-items']);
    expect(await complete('iamgate', 'iam', 'create-user', '--user-name', 'alice', '--pa')).toEqual([
      '--path',
    ]);
  });

  it('completes the values of --output, --profile, --kind and enum options', async () => {
    expect(await complete('iamgate', 'iam', 'list-users', '--output', '')).toEqual(['json', 'table', 'text']);
    expect(await complete('iamgate', '--output', 't')).toEqual(['table', 'text']);
    expect(await complete('iamgate', '--profile', '')).toEqual(['default', 'ci']);
    expect(await complete('iamgate', 'iam', 'update-access-key', '--status', '')).toEqual([
      'Active',
      'Inactive',
    ]);
    expect(await complete('iamgate', 'policy', 'validate', '--kind', 'b')).toEqual(['boundary']);
  });

  it('leaves file names to bash where a value or a path is typed', async () => {
    expect(await complete('iamgate', 'iam', 'create-user', '--user-name', '')).toEqual([]);
    expect(await complete('iamgate', 'policy', 'validate', '')).toEqual([]);
    expect(await complete('iamgate', '--url', '')).toEqual([]);
  });
});

describe('zsh and fish completion scripts', () => {
  it('zsh: a #compdef function over the same data, registered with compdef', async () => {
    const zsh = await script('zsh');
    const bash = await script('bash');
    expect(zsh.startsWith('#compdef iamgate\n')).toBe(true);
    expect(zsh).toContain('\n  compdef _iamgate iamgate\n');
    expect(zsh).toMatch(/\n_iamgate\(\) \{\n/);
    // The data and the walk are the very functions bash runs above.
    const shared = (text: string) =>
      text.slice(text.indexOf('_iamgate_commands() {'), text.indexOf('_iamgate_complete() {'));
    expect(shared(zsh).startsWith(shared(bash).trimEnd())).toBe(true);
    expect(zsh).toContain('_iamgate_path 2 "$CURRENT"');
  });

  it('fish: one candidates function, every operation and option, blocks balanced', async () => {
    const fish = await script('fish');
    expect(fish).toContain("complete -c iamgate -f -a '(__iamgate_candidates)'");
    expect(fish).toContain(`        case 'iam create-user'\n            printf '%s\\n' '--user-name'`);
    for (const command of commandsOf('organizations')) expect(fish).toContain(` '${command.command}'`);
    const lines = fish.split('\n').map((line) => line.trim());
    const opened = lines.filter((line) => /^(function|switch|for|if|while|begin)\b/.test(line)).length;
    expect(lines.filter((line) => line === 'end').length).toBe(opened);
  });

  it('refuses a shell it has no script for', async () => {
    for (const argv of [['completion'], ['completion', 'powershell']]) {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(ExitCode.Usage);
      expect(io.err()).toMatch(/; use iamgate completion bash\|zsh\|fish\n$/);
    }
  });
});
