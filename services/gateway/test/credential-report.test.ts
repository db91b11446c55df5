import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherAccount, type SeededAccount, seedAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, createRole, trust, userIn } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/**
 * The credential report as AWS defines it: `IAM/latest/UserGuide/id_credentials_getting-report.html` (columns,
 * `N/A`, `not_supported`, `no_information`, the four hours), `IAM/latest/APIReference/API_GenerateCredentialReport.html`
 * and `API_GetCredentialReport.html` (`ReportNotPresent`, `ReportExpired`), through HTTP on a seeded account.
 */

const GENERATE = 'mutation { generateCredentialReport { state description } }';
const GET = '{ getCredentialReport { content reportFormat generatedTime } }';
const DAY_MS = 86_400_000;

/** AWS's time format in the report: `2014-11-20T19:24:41+00:00`. */
const iso = (t0: Date, days = 0) =>
  `${new Date(t0.getTime() + days * DAY_MS).toISOString().slice(0, 19)}+00:00`;

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,' +
  'mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,' +
  'access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,' +
  'access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,' +
  'cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

/** The seeded account's report, line by line (see `seedAccount`). */
function expectedReport(s: SeededAccount): string {
  const { t0, accountId: a } = s;
  return [
    HEADER,
    // Root: password columns `not_supported` except its last use; its key exists (never used).
    `<root_account>,arn:iamgate:iam::${a}:root,${iso(t0, -500)},not_supported,${iso(t0)},not_supported,not_supported,false,` +
      `true,${iso(t0, -200)},N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    // alice: next rotation = last change + MaxPasswordAge (90); key 1 inactive (still dated), key 2 used for iamgate.
    `alice,arn:iamgate:iam::${a}:user/alice,${iso(t0, -400)},true,${iso(t0)},${iso(t0, -30)},${iso(t0, 60)},true,` +
      `false,${iso(t0, -150)},N/A,N/A,N/A,true,${iso(t0, -10)},${iso(t0)},N/A,iamgate,false,N/A,false,N/A`,
    // bob: no password, so `N/A` (not `no_information`); a key never used.
    `bob,arn:iamgate:iam::${a}:user/bob,${iso(t0, -300)},false,N/A,N/A,N/A,false,` +
      `true,${iso(t0, -100)},N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    // carol: a password never used is `no_information`.
    `carol,arn:iamgate:iam::${a}:user/carol,${iso(t0, -200)},true,no_information,${iso(t0, -95)},${iso(t0, -5)},false,` +
      'false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  ].join('\n');
}

describe.each(testDrivers())('the credential report on %s', (driver) => {
  let t: TestGateway;
  let seeded: SeededAccount;
  let other: { accountId: string; rootToken: string };

  beforeAll(async () => {
    t = await startTestGateway(driver);
    seeded = await seedAccount(t);
    other = await otherAccount(t, seeded.rootToken, 'root-b@example.com');
  });
  afterAll(async () => t?.cleanup());

  it('is ReportNotPresent before it is generated (API_GetCredentialReport.html)', async () => {
    const response = await t.gql(GET, {}, { token: seeded.rootToken });
    expect(codeOf(response)).toBe('ReportNotPresent');
    expect(response.status).toBe(410);
  });

  it("is generated and read as AWS's CSV, exactly (id_credentials_getting-report.html)", async () => {
    const generated = ok(
      await t.gql<{ generateCredentialReport: unknown }>(GENERATE, {}, { token: seeded.rootToken }),
    );
    expect(generated.generateCredentialReport).toEqual({
      state: 'STARTED',
      description: 'No report exists. Starting a new report generation task',
    });
    const report = ok(
      await t.gql<{ getCredentialReport: { content: string; reportFormat: string; generatedTime: string } }>(
        GET,
        {},
        { token: seeded.rootToken },
      ),
    ).getCredentialReport;
    expect(report.reportFormat).toBe('text/csv');
    expect(report.generatedTime).toBe(seeded.t0.toISOString());
    expect(report.content).toBe(expectedReport(seeded));
  });

  it("never shows another account's principals, and each account reads only its own report", async () => {
    expect(codeOf(await t.gql(GET, {}, { token: other.rootToken }))).toBe('ReportNotPresent');
    ok(await t.gql(GENERATE, {}, { token: other.rootToken }));
    const theirs = ok(
      await t.gql<{ getCredentialReport: { content: string } }>(GET, {}, { token: other.rootToken }),
    ).getCredentialReport.content;
    const [header, ...rows] = theirs.split('\n');
    expect(header).toBe(HEADER);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^<root_account>,arn:iamgate:iam::${other.accountId}:root,`));
    const ours = ok(
      await t.gql<{ getCredentialReport: { content: string } }>(GET, {}, { token: seeded.rootToken }),
    ).getCredentialReport.content;
    expect(ours).not.toContain(other.accountId);
    expect(theirs).not.toContain(seeded.accountId);
  });

  it('is AccessDenied without iam:GenerateCredentialReport / iam:GetCredentialReport, and for a narrowed session', async () => {
    const b = { ...t, userToken: (u: string, p: string) => t.userToken(u, p, other.accountId) };
    const nobody = await userIn(b, other.rootToken, other.accountId, 'nobody', null);
    expect(codeOf(await t.gql(GENERATE, {}, { token: nobody }))).toBe('AccessDenied');
    expect(codeOf(await t.gql(GET, {}, { token: nobody }))).toBe('AccessDenied');

    const auditor = await userIn(
      b,
      other.rootToken,
      other.accountId,
      'auditor',
      allow(['iam:*', 'sts:AssumeRole']),
    );
    ok(await t.gql(GET, {}, { token: auditor }));
    const role = await createRole(
      t,
      other.rootToken,
      'Reports',
      trust({ AWS: other.accountId }),
      allow('iam:*'),
    );
    const full = await assumedToken(t, auditor, { roleArn: role, roleSessionName: 'full' });
    ok(await t.gql(GET, {}, { token: full }));
    // The session policy allows only GetUser: the role's iam:* is narrowed to it (access_policies.html#policies_session).
    const narrowed = await assumedToken(t, auditor, {
      roleArn: role,
      roleSessionName: 'narrowed',
      policy: allow('iam:GetUser'),
    });
    expect(codeOf(await t.gql(GET, {}, { token: narrowed }))).toBe('AccessDenied');
    expect(codeOf(await t.gql(GENERATE, {}, { token: narrowed }))).toBe('AccessDenied');
  });

  it('stands for four hours (COMPLETE), then is ReportExpired and regenerated (id_credentials_getting-report.html)', async () => {
    const root = seeded.rootToken;
    // A change after generation: not in the report until it is generated again.
    ok(await t.gql('mutation { createUser(input: { userName: "dave" }) { arn } }', {}, { token: root }));
    t.clock.advance(4 * 3600 - 1);
    // Sessions last an hour: sign in again (a new last use of root, which the standing report does not show).
    const later = await t.rootToken();
    const again = ok(
      await t.gql<{ generateCredentialReport: { state: string } }>(GENERATE, {}, { token: later }),
    );
    expect(again.generateCredentialReport.state).toBe('COMPLETE');
    const same = ok(await t.gql<{ getCredentialReport: { content: string } }>(GET, {}, { token: later }));
    expect(same.getCredentialReport.content).toBe(expectedReport(seeded));

    t.clock.advance(1);
    const expired = await t.gql(GET, {}, { token: later });
    expect(codeOf(expired)).toBe('ReportExpired');
    expect(expired.status).toBe(410);
    const regenerated = ok(
      await t.gql<{ generateCredentialReport: { state: string; description: string } }>(
        GENERATE,
        {},
        { token: later },
      ),
    );
    expect(regenerated.generateCredentialReport).toEqual({
      state: 'STARTED',
      description: 'The report is more than four hours old. Starting a new report generation task',
    });
    const fresh = ok(
      await t.gql<{ getCredentialReport: { content: string; generatedTime: string } }>(
        GET,
        {},
        { token: later },
      ),
    ).getCredentialReport;
    expect(fresh.generatedTime).toBe(t.clock.now().toISOString());
    const lines = fresh.content.split('\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'user',
      '<root_account>',
      'alice',
      'bob',
      'carol',
      'dave',
    ]);
    // dave: created now (the database's clock), no password, no MFA, no keys.
    expect(lines[5]?.split(',').slice(3)).toEqual([
      'false',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  });
});
