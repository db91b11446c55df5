import { apiOperations } from '@iamgate/sdk';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args/command-line.js';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { kebabCase } from '../src/operations/kebab-case.js';
import { findCommand, operationCatalog } from '../src/operations/operation-catalog.js';
import { renderResult } from '../src/render-result.js';
import { memoryIo } from './memory-io.js';

describe('commands derived from the SDK and the schema', () => {
  it('has a command for every operation of the SDK but signIn, which `iamgate sign-in` wraps', () => {
    const commands = operationCatalog().map((c) => c.operation);
    const expected = Object.keys(apiOperations).filter((name) => name !== 'signIn');
    expect(commands.sort()).toEqual(expected.sort());
  });

  it('names commands and options in kebab-case, spreading a lone `input` into options', () => {
    const createRole = findCommand('iam', 'create-role');
    expect(createRole).toMatchObject({ operation: 'createRole', inputOnly: true });
    const flags = createRole?.options.map((o) => [o.flag, o.required]);
    expect(flags).toEqual(
      expect.arrayContaining([
        ['role-name', true],
        ['assume-role-policy-document', true],
        ['max-session-duration', false],
      ]),
    );
    expect(
      findCommand('iam', 'attach-user-policy')
        ?.options.map((o) => o.flag)
        .sort(),
    ).toEqual(['policy-arn', 'user-name']);
    expect(findCommand('sts', 'assume-role')).toBeDefined();
    expect(findCommand('sts', 'get-caller-identity')).toBeDefined();
    expect(findCommand('iam', 'assume-role')).toBeUndefined();
    expect(kebabCase('listAttachedUserPolicies')).toBe('list-attached-user-policies');
    // Acronyms stay whole, as in the AWS CLI (`aws iam create-virtual-mfa-device`, `--client-id-list`).
    expect(kebabCase('createVirtualMFADevice')).toBe('create-virtual-mfa-device');
    expect(kebabCase('addClientIDToOpenIDConnectProvider')).toBe('add-client-id-to-open-id-connect-provider');
    expect(kebabCase('authenticationCode1')).toBe('authentication-code1');
  });

  it('pages exactly the operations that take `first` and `after` and answer with a `pageInfo`', () => {
    const paginated = operationCatalog()
      .filter((c) => c.paginated)
      .map((c) => c.operation);
    expect(paginated).toEqual(
      expect.arrayContaining(['listUsers', 'listPolicies', 'auditEvents', 'getAccountAuthorizationDetails']),
    );
    expect(paginated).not.toContain('getUser');
    expect(paginated).not.toContain('listAccessKeys'); // an AWS list without a marker here: one answer
    for (const command of operationCatalog().filter((c) => c.paginated)) {
      expect(command.options.map((o) => o.flag)).toEqual(expect.arrayContaining(['first', 'after']));
    }
  });

  it('shows the paging options in the help of a paginated command only', async () => {
    const list = memoryIo();
    expect(await runCli(['iam', 'list-users', '--help'], list)).toBe(ExitCode.Ok);
    expect(list.out()).toContain('  --max-items <Int>\n');
    expect(list.out()).toContain('  --no-paginate\n');
    const get = memoryIo();
    expect(await runCli(['iam', 'get-user', '--help'], get)).toBe(ExitCode.Ok);
    expect(get.out()).not.toContain('--max-items');
  });

  it('lists the commands of a group with `iamgate iam help`', async () => {
    const io = memoryIo();
    expect(await runCli(['iam', 'help'], io)).toBe(ExitCode.Ok);
    expect(io.out()).toMatch(/\n {2}create-user +Creates a user/);
    expect(io.out()).toMatch(/\n {2}attach-user-policy +/);
    const command = memoryIo();
    expect(await runCli(['iam', 'create-user', '--help'], command)).toBe(ExitCode.Ok);
    expect(command.out()).toContain('--user-name <String> (required)');
  });

  it('keeps `iamgate --help` and exits 2 for an unknown command', async () => {
    const help = memoryIo();
    expect(await runCli(['--help'], help)).toBe(ExitCode.Ok);
    expect(help.out()).toContain('iamgate iam COMMAND');
    const unknown = memoryIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(ExitCode.Usage);
    expect(unknown.err()).toMatch(/^iamgate: unknown command `frobnicate`/);
  });

  it('exits 2 before any request when no gateway url is known', async () => {
    const io = memoryIo('', { env: { IAMGATE_CONFIG_DIR: '/nonexistent/iamgate-cli-test' } });
    expect(await runCli(['iam', 'list-users'], io)).toBe(ExitCode.Usage);
    expect(io.err()).toMatch(/^iamgate: no gateway url/);
  });
});

describe('the command line', () => {
  it('gives global options one value before the command and every following word after it', () => {
    const line = parseCommandLine(
      ['--profile', 'p', 'iam', 'untag-user', '--tag-keys', 'a', 'b', '--user-name=x', '--no-flag'],
      (first) => (first === 'iam' ? 2 : 1),
    );
    expect(line.words).toEqual(['iam', 'untag-user']);
    expect(Object.fromEntries(line.options)).toEqual({
      profile: ['p'],
      'tag-keys': ['a', 'b'],
      'user-name': ['x'],
      'no-flag': [],
    });
  });
});

describe('table output', () => {
  const table = { format: 'table', query: undefined } as const;

  it('makes a row per node of a connection and joins tags as k=v', () => {
    const rendered = renderResult(
      {
        edges: [
          { cursor: 'c1', node: { userName: 'alice', tags: [{ key: 'team', value: 'orders' }] } },
          { cursor: 'c2', node: { userName: 'bob', tags: [] } },
        ],
      },
      table,
    );
    expect(rendered).toBe(
      [
        '+-----------+-------------+',
        '| USER-NAME | TAGS        |',
        '+-----------+-------------+',
        '| alice     | team=orders |',
        '| bob       |             |',
        '+-----------+-------------+',
        '',
      ].join('\n'),
    );
  });

  it('prints an object as field/value rows and a scalar as it is', () => {
    expect(renderResult({ account: '1', nested: { arn: 'a' } }, table)).toBe(
      [
        '+------------+-------+',
        '| FIELD      | VALUE |',
        '+------------+-------+',
        '| account    | 1     |',
        '| nested.arn | a     |',
        '+------------+-------+',
        '',
      ].join('\n'),
    );
    expect(renderResult(true, table)).toBe('true\n');
    expect(renderResult(true, { format: 'json', query: undefined })).toBe('true\n');
  });
});
