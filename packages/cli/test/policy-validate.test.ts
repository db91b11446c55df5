import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { memoryIo } from './memory-io.js';
import { tableRows } from './table-rows.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('iamgate policy validate', () => {
  it('accepts a valid identity policy and exits 0', async () => {
    const io = memoryIo();
    expect(await runCli(['policy', 'validate', fixture('read-only.json')], io)).toBe(0);
    const [result] = JSON.parse(io.out());
    expect(result).toMatchObject({ file: fixture('read-only.json'), valid: true });
  });

  it('reports every error finding with a JSON pointer and exits 1', async () => {
    const io = memoryIo();
    expect(await runCli(['policy', 'validate', `file://${fixture('broken.json')}`], io)).toBe(1);
    const [result] = JSON.parse(io.out());
    expect(result.valid).toBe(false);
    const errors = result.findings.filter((f: { severity: string }) => f.severity === 'ERROR');
    expect(errors.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['/Statement/0']));
    expect(errors.length).toBeGreaterThanOrEqual(2); // missing Effect, and Action with NotAction
  });

  it('takes inline JSON and a policy kind: Principal is an error in an identity policy only', async () => {
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' },
    });
    expect(await runCli(['policy', 'validate', '--kind', 'trust', doc], memoryIo())).toBe(0);
    expect(await runCli(['policy', 'validate', doc], memoryIo())).toBe(1);
  });

  it('prints a table for people', async () => {
    const io = memoryIo();
    await runCli(['policy', 'validate', '--output', 'table', fixture('read-only.json')], io);
    const [header, row] = tableRows(io.out());
    expect(header).toEqual(['FILE', 'SEVERITY', 'CODE', 'PATH', 'MESSAGE']);
    expect(row?.[1]).toBe('OK');
  });

  it.each([
    [['policy', 'validate']],
    [['policy', 'validate', '--kind', 'bogus', 'x.json']],
    [['policy', 'validate', '/no/such/file.json']],
    [['policy', 'validate', '--output', 'yaml', 'x.json']],
    [['policy', 'frobnicate']],
    [['policy', 'validate', '--no-such-flag']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toMatch(/^iamgate: /);
    expect(io.out()).toBe('');
  });
});
