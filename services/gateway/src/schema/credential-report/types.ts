import type { CredentialReport, GeneratedReport } from '../../best-practices/credential-report.js';
import { builder } from '../builder.js';

/** AWS's `ReportStateType` without `INPROGRESS`: iamgate generates a report at once. */
const ReportStateRef = builder.enumType('ReportStateType', {
  description: 'Where the credential report stands (`API_GenerateCredentialReport.html`).',
  values: {
    STARTED: {
      value: 'STARTED',
      description: 'A new report was generated (iamgate generates it at once: it is already readable).',
    },
    COMPLETE: { value: 'COMPLETE', description: 'The existing report, less than four hours old, stands.' },
  } as const,
});

/** What `generateCredentialReport` answers. */
export const GeneratedReportRef = builder
  .objectRef<GeneratedReport>('GenerateCredentialReportResult')
  .implement({
    description:
      'The state of the credential report after `generateCredentialReport` (`API_GenerateCredentialReport.html`).',
    fields: (t) => ({
      state: t.field({ type: ReportStateRef, description: 'STARTED or COMPLETE.', resolve: (r) => r.state }),
      description: t.exposeString('description', { description: 'What happened, in words.' }),
    }),
  });

/** What `getCredentialReport` answers. */
export const CredentialReportRef = builder.objectRef<CredentialReport>('CredentialReport').implement({
  description:
    "The account's credential report (`API_GetCredentialReport.html`, columns as in " +
    '`id_credentials_getting-report.html`).',
  fields: (t) => ({
    content: t.exposeString('content', {
      description:
        'The report as CSV text: a header line, `<root_account>`, then one line per user. AWS sends the same CSV ' +
        'Base64-encoded; iamgate sends the text itself, as GraphQL strings carry it unchanged.',
    }),
    reportFormat: t.exposeString('reportFormat', { description: 'Always `text/csv`.' }),
    generatedTime: t.expose('generatedTime', {
      type: 'DateTime',
      description: 'When the report was generated.',
    }),
  }),
});
