import { Directory } from '../../access-analysis/directory.js';
import { judgedActions } from '../../access-analysis/judged-actions.js';
import {
  UNUSED_ACCESS_CATALOG,
  type UnusedAccessCode,
  type UnusedAccessFinding,
  unusedAccessFindings,
} from '../../access-analysis/unused-access.js';
import { securityFindings } from '../../best-practices/security-findings.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { analyzerTarget, daysArgument } from './analyzer.js';

/** The most principal and action groups of the audit log and the activity record one analysis reads. */
export const MAX_ACTIVITY_GROUPS = 100_000;

const DAY_MS = 86_400_000;

const CODE_DESCRIPTIONS: Record<UnusedAccessCode, string> = {
  UnusedRole: 'A role not assumed, and whose sessions made no call, in the period (AWS `UnusedIAMRole`).',
  UnusedUser: 'A user who neither signed in (password or access key) nor made a call in the period.',
  UnusedAccessKey:
    "A user's active access key not used in the period (AWS `UnusedIAMUserAccessKey`; the security findings' `UNUSED_ACCESS_KEY`).",
  UnusedPassword:
    "A user's console password not used in the period (AWS `UnusedIAMUserPassword`; the security findings' `UNUSED_PASSWORD`).",
  UnusedPolicy: 'A customer managed policy attached to principals that allowed no request in the period.',
  UnusedAction:
    "Actions of one service that a principal's policies allow and it did not use in the period (AWS `UnusedPermission`); " +
    "judged for the gateway's own services, and for an app's service (its definition's actions) when the principal " +
    'had one of its decisions made through the gateway (`authorize`) in the period: local decisions are not seen.',
};

const UnusedAccessCodeRef = builder.enumType('UnusedAccessCode', {
  description: 'What an unused access finding is about; codes are stable, new ones may be added.',
  values: Object.fromEntries(
    (Object.keys(UNUSED_ACCESS_CATALOG) as UnusedAccessCode[]).map((code) => [
      code,
      { value: code, description: CODE_DESCRIPTIONS[code] },
    ]),
  ) as Record<UnusedAccessCode, { value: UnusedAccessCode; description: string }>,
});

const UnusedAccessFindingRef = builder.objectRef<UnusedAccessFinding>('UnusedAccessFinding').implement({
  description:
    "Access granted and not used for the period: something to remove (IAM Access Analyzer's unused access, " +
    '`IAM/latest/UserGuide/access-analyzer-unused-access.html`).',
  fields: (t) => ({
    id: t.exposeString('id', {
      description: 'Stable id: a hash of the code, the entity and the key or service.',
    }),
    code: t.field({
      type: UnusedAccessCodeRef,
      description: 'What the finding is about.',
      resolve: (f) => f.code,
    }),
    entityArn: t.exposeString('entityArn', { description: "The user's, role's or managed policy's ARN." }),
    accessKeyId: t.exposeString('accessKeyId', {
      nullable: true,
      description: 'The access key, for `UnusedAccessKey`.',
    }),
    service: t.exposeString('service', {
      nullable: true,
      description: 'The service prefix, for `UnusedAction`.',
    }),
    actions: t.exposeStringList('actions', {
      description: 'The unused actions, for `UnusedAction` (sorted); empty otherwise.',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The last use known, before the period; null when none is recorded.',
    }),
    message: t.exposeString('message', { description: 'What is unused, in words.' }),
    documentationUrl: t.exposeString('documentationUrl', { description: 'The AWS page that explains it.' }),
  }),
});

builder.queryField('listUnusedAccess', (t) =>
  t.field({
    type: [UnusedAccessFindingRef],
    description:
      "Unused access (IAM Access Analyzer's unused access analyzer, `IAM/latest/UserGuide/access-analyzer-unused-" +
      'access.html`): roles, users, access keys, passwords and customer managed policies not used in the last ' +
      '`unusedForDays` days, and per principal and service the actions its policies allow that it did not use, ' +
      "from last-used data, the audit log and the activity record (allowed reads, apps' decisions). Sorted by code, entity, key or service. Authorized as " +
      '`access-analyzer:ListFindings` on `arn:<partition>:access-analyzer::<account>:analyzer/unused-access`.',
    args: {
      unusedForDays: t.arg.int({ description: 'The period, 1 to 365 days (default 90, as AWS).' }),
    },
    authz: {
      action: 'access-analyzer:ListFindings',
      resource: ({ ctx }) => analyzerTarget(ctx, 'unused-access'),
    },
    resolve: async (_root, args, ctx) => {
      const days = daysArgument('unusedForDays', args.unusedForDays, 90, 365);
      const accountId = accountOf(ctx);
      const now = ctx.facts.now;
      const since = new Date(now.getTime() - days * DAY_MS);
      const [directory, facts, activity, appServices] = await Promise.all([
        Directory.load(ctx.store, accountId),
        ctx.store.securityFacts.gather(accountId),
        ctx.store.accessAnalysis.activity(accountId, since, MAX_ACTIVITY_GROUPS),
        ctx.store.serviceDefinitions.defaults(accountId),
      ]);
      const periods = { olderThanDays: days, unusedForDays: days, rootUsedWithinDays: days };
      return unusedAccessFindings({
        accountId,
        now,
        unusedForDays: days,
        directory,
        credentials: facts.credentials.rows,
        securityFindings: securityFindings(
          facts,
          { partition: ctx.store.partition, accountId, now },
          periods,
        ),
        activity: activity.rows,
        judgedActions: judgedActions(ctx.services.builtinServices, appServices),
      });
    },
  }),
);
