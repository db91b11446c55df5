import type { Repositories } from '@iamgate/store';
import { IamError } from '../errors/iam-error.js';
import { credentialReportCsv, reportTime } from './credential-report-csv.js';

/**
 * How long a report is served and not regenerated: AWS generates a report at most once every four hours, and
 * answers an older one with `ReportExpired` (`IAM/latest/UserGuide/id_credentials_getting-report.html`).
 */
export const CREDENTIAL_REPORT_TTL_MS = 4 * 3_600_000;

/** What `generateCredentialReport` answers (`API_GenerateCredentialReport.html`). */
export interface GeneratedReport {
  state: 'STARTED' | 'COMPLETE';
  description: string;
}

/** What `getCredentialReport` answers (`API_GetCredentialReport.html`). */
export interface CredentialReport {
  content: string;
  reportFormat: 'text/csv';
  generatedTime: Date;
}

function fresh(generatedAt: Date, now: Date): boolean {
  return now.getTime() - generatedAt.getTime() < CREDENTIAL_REPORT_TTL_MS;
}

/**
 * Generates the account's credential report unless one less than four hours old exists, as AWS does. iamgate
 * generates it at once, in the caller's transaction: `STARTED` means a new report was made (and is already
 * readable, so `getCredentialReport` never answers AWS's `ReportInProgress`), `COMPLETE` that the existing one
 * stands.
 */
export async function generateCredentialReport(
  store: Repositories,
  accountId: string,
  now: Date,
): Promise<GeneratedReport> {
  const latest = await store.credentialReports.latest(accountId);
  if (latest !== undefined && fresh(latest.generatedAt, now)) {
    return {
      state: 'COMPLETE',
      description: `The report generated at ${reportTime(latest.generatedAt)} is less than four hours old`,
    };
  }
  const content = credentialReportCsv(await store.credentialReports.gather(accountId));
  await store.credentialReports.save(accountId, { content, generatedAt: now });
  return {
    state: 'STARTED',
    description:
      latest === undefined
        ? 'No report exists. Starting a new report generation task'
        : 'The report is more than four hours old. Starting a new report generation task',
  };
}

/** The account's report: `ReportNotPresent` when none was generated, `ReportExpired` past four hours. */
export async function getCredentialReport(
  store: Repositories,
  accountId: string,
  now: Date,
): Promise<CredentialReport> {
  const latest = await store.credentialReports.latest(accountId);
  if (latest === undefined) {
    throw new IamError(
      'ReportNotPresent',
      'the account has no credential report: call `generateCredentialReport` first',
    );
  }
  if (!fresh(latest.generatedAt, now)) {
    throw new IamError(
      'ReportExpired',
      `the credential report generated at ${reportTime(latest.generatedAt)} has expired: call \`generateCredentialReport\``,
    );
  }
  return { content: latest.content, reportFormat: 'text/csv', generatedTime: latest.generatedAt };
}
