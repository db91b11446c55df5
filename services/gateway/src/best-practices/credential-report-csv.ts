import type { CredentialReportFacts, CredentialReportKey, CredentialReportRow } from '@iamgate/store';

/**
 * The columns of AWS's credential report, in AWS's order (`IAM/latest/UserGuide/id_credentials_getting-report.html`,
 * "Understanding the report format").
 */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

/** What AWS writes where a value does not apply, cannot apply to the root user, or was never recorded. */
const NA = 'N/A';
const NOT_SUPPORTED = 'not_supported';
const NO_INFORMATION = 'no_information';
const DAY_MS = 86_400_000;

/** ISO 8601 to the second with AWS's `+00:00` offset, as in `2014-11-20T19:24:41+00:00`. */
export function reportTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break (paths may). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The five columns of one access key. A key that exists shows its creation as `last_rotated` whether active or not
 * (only a missing key is `N/A` there, as AWS's reports do); a key never used is `N/A` in the three `last_used`
 * columns; the region is always `N/A`, as AWS writes it for services that are not regional: iamgate has no regions.
 */
function keyColumns(key: CredentialReportKey | undefined): string[] {
  if (key === undefined) return ['false', NA, NA, NA, NA];
  const used = key.lastUsedAt !== null;
  return [
    String(key.status === 'Active'),
    reportTime(key.createdAt),
    used ? reportTime(key.lastUsedAt as Date) : NA,
    NA,
    used && key.lastUsedAction !== null ? (key.lastUsedAction.split(':')[0] as string) : NA,
  ];
}

/** The password columns: `password_enabled` to `password_next_rotation`. */
function passwordColumns(row: CredentialReportRow, maxPasswordAge: number | null): string[] {
  if (row.kind === 'root') {
    const used = row.passwordLastUsed === null ? NO_INFORMATION : reportTime(row.passwordLastUsed);
    return [NOT_SUPPORTED, used, NOT_SUPPORTED, NOT_SUPPORTED];
  }
  if (!row.passwordEnabled || row.passwordLastChanged === null) return ['false', NA, NA, NA];
  const changed = row.passwordLastChanged;
  const next =
    maxPasswordAge === null ? NA : reportTime(new Date(changed.getTime() + maxPasswordAge * DAY_MS));
  return [
    'true',
    row.passwordLastUsed === null ? NO_INFORMATION : reportTime(row.passwordLastUsed),
    reportTime(changed),
    next,
  ];
}

/** One line of the report. iamgate has no X.509 signing certificates: `cert_*` are always `false` and `N/A`. */
function line(row: CredentialReportRow, maxPasswordAge: number | null): string {
  const values = [
    row.kind === 'root' ? '<root_account>' : row.name,
    row.arn,
    reportTime(row.createdAt),
    ...passwordColumns(row, maxPasswordAge),
    String(row.mfaActive),
    ...keyColumns(row.accessKeys[0]),
    ...keyColumns(row.accessKeys[1]),
    'false',
    NA,
    'false',
    NA,
  ];
  return values.map(field).join(',');
}

/**
 * The credential report as AWS writes it: a header line, the root user (`<root_account>`), then one line per IAM
 * user, lines separated by `\n`. Booleans are `true` and `false`, times ISO 8601 in UTC, and `N/A`,
 * `not_supported` and `no_information` stand where AWS's documentation puts them.
 *
 * @example
 * credentialReportCsv(await store.credentialReports.gather(accountId)).split('\n')[0]; // 'user,arn,user_creation_time,...'
 */
export function credentialReportCsv(facts: CredentialReportFacts): string {
  const lines = [CREDENTIAL_REPORT_COLUMNS.join(',')];
  for (const row of facts.rows) lines.push(line(row, facts.maxPasswordAge));
  return lines.join('\n');
}
