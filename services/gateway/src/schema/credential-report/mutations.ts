import { generateCredentialReport } from '../../best-practices/credential-report.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { GeneratedReportRef } from './types.js';

builder.mutationField('generateCredentialReport', (t) =>
  t.field({
    type: GeneratedReportRef,
    description:
      "Generates the account's credential report, unless one less than four hours old exists, which then stands " +
      '(`COMPLETE`), as AWS does (`API_GenerateCredentialReport.html`). iamgate generates it at once (`STARTED`): ' +
      '`getCredentialReport` reads it right after.',
    authz: { action: 'iam:GenerateCredentialReport', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => generateCredentialReport(ctx.store, accountOf(ctx), ctx.facts.now),
  }),
);
