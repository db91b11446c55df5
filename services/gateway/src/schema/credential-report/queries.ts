import { getCredentialReport } from '../../best-practices/credential-report.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { CredentialReportRef } from './types.js';

builder.queryField('getCredentialReport', (t) =>
  t.field({
    type: CredentialReportRef,
    description:
      "The account's credential report: every user's password, MFA and access keys, and the root user's, as CSV " +
      '(`API_GetCredentialReport.html`). `ReportNotPresent` before `generateCredentialReport`, `ReportExpired` ' +
      'once the report is four hours old.',
    authz: { action: 'iam:GetCredentialReport', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => getCredentialReport(ctx.store, accountOf(ctx), ctx.facts.now),
  }),
);
