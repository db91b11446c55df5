import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { memoryIo } from './memory-io.js';
import { tableRows } from './table-rows.js';

const ACCOUNT = '123456789012';
const alice = `arn:iamgate:iam::${ACCOUNT}:user/alice`;
const readOnly = {
  id: 'ReadOnly',
  document: {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 'orders:Get*', Resource: '*' }],
  },
};
const request = (action: string) => ({
  principal: alice,
  action,
  resource: `arn:iamgate:orders::${ACCOUNT}:order/7`,
  policies: { identity: [readOnly] },
});

describe('iamgate policy simulate', () => {
  // reference_policies_evaluation-logic_policy-eval-denyallow.html: allowed by an identity policy, else implicit deny
  it('decides one JSON request and prints the decision with its reasons', async () => {
    const io = memoryIo(JSON.stringify(request('orders:GetOrder')));
    expect(await runCli(['policy', 'simulate'], io)).toBe(0);
    const decision = JSON.parse(io.out());
    expect(decision.decision).toBe('Allow');
    expect(decision.allowedBy).toEqual([expect.objectContaining({ policyId: 'ReadOnly', sid: 'Read' })]);
  });

  it('decides JSON lines, one decision per line, and --fail-on-deny exits 3', async () => {
    const stdin = [request('orders:GetOrder'), request('orders:CancelOrder')]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const io = memoryIo(stdin);
    expect(await runCli(['policy', 'simulate', '--fail-on-deny'], io)).toBe(3);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((d) => d.decision)).toEqual(['Allow', 'ImplicitDeny']);
    expect(lines[1].failedLayer).toBe('identity');
  });

  // id_roles_use.html: the trust policy must name the caller
  it('decides a trust request', async () => {
    const trust = {
      principal: alice,
      roleArn: `arn:iamgate:iam::${ACCOUNT}:role/Deployer`,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Principal: { AWS: alice }, Action: 'sts:AssumeRole' },
      },
    };
    const io = memoryIo(JSON.stringify(trust));
    expect(await runCli(['policy', 'simulate', '--output', 'table'], io)).toBe(0);
    expect(tableRows(io.out())[1]?.slice(0, 3)).toEqual([
      'Allow',
      'sts:AssumeRole',
      'arn:iamgate:iam::123456789012:role/Deployer',
    ]);
  });

  it.each([
    ['', 'empty input'],
    ['{"principal": "x"}', 'missing fields'],
    ['not json', 'not JSON'],
    ['{"principal":"a","action":"b","resource":"c"}', 'no policies'],
  ])('exits 2 on bad input (%s: %s)', async (stdin) => {
    const io = memoryIo(stdin);
    expect(await runCli(['policy', 'simulate'], io)).toBe(2);
    expect(io.out()).toBe('');
  });

  it('runs as a real process: the binary reads stdin and sets its exit code', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = promisify(execFile)(
      process.execPath,
      ['--conditions=@iamgate/source', '--import', 'tsx', main, 'policy', 'simulate'],
      { cwd: fileURLToPath(new URL('..', import.meta.url)) },
    );
    child.child.stdin?.end(JSON.stringify(request('orders:GetOrder')));
    const { stdout } = await child;
    expect(JSON.parse(stdout).decision).toBe('Allow');
  }, 60_000); // starting Node with tsx takes seconds on a busy machine
});
