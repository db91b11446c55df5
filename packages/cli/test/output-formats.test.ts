/**
 * `--output json|table|text` and `--query`, as the AWS CLI prints them
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html, awscli `text.py`), on results of
 * the shapes the gateway answers with and on the CLI's own commands.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { formatText } from '../src/format-text.js';
import { renderResult } from '../src/render-result.js';
import { memoryIo } from './memory-io.js';
import { tableRows } from './table-rows.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

describe('text output, line for line as the AWS CLI writes it', () => {
  it('writes each object of a list on a line headed by its key, nested lists after it', () => {
    const users = {
      Users: [
        { UserName: 'alice', Path: '/', Tags: [{ Key: 'team', Value: 'orders' }] },
        { UserName: 'bob', Path: '/ops/' },
      ],
    };
    expect(formatText(users)).toBe('USERS\t/\talice\nTAGS\tteam\torders\nUSERS\t/ops/\tbob\n');
  });

  it('writes an object on one line in key order, and None, True and False as Python does', () => {
    expect(formatText({ UserId: 'AIDA', Account: '1', Arn: 'arn:x' })).toBe('1\tarn:x\tAIDA\n');
    expect(formatText({ a: null, b: true, c: false, d: 3 })).toBe('None\tTrue\tFalse\t3\n');
    expect(formatText(null)).toBe('None\n');
    expect(formatText('alice')).toBe('alice\n');
  });

  it('gives every object of a list the columns of all, None where one lacks a key', () => {
    expect(formatText({ Items: [{ a: 1 }, { b: 2 }] })).toBe('ITEMS\t1\tNone\nITEMS\tNone\t2\n');
  });

  it('writes a list of scalars on one line and each inner list on its own', () => {
    expect(formatText(['alice', 'bob'])).toBe('alice\tbob\n');
    expect(
      formatText([
        ['alice', 'AIDA1'],
        ['bob', 'AIDA2'],
      ]),
    ).toBe('alice\tAIDA1\nbob\tAIDA2\n');
    expect(formatText({ Names: ['a', 'b'] })).toBe('NAMES\ta\nNAMES\tb\n');
    expect(formatText([])).toBe('');
  });

  it('shows a connection as its nodes, and a nextToken last', () => {
    const text = { format: 'text', query: undefined } as const;
    const page = {
      edges: [
        { cursor: 'c1', node: { userName: 'alice', path: '/' } },
        { cursor: 'c2', node: { userName: 'bob', path: '/' } },
      ],
      nextToken: 'c2',
    };
    expect(renderResult(page, text)).toBe('EDGES\t/\talice\nEDGES\t/\tbob\nNEXTTOKEN\tc2\n');
  });
});

describe('table output', () => {
  it('boxes each list of a result titled with its name, and its other fields after', () => {
    const rendered = renderResult(
      { edges: [{ cursor: 'c', node: { userName: 'alice' } }], nextToken: 'token-after-alice' },
      { format: 'table', query: undefined },
    );
    expect(rendered).toBe(
      [
        '+-----------+',
        '| edges     |',
        '+-----------+',
        '| USER-NAME |',
        '+-----------+',
        '| alice     |',
        '+-----------+',
        '+-----------+-------------------+',
        '| FIELD     | VALUE             |',
        '+-----------+-------------------+',
        '| nextToken | token-after-alice |',
        '+-----------+-------------------+',
        '',
      ].join('\n'),
    );
  });

  it('widens the last column for a title longer than the columns', () => {
    const rendered = renderResult(
      { groupDetailList: [{ g: 'x' }], userDetailList: [{ u: 'y' }] },
      { format: 'table', query: undefined },
    );
    expect(rendered.split('\n').slice(0, 3)).toEqual([
      '+-----------------+',
      '| groupDetailList |',
      '+-----------------+',
    ]);
    expect(tableRows(rendered)).toEqual([
      ['groupDetailList'],
      ['G'],
      ['x'],
      ['userDetailList'],
      ['U'],
      ['y'],
    ]);
  });
});

describe('--query', () => {
  const users = {
    edges: [
      { cursor: 'c1', node: { userName: 'alice', tags: [{ key: 'team', value: 'orders' }] } },
      { cursor: 'c2', node: { userName: 'bob', tags: [] } },
    ],
  };
  const as = (format: 'json' | 'table' | 'text', expression: string) => ({ format, query: { expression } });

  it('selects from the result before it is printed, in every format', () => {
    expect(JSON.parse(renderResult(users, as('json', 'edges[].node.userName')))).toEqual(['alice', 'bob']);
    expect(renderResult(users, as('text', 'edges[].node.userName'))).toBe('alice\tbob\n');
    expect(renderResult(users, as('text', 'edges[].node.[userName, length(tags)]'))).toBe(
      'alice\t1\nbob\t0\n',
    );
    expect(tableRows(renderResult(users, as('table', 'edges[].node.{name: userName}')))).toEqual([
      ['NAME'],
      ['alice'],
      ['bob'],
    ]);
    expect(renderResult(users, as('json', 'edges[?node.userName==`bob`] | length(@)'))).toBe('1\n');
  });

  it('is a usage error when it does not parse, before anything is read or sent', async () => {
    const io = memoryIo();
    const code = await runCli(['policy', 'validate', '--query', 'findings[', fixture('read-only.json')], io);
    expect(code).toBe(ExitCode.Usage);
    expect(io.err()).toMatch(/^iamgate: bad value for `--query` `findings\[`/);
    expect(io.out()).toBe('');
    const operation = memoryIo('', { env: { IAMGATE_URL: 'http://127.0.0.1:9/graphql' } });
    expect(await runCli(['iam', 'list-users', '--query', '[?'], operation)).toBe(ExitCode.Usage);
    expect(operation.err()).toMatch(/^iamgate: bad value for `--query` `\[\?`/);
  });

  it('is a usage error when it cannot apply to the result', async () => {
    const io = memoryIo();
    const code = await runCli(
      ['policy', 'validate', '--query', 'length(`1`)', fixture('read-only.json')],
      io,
    );
    expect(code).toBe(ExitCode.Usage);
    expect(io.err()).toMatch(/^iamgate: `--query` `length\(`1`\)` failed on the result: /);
  });
});

describe('the CLI commands in every format', () => {
  it('prints policy validate as JSON, a boxed table, or tab-separated lines of the table', async () => {
    const run = async (...argv: string[]) => {
      const io = memoryIo();
      const code = await runCli(['policy', 'validate', ...argv, fixture('broken.json')], io);
      return { code, out: io.out() };
    };
    const json = await run();
    expect(json.code).toBe(ExitCode.Findings);
    const findings = JSON.parse(json.out)[0].findings as { severity: string; code: string; path: string }[];
    expect(findings.length).toBeGreaterThan(0);

    const table = await run('--output', 'table');
    expect(table.out.split('\n')[0]).toMatch(/^\+-+(\+-+){4}\+$/);
    expect(tableRows(table.out)[0]).toEqual(['FILE', 'SEVERITY', 'CODE', 'PATH', 'MESSAGE']);

    const text = await run('--output', 'text');
    expect(text.code).toBe(ExitCode.Findings);
    const lines = text.out.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    expect(lines.map((line) => line.split('\t').slice(1, 4))).toEqual(
      findings.map((f) => [f.severity, f.code, f.path || '/']),
    );

    const codes = await run('--output', 'text', '--query', '[].findings[].code');
    expect(codes.out).toBe(`${findings.map((f) => f.code).join('\t')}\n`);
  });

  it('refuses an unknown format with exit code 2', async () => {
    const io = memoryIo();
    expect(await runCli(['configure', '--list', '--output', 'yaml'], io)).toBe(ExitCode.Usage);
    expect(io.err()).toBe('iamgate: unknown output format `yaml`; use json, table or text\n');
  });
});
