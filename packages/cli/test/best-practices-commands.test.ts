import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

/**
 * The best-practices operations as commands generated like every other (`aws iam generate-credential-report`,
 * `aws iam get-credential-report`, `aws iam get-account-authorization-details`), against a real gateway: the
 * credential report's CSV comes back as the text of `content` (`jq -r .content` writes the file).
 */
describe.each(testDrivers())('iamgate iam best-practices commands against a real gateway on %s', (driver) => {
  let t: CliGateway;

  beforeAll(async () => {
    t = await startCliGateway(driver);
    const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(signIn.code).toBe(ExitCode.Ok);
    expect((await t.run(['iam', 'create-user', '--user-name', 'alice'])).code).toBe(ExitCode.Ok);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('exits 4 with ReportNotPresent before the report is generated (API_GetCredentialReport.html)', async () => {
    const run = await t.run(['iam', 'get-credential-report']);
    expect(run.code).toBe(ExitCode.ServiceError);
    expect(run.stderr).toMatch(/^iamgate: ReportNotPresent: /);
  });

  it('generates the report, then reads its CSV (API_GenerateCredentialReport.html)', async () => {
    const generated = await t.run(['iam', 'generate-credential-report']);
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(ExitCode.Ok);
    expect(generated.json()).toEqual({
      state: 'STARTED',
      description: 'No report exists. Starting a new report generation task',
    });
    expect((await t.run(['iam', 'generate-credential-report'])).json().state).toBe('COMPLETE');

    const report = await t.run(['iam', 'get-credential-report']);
    expect(report.code).toBe(ExitCode.Ok);
    const { content, reportFormat } = report.json();
    expect(reportFormat).toBe('text/csv');
    const lines = content.split('\n');
    expect(lines[0]).toMatch(/^user,arn,user_creation_time,password_enabled,/);
    expect(lines.slice(1).map((line: string) => line.split(',').slice(0, 2))).toEqual([
      ['<root_account>', `arn:iamgate:iam::${t.account.id}:root`],
      ['alice', `arn:iamgate:iam::${t.account.id}:user/alice`],
    ]);
  });

  it('lists security findings and exports authorization details with the options the schema gives', async () => {
    const findings = await t.run(['iam', 'list-security-findings', '--root-used-within-days', '1']);
    expect(findings.code).toBe(ExitCode.Ok);
    expect(findings.json().map((f: { code: string }) => f.code)).toEqual([
      'ROOT_MFA_NOT_ENABLED',
      'ROOT_USED_RECENTLY',
    ]);
    const details = await t.run(['iam', 'get-account-authorization-details', '--filter', 'User', 'Role']);
    expect(details.stderr).toBe('');
    expect(details.code).toBe(ExitCode.Ok);
    expect(details.json().userDetailList.map((u: { userName: string }) => u.userName)).toEqual(['alice']);
    // Every page was fetched and merged, as the AWS CLI does: no pagination state, and nothing left to resume.
    expect(details.json()).not.toHaveProperty('pageInfo');
    expect(details.json()).not.toHaveProperty('nextToken');
  });
});
