import { type Finding, validatePolicy } from '@iamgate/policy';
import type { AuditPrincipals } from '@iamgate/store';
import { generatedDocument } from '../../access-analysis/policy-generation.js';
import { saturated } from '../../access-analysis/replay.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { principalRef } from '../../evaluator/subject.js';
import { EVALUATOR_TEXT, limits } from '../../hardening/argument-limits.js';
import { accountCatalog } from '../../services/account-catalog.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { PolicyCheckFindingRef } from '../services/types.js';

/** The most distinct action and resource pairs one generation reads. */
export const MAX_GENERATION_REQUESTS = 10_000;
/** How far back a generation may look (AWS's reads 90 days of CloudTrail; iamgate keeps its log longer). */
export const MAX_GENERATION_DAYS = 365;

const DAY_MS = 86_400_000;

/** A generated policy and what it was built from. */
interface GeneratedPolicy {
  principalArn: string;
  since: Date;
  until: Date;
  policyDocument: string | null;
  eventCount: number;
  requestCount: number;
  actionCount: number;
  serviceCount: number;
  truncated: boolean;
  findings: Finding[];
}

const GeneratedPolicyRef = builder.objectRef<GeneratedPolicy>('GeneratedPolicy').implement({
  description:
    "A least-privilege policy built from what a principal was allowed to do (IAM Access Analyzer's policy " +
    'generation), to review before attaching it.',
  fields: (t) => ({
    principalArn: t.exposeString('principalArn', { description: 'The user or role it was generated for.' }),
    since: t.expose('since', { type: 'DateTime', description: 'Start of the period read.' }),
    until: t.expose('until', { type: 'DateTime', description: 'End of the period read (now).' }),
    policyDocument: t.exposeString('policyDocument', {
      nullable: true,
      description:
        'The identity policy, JSON text: per service, the actions used, each on the patterns of the resources it ' +
        'was used on. Null when nothing was used.',
    }),
    eventCount: t.exposeInt('eventCount', {
      description: "Allowed calls it covers: audited events, and the activity record's counts.",
    }),
    requestCount: t.exposeInt('requestCount', {
      description: 'Distinct action and resource pairs among them.',
    }),
    actionCount: t.exposeInt('actionCount', { description: 'Distinct actions.' }),
    serviceCount: t.exposeInt('serviceCount', { description: 'Distinct services.' }),
    truncated: t.exposeBoolean('truncated', {
      description: `Whether more than ${MAX_GENERATION_REQUESTS.toLocaleString('en')} distinct pairs were used and only the first (by action, then resource) were read.`,
    }),
    findings: t.field({
      type: [PolicyCheckFindingRef],
      description:
        "`validatePolicy`'s findings on the document against the account's services (never an `ERROR`): review " +
        'them with the document.',
      resolve: (p) => p.findings,
    }),
  }),
});

/** Whose requests: a user by ARN, a role by ARN (apps' decisions about it) and by its sessions. */
async function whoOf(ctx: GatewayContext, principalArn: string): Promise<AuditPrincipals> {
  const { ref } = await principalRef(ctx, principalArn);
  const accountId = accountOf(ctx);
  if (ref.kind === 'user') return { arns: [principalArn], prefixes: [] };
  if (ref.kind === 'role') {
    const name = principalArn.slice(principalArn.lastIndexOf('/') + 1);
    return {
      arns: [principalArn],
      prefixes: [`arn:${ctx.store.partition}:sts::${accountId}:assumed-role/${name}/`],
    };
  }
  throw new IamError('InvalidInput', 'a policy is generated for a user or a role, not the root user', {
    field: 'principalArn',
  });
}

builder.queryField('generatePolicy', (t) =>
  t.field({
    type: GeneratedPolicyRef,
    description:
      "Generates a least-privilege identity policy from the calls a user or a role's sessions were allowed " +
      "since `since` (IAM Access Analyzer's policy generation, `IAM/latest/UserGuide/access-analyzer-" +
      'policy-generation.html`): grouped per service, resources wildcarded (a shared path becomes `path/*`, five or ' +
      "more resources of one type the type's pattern). Only allowed calls count: the audit log's (mutations) and " +
      "the activity record's (allowed reads, apps' `authorize` decisions through the gateway; an app deciding " +
      'locally from a snapshot shows nothing). Nothing is attached: review it first. ' +
      'Authorized as `access-analyzer:StartPolicyGeneration` on the principal and `iam:ListAuditEvents` on `*`.',
    args: {
      principalArn: t.arg.string({
        required: true,
        description: "The user or role (ARN) of the caller's account.",
        ...limits(EVALUATOR_TEXT.name),
      }),
      since: t.arg({
        type: 'DateTime',
        description: `Start of the period, at most ${MAX_GENERATION_DAYS} days ago (default 90 days ago).`,
      }),
    },
    authz: {
      action: 'access-analyzer:StartPolicyGeneration',
      resource: ({ args }) => args.principalArn,
      also: ({ ctx }) => [{ action: 'iam:ListAuditEvents', resource: ctx.targets.any() }],
    },
    resolve: async (_root, args, ctx) => {
      const until = ctx.facts.now;
      const since = args.since ?? new Date(until.getTime() - 90 * DAY_MS);
      if (
        since.getTime() > until.getTime() ||
        until.getTime() - since.getTime() > MAX_GENERATION_DAYS * DAY_MS
      ) {
        throw new IamError('InvalidInput', `\`since\` must be within the last ${MAX_GENERATION_DAYS} days`, {
          field: 'since',
          limit: MAX_GENERATION_DAYS,
        });
      }
      const accountId = accountOf(ctx);
      const who = await whoOf(ctx, args.principalArn);
      const used = await ctx.store.accessAnalysis.usedRequests(
        accountId,
        who,
        since,
        MAX_GENERATION_REQUESTS,
      );
      const generated = generatedDocument(used.rows);
      const services = await accountCatalog(ctx, ctx.services.builtinServices);
      const findings =
        generated.document === null
          ? []
          : validatePolicy(generated.document, 'identity', { services }).findings;
      return {
        principalArn: args.principalArn,
        since,
        until,
        policyDocument: generated.document,
        eventCount: saturated(generated.eventCount),
        requestCount: generated.requestCount,
        actionCount: generated.actionCount,
        serviceCount: generated.serviceCount,
        truncated: used.truncated,
        findings,
      };
    },
  }),
);
