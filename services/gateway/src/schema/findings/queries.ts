import { securityFindings } from '../../best-practices/security-findings.js';
import { IamError } from '../../errors/iam-error.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { SecurityFindingRef } from './types.js';

/** A period in days, 1 to 3,650. */
function period(name: string, value: number | null | undefined, fallback: number): number {
  const days = value ?? fallback;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new IamError('InvalidInput', `\`${name}\` must be a number of days from 1 to 3650`, {
      field: name,
    });
  }
  return days;
}

builder.queryField('listSecurityFindings', (t) =>
  t.field({
    type: [SecurityFindingRef],
    description:
      "What the account should fix by IAM's best practices (`IAM/latest/UserGuide/best-practices.html`), most " +
      'serious first: the root user with access keys, without MFA or used recently; users with passwords and no ' +
      'MFA; access keys not rotated; unused passwords and keys; users with policies of their own; policies that ' +
      'allow `*` on `*` or `iam:PassRole` on every role. iamgate-only (AWS spreads these over the IAM dashboard, ' +
      'Security Hub and the credential report), authorized as `iamgate:ListSecurityFindings` on `*`.',
    args: {
      olderThanDays: t.arg.int({
        description: 'Active access keys older than this are reported (default 90).',
      }),
      unusedForDays: t.arg.int({
        description: 'Passwords and active access keys unused for longer are reported (default 90).',
      }),
      rootUsedWithinDays: t.arg.int({
        description: 'A root user used within this many days is reported (default 90).',
      }),
    },
    authz: { action: 'iamgate:ListSecurityFindings', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      const periods = {
        olderThanDays: period('olderThanDays', args.olderThanDays, 90),
        unusedForDays: period('unusedForDays', args.unusedForDays, 90),
        rootUsedWithinDays: period('rootUsedWithinDays', args.rootUsedWithinDays, 90),
      };
      const accountId = accountOf(ctx);
      const facts = await ctx.store.securityFacts.gather(accountId);
      return securityFindings(
        facts,
        { partition: ctx.store.partition, accountId, now: ctx.facts.now },
        periods,
      );
    },
  }),
);
