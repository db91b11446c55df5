import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { type AuthorizeRequest, decideFor } from '../../evaluator/decide-for.js';
import { type StoredPolicies, storedPoliciesFor } from '../../evaluator/stored-resource-policies.js';
import { callerSubject, type Subject, subjectByArn } from '../../evaluator/subject.js';
import { EVALUATOR_TEXT, limits } from '../../hardening/argument-limits.js';
import { metricsOf } from '../../metrics/metrics-of.js';
import { noPermissionNeeded } from '../../sts/no-permission-needed.js';
import { builder } from '../builder.js';
import { principalOf } from '../common/caller.js';
import { AuthorizationResultRef, AuthorizeRequestInput, ContextEntryInput } from './types.js';

/** The most requests `authorizeBatch` decides in one call. */
export const MAX_BATCH = 100;

/** Whose rights are asked about: the caller's (needs nothing), or another principal's (needs simulate rights). */
function isSelf(ctx: GatewayContext, principalArn: string | null | undefined): boolean {
  return principalArn == null || principalArn === principalOf(ctx).arn;
}

async function subjectOf(ctx: GatewayContext, principalArn: string | null | undefined): Promise<Subject> {
  const caller = ctx.caller;
  if (caller === undefined) throw new IamError('Unauthenticated', 'this operation needs credentials');
  return isSelf(ctx, principalArn)
    ? callerSubject(caller, ctx.facts)
    : subjectByArn(ctx, principalArn as string);
}

/**
 * Decides one request for `subject`, counts the decision (`iamgate_decisions_total{source="authorize"}`), and for
 * the caller's own decisions notes the managed policies that allowed it and adds it to the activity record.
 */
function decided(ctx: GatewayContext, subject: Subject, request: AuthorizeRequest, stored: StoredPolicies) {
  const result = decideFor(subject, request, stored);
  metricsOf(ctx.services).decision('authorize', result.action, result.decision.decision);
  // Only the caller's own decisions are uses: one asked about another principal is a what-if
  // (`iam:SimulatePrincipalPolicy`, which AWS records as the asker's call, never as the simulated principal's
  // activity), already recorded as the asker's read.
  if (subject.principalArn !== principalOf(ctx).arn) return result;
  // Apps' decisions use policies as much as API calls do (`Policy.lastUsed`): a map update, no statement.
  ctx.services.policyUses.note(result.decision, result.principalArn, result.action, ctx.facts.now);
  // Apps' decisions are not audited one by one; the activity record counts them for access analysis.
  ctx.services.activity.note({
    accountId: subject.accountId,
    principalArn: result.principalArn,
    action: result.action,
    resource: result.resource,
    decision: result.decision.decision,
    source: 'authorize',
    at: ctx.facts.now,
    sourceIp: ctx.facts.sourceIp,
  });
  return result;
}

/**
 * Asking about another principal is `iam:SimulatePrincipalPolicy` on it, as the simulator
 * (`IAM/latest/APIReference/API_SimulatePrincipalPolicy.html`); asking about oneself needs no permission.
 */
const forPrincipal = {
  action: 'iam:SimulatePrincipalPolicy',
  resource: ({ args, ctx }: { args: { principalArn?: string | null }; ctx: GatewayContext }) =>
    args.principalArn ?? principalOf(ctx).arn,
  decide: ({ args, ctx }: { args: { principalArn?: string | null }; ctx: GatewayContext }) =>
    isSelf(ctx, args.principalArn) ? noPermissionNeeded() : undefined,
};

const principalArnArg = {
  description:
    'Decide for this principal (a user, role or root ARN) instead of the caller; needs ' +
    '`iam:SimulatePrincipalPolicy` on it.',
} as const;

builder.queryFields((t) => ({
  authorize: t.field({
    type: AuthorizationResultRef,
    description:
      'Decides whether the caller (or `principalArn`) may perform `action` on `resource`, with the same request ' +
      "context as the IAM API (source IP, time, principal tags, session data) plus the app's own keys. Allowed " +
      'or denied, the answer is a result, never an error.',
    args: {
      action: t.arg.string({
        required: true,
        description: 'The action, e.g. `orders:GetOrder` (at most 128 characters).',
        ...limits(EVALUATOR_TEXT.action),
      }),
      resource: t.arg.string({
        required: true,
        description: 'The resource ARN, or `*` (at most 2,048 characters).',
        ...limits(EVALUATOR_TEXT.resource),
      }),
      context: t.arg({
        type: [ContextEntryInput],
        description: 'Condition keys the app adds (at most 100).',
        ...limits({ maxItems: 100 }),
      }),
      resourcePolicy: t.arg.string({
        description:
          "The resource's own resource-based policy, JSON text (at most 20,480 characters without whitespace). " +
          "Without it, the policies stored for the resource's ARN (`putResourcePolicy`) in the account it names apply.",
        ...limits({ document: 'resource' }),
      }),
      resourceAccount: t.arg.string({
        description: 'The account owning the resource when its ARN does not say.',
        ...limits(EVALUATOR_TEXT.name),
      }),
      principalArn: t.arg.string(principalArnArg),
    },
    authz: forPrincipal,
    resolve: async (_root, args, ctx) => {
      const [subject, stored] = await Promise.all([
        subjectOf(ctx, args.principalArn),
        storedPoliciesFor(ctx, [args]),
      ]);
      return decided(ctx, subject, args, stored);
    },
  }),
  authorizeBatch: t.field({
    type: [AuthorizationResultRef],
    description: `Decides up to ${MAX_BATCH} requests for one principal in one call, in order.`,
    args: {
      requests: t.arg({ type: [AuthorizeRequestInput], required: true, description: 'The requests.' }),
      principalArn: t.arg.string(principalArnArg),
    },
    authz: forPrincipal,
    resolve: async (_root, args, ctx) => {
      if (args.requests.length > MAX_BATCH) {
        throw new IamError('InvalidInput', `at most ${MAX_BATCH} requests can be decided in one batch`, {
          field: 'requests',
          limit: MAX_BATCH,
        });
      }
      const [subject, stored] = await Promise.all([
        subjectOf(ctx, args.principalArn),
        storedPoliciesFor(ctx, args.requests),
      ]);
      return args.requests.map((request: AuthorizeRequest) => decided(ctx, subject, request, stored));
    },
  }),
}));
