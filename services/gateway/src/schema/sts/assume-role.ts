import type { AuthzCheck } from '../../authz/authz-rule.js';
import { takeCallAudit } from '../../authz/call-audit.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { callerMfa } from '../../mfa/caller-mfa.js';
import { mfaContext, mfaDecision, sessionMfaTime } from '../../mfa/session-mfa.js';
import { callerRoleSession } from '../../sts/caller-session.js';
import { roleByArn, roleTarget } from '../../sts/role-lookup.js';
import { type AssumeRoleRequest, planContext, planRoleSession } from '../../sts/session-plan.js';
import { startRoleSession } from '../../sts/start-role-session.js';
import { checkDuration } from '../../sts/sts-limits.js';
import { trustDecision } from '../../sts/trust-decision.js';
import { builder } from '../builder.js';
import { principalOf } from '../common/caller.js';
import { AssumeRoleInput, AssumeRolePayloadRef } from './types.js';

async function plan(ctx: GatewayContext, input: AssumeRoleRequest) {
  const parent = await callerRoleSession(ctx);
  const planned = planRoleSession(input, parent);
  return { parent, planned, context: planContext(planned, parent?.sourceIdentity ?? undefined) };
}

/** `sts:TagSession` and `sts:SetSourceIdentity`, decided by the role's trust policy like `sts:AssumeRole`. */
async function sessionChecks(ctx: GatewayContext, input: AssumeRoleRequest): Promise<AuthzCheck[]> {
  const planned = await plan(ctx, input);
  const context = { ...planned.context, ...mfaContext(await callerMfa(ctx, input), ctx.facts.now) };
  const role = await roleByArn(ctx, input.roleArn);
  const resource = await roleTarget(ctx, input.roleArn);
  const checks: AuthzCheck[] = [];
  const caller = ctx.caller;
  if (caller === undefined) return checks;
  const check = (action: string): AuthzCheck => ({
    action,
    resource,
    decide: () => trustDecision(caller, ctx.facts, role, action, context),
  });
  if (planned.planned.tags.length > 0) checks.push(check('sts:TagSession'));
  if (planned.planned.sourceIdentity !== undefined) checks.push(check('sts:SetSourceIdentity'));
  return checks;
}

builder.mutationField('assumeRole', (t) =>
  t.field({
    type: AssumeRolePayloadRef,
    description:
      "Starts a session of a role the caller is trusted to assume, with that role's permissions capped by the " +
      'session policies (`STS/latest/APIReference/API_AssumeRole.html`). Refused with `AccessDenied` unless the ' +
      "role's trust policy allows the caller (and, for an account-named trust or a role in another account, the " +
      "caller's own policies allow `sts:AssumeRole` on it); tags need `sts:TagSession`, a source identity " +
      '`sts:SetSourceIdentity`. Out-of-range arguments are `ValidationError`. With `serialNumber` and `tokenCode` ' +
      'the trust policy sees `aws:MultiFactorAuthPresent` true and the session is MFA-authenticated; a session ' +
      'assumed by an MFA-authenticated session is too, keeping its MFA time.',
    args: { input: t.arg({ type: AssumeRoleInput, required: true, description: 'The role and session.' }) },
    authz: {
      action: 'sts:AssumeRole',
      resource: ({ args, ctx }) => roleTarget(ctx, args.input.roleArn),
      context: async ({ args, ctx }) => ({
        ...(await plan(ctx, args.input)).context,
        ...mfaContext(await callerMfa(ctx, args.input), ctx.facts.now),
      }),
      decide: async ({ args, ctx, context }) => {
        const caller = ctx.caller;
        if (caller === undefined) return undefined;
        const decision = trustDecision(
          caller,
          ctx.facts,
          await roleByArn(ctx, args.input.roleArn),
          'sts:AssumeRole',
          context,
        );
        return mfaDecision(await callerMfa(ctx, args.input), decision);
      },
      also: ({ args, ctx }) => sessionChecks(ctx, args.input),
      selfAudited: true,
      // A role of another account: its owner sees who assumed it, or tried (CloudTrail records AssumeRole in both).
      auditAlsoIn: async ({ args, ctx }) => {
        const role = await roleByArn(ctx, args.input.roleArn);
        return role !== undefined && role.accountId !== ctx.caller?.principal.accountId
          ? [role.accountId]
          : [];
      },
    },
    resolve: async (_root, { input }, ctx) => {
      const role = await roleByArn(ctx, input.roleArn);
      // INVARIANT: the trust decision refused unknown roles before the resolver runs.
      if (role === undefined)
        throw new IamError('AccessDenied', `role \`${input.roleArn}\` cannot be assumed`);
      const { parent, planned } = await plan(ctx, input);
      const principal = principalOf(ctx);
      return startRoleSession(ctx.store, ctx.services.tokens, {
        role,
        sessionName: planned.sessionName,
        durationSeconds: checkDuration(input.durationSeconds, role.maxSessionDuration, planned.chained),
        source: 'assumeRole',
        issuedAt: ctx.facts.now,
        tags: planned.tags,
        transitiveTagKeys: planned.transitiveTagKeys,
        sourceIdentity: planned.sourceIdentity,
        policy: planned.policy,
        policyArns: planned.policyArns,
        parentSessionId: parent?.id ?? principal.sessionId,
        mfaAuthenticatedAt: await sessionMfaTime(ctx, input),
        sourceIp: ctx.facts.sourceIp,
        audit: () => takeCallAudit(ctx),
      });
    },
  }),
);
