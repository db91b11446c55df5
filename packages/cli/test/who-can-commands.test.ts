import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

/**
 * Who can, what can and resource reach as commands generated like every other (`iamgate iam
 * principals-with-access`, `iamgate iam access-of-principal`, `iamgate iam resources-accessible`), against a real
 * gateway: the answers of the documented example, with list and object options given as JSON.
 */
describe.each(testDrivers())('iamgate iam who-can commands against a real gateway on %s', (driver) => {
  let t: CliGateway;
  let order: (id: string) => string;
  let clerk: string;

  beforeAll(async () => {
    t = await startCliGateway(driver);
    order = (id) => `arn:iamgate:orders::${t.account.id}:order/${id}`;
    clerk = `arn:iamgate:iam::${t.account.id}:user/clerk`;
    const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(signIn.code).toBe(ExitCode.Ok);
    for (const name of ['clerk', 'intern']) {
      expect((await t.run(['iam', 'create-user', '--user-name', name])).code).toBe(ExitCode.Ok);
    }
    const readRed = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadRed',
          Effect: 'Allow',
          Action: 'orders:GetOrder',
          Resource: order('*'),
          Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
        },
      ],
    });
    const put = await t.run([
      'iam',
      'put-user-policy',
      '--user-name',
      'clerk',
      '--policy-name',
      'red-orders',
      '--policy-document',
      readRed,
    ]);
    expect(put.code).toBe(ExitCode.Ok);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('lists who can, with the statements that allow each', async () => {
    const run = await t.run([
      'iam',
      'principals-with-access',
      '--action',
      'orders:GetOrder',
      '--resource',
      order('7'),
      '--context',
      '[{"key":"aws:ResourceTag/team","values":["red"]}]',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.Ok);
    expect(
      run
        .json()
        .edges.map((e: { node: { principalArn: string; allowedBy: { sid: string }[] } }) => [
          e.node.principalArn,
          e.node.allowedBy.map((s) => s.sid),
        ]),
    ).toEqual([[clerk, ['ReadRed']]]);
    const blue = await t.run([
      'iam',
      'principals-with-access',
      '--action',
      'orders:GetOrder',
      '--resource',
      order('7'),
      '--context',
      '[{"key":"aws:ResourceTag/team","values":["blue"]}]',
    ]);
    expect(blue.json().edges).toEqual([]);
  });

  it('shows what a principal can do, and the plan of the resources it reaches', async () => {
    const access = await t.run(['iam', 'access-of-principal', '--principal-arn', clerk]);
    expect(access.code).toBe(ExitCode.Ok);
    const orders = access.json().services.find((s: { service: string }) => s.service === 'orders');
    expect(orders.actions.map((a: { action: string }) => a.action)).toEqual(['orders:GetOrder']);
    expect(orders.actions[0].grants[0].conditions).toEqual([
      { key: 'aws:ResourceTag/team', operator: 'StringEquals', values: ['red'] },
    ]);
    const plan = await t.run([
      'iam',
      'resources-accessible',
      '--principal-arn',
      clerk,
      '--action',
      'orders:GetOrder',
    ]);
    expect(plan.code).toBe(ExitCode.Ok);
    expect(plan.json().kind).toBe('CONDITIONAL');
    expect(plan.json().nodes.map((n: { kind: string }) => n.kind)).toEqual([
      'and',
      'account',
      'arn',
      'condition',
    ]);
    const nothing = await t.run([
      'iam',
      'resources-accessible',
      '--principal-arn',
      clerk,
      '--action',
      'orders:CancelOrder',
    ]);
    expect(nothing.json().kind).toBe('ALWAYS_DENIED');
  });

  it('exits 4 with the error code for a principal of another account', async () => {
    const run = await t.run([
      'iam',
      'access-of-principal',
      '--principal-arn',
      'arn:iamgate:iam::999988887777:user/x',
    ]);
    expect(run.code).toBe(ExitCode.ServiceError);
    expect(run.stderr).toMatch(/^iamgate: AccessDenied: /);
  });
});
