/**
 * `iamgate policy test` (issue 14): the example suite of `examples/orders-service` passes, a wrong expectation fails
 * with exit code 1 and JUnit output for CI, and a malformed suite is a usage error naming the problem.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { memoryIo } from './memory-io.js';
import { tableRows } from './table-rows.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/orders-service/policy-tests');

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('iamgate policy test', () => {
  it("passes the orders service's example suite, found in its directory", async () => {
    const { code, out, err } = await run(['policy', 'test', EXAMPLE]);
    expect(err).toBe('');
    expect(code).toBe(ExitCode.Ok);
    const [report] = JSON.parse(out);
    expect(report).toMatchObject({ suite: 'orders-service', failed: 0 });
    expect(report.passed).toBe(report.results.length);
  });

  it('fails a wrong expectation with exit code 1, a table and JUnit XML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iamgate-policy-test-'));
    const suite = join(dir, 'wrong.test.json');
    await writeFile(
      suite,
      JSON.stringify({
        name: 'wrong',
        principals: {
          clerk: {
            arn: 'arn:iamgate:iam::111122223333:user/clerk',
            policies: [`file:${join(EXAMPLE, 'policies/clerk.json')}`],
          },
        },
        tests: [
          {
            name: 'clerks may delete (they may not)',
            principals: ['clerk'],
            resources: ['arn:iamgate:orders::111122223333:order/1'],
            actions: { 'orders:DeleteOrder': 'Allow', 'orders:GetOrder': 'Allow' },
          },
        ],
      }),
    );
    const junit = join(dir, 'junit.xml');
    const { code, out } = await run(['policy', 'test', '--output', 'table', '--junit', junit, suite]);
    expect(code).toBe(ExitCode.Findings);
    const rows = tableRows(out);
    expect(rows[0]).toEqual([
      'RESULT',
      'SUITE',
      'TEST',
      'PRINCIPAL',
      'ACTION',
      'RESOURCE',
      'EXPECTED',
      'ACTUAL',
    ]);
    expect(rows).toContainEqual([
      'FAIL',
      'wrong',
      'clerks may delete (they may not)',
      'clerk',
      'orders:DeleteOrder',
      'arn:iamgate:orders::111122223333:order/1',
      'Allow',
      'ImplicitDeny',
    ]);
    expect(rows.find((row) => row[4] === 'orders:GetOrder')?.[0]).toBe('PASS');
    expect(await readFile(junit, 'utf8')).toContain('<testsuite name="wrong" tests="2" failures="1">');
  });

  it('refuses a malformed suite or a missing path as a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iamgate-policy-test-'));
    const suite = join(dir, 'bad.test.yaml');
    await writeFile(
      suite,
      'name: bad\nprincipals: {}\ntests:\n  - name: t\n    principals: [ghost]\n    resources: ["*"]\n    actions: { "s3:GetObject": Allow }\n',
    );
    const bad = await run(['policy', 'test', suite]);
    expect(bad.code).toBe(ExitCode.Usage);
    expect(bad.err).toContain('/tests/0/principals/0');
    expect((await run(['policy', 'test', join(dir, 'missing')])).code).toBe(ExitCode.Usage);
    expect((await run(['policy', 'test', dir.replace(/$/, '-empty')])).code).toBe(ExitCode.Usage);
  });
});
