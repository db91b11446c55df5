import type { ArgBuilder } from '@pothos/core';
import { takeCallAudit } from '../../authz/call-audit.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { rootStore } from '../../context/root-store.js';
import { IamError } from '../../errors/iam-error.js';
import { limits } from '../../hardening/argument-limits.js';
import { reserveAttempt } from '../../hardening/reserve-attempt.js';
import { builder, type GatewaySchemaTypes } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { GuardrailPolicyRef, HandshakeRef, OrganizationalUnitRef, OrganizationRef } from './types.js';

const ACCOUNT_ID = 'A 12-digit account id.';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

/** The arguments of attaching and detaching a guardrail policy. */
function attachmentArgs(arg: ArgBuilder<Types>) {
  return {
    policyId: arg.string({ required: true, description: 'The policy id.', ...limits({ maxLength: 34 }) }),
    targetId: arg.string({
      required: true,
      description: 'A root, unit or account id.',
      ...limits({ maxLength: 68 }),
    }),
  };
}

/** Invitations an account may send per hour, refused ones included (`Throttling` beyond). */
const INVITATIONS_PER_HOUR = 20;

/**
 * Counts an invitation of the caller's account: an invitation says whether an account id or a root email exists,
 * so an account cannot probe the installation's accounts faster than a person invites.
 */
async function countInvitation(ctx: GatewayContext): Promise<void> {
  await reserveAttempt(
    rootStore(ctx),
    `invite:${accountOf(ctx)}`,
    { maxAttempts: INVITATIONS_PER_HOUR, windowSeconds: 3600, lockoutSeconds: 3600 },
    ctx.facts.now,
    (seconds) => `more than ${INVITATIONS_PER_HOUR} invitations an hour: try again in ${seconds} seconds`,
  );
}

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationRef,
    description:
      "Creates an organization managed by the caller's account, with a root and the default guardrail " +
      '`FullIamgateAccess` attached (`organizations:CreateOrganization`). `EntityAlreadyExists` for an account ' +
      'already in one.',
    authz: { action: 'organizations:CreateOrganization', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.organizations.create(accountOf(ctx)),
  }),
  inviteAccountToOrganization: t.field({
    type: HandshakeRef,
    description:
      'Invites an account that is in no organization, by id or root email, to the one the caller manages, for ' +
      '15 days ' +
      '(`organizations:InviteAccountToOrganization`). The invited account sees it with `listHandshakesForAccount`.',
    args: {
      accountId: t.arg.string({
        description: `${ACCOUNT_ID} Give it or \`email\`.`,
        ...limits({ maxLength: 12 }),
      }),
      email: t.arg.string({
        description: "The account root's email, instead of the id.",
        ...limits({ maxLength: 320 }),
      }),
    },
    authz: {
      action: 'organizations:InviteAccountToOrganization',
      resource: ({ ctx }) => ctx.targets.any(),
      // The invitation is counted before anything is looked up and must outlive a refusal: no transaction around it.
      selfAudited: true,
    },
    resolve: async (_root, args, ctx) => {
      const byId = args.accountId ?? undefined;
      const byEmail = args.email ?? undefined;
      if ((byId === undefined) === (byEmail === undefined)) {
        throw new IamError('InvalidInput', 'give exactly one of `accountId` and `email`', {
          field: 'accountId',
        });
      }
      await countInvitation(ctx);
      return ctx.store.organizations.invite(
        accountOf(ctx),
        byId ?? { email: byEmail as string },
        ctx.facts.now,
        {
          audit: takeCallAudit(ctx),
        },
      );
    },
  }),
  acceptHandshake: t.field({
    type: HandshakeRef,
    description:
      "Accepts an invitation sent to the caller's account: it joins the organization under its root, and the " +
      "organization's guardrails apply to it at once (`organizations:AcceptHandshake`).",
    args: {
      handshakeId: t.arg.string({
        required: true,
        description: 'The handshake id.',
        ...limits({ maxLength: 34 }),
      }),
    },
    authz: { action: 'organizations:AcceptHandshake', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.organizations.respond(accountOf(ctx), args.handshakeId, true, ctx.facts.now),
  }),
  declineHandshake: t.field({
    type: HandshakeRef,
    description: "Declines an invitation sent to the caller's account (`organizations:DeclineHandshake`).",
    args: {
      handshakeId: t.arg.string({
        required: true,
        description: 'The handshake id.',
        ...limits({ maxLength: 34 }),
      }),
    },
    authz: { action: 'organizations:DeclineHandshake', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.organizations.respond(accountOf(ctx), args.handshakeId, false, ctx.facts.now),
  }),
  leaveOrganization: t.boolean({
    description:
      "Takes the caller's account out of its organization; its guardrails stop applying at once " +
      '(`organizations:LeaveOrganization`). The management account cannot leave (`DeleteConflict`).',
    authz: { action: 'organizations:LeaveOrganization', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, _args, ctx) => {
      await ctx.store.organizations.leave(accountOf(ctx));
      return true;
    },
  }),
  createOrganizationalUnit: t.field({
    type: OrganizationalUnitRef,
    description:
      'Creates a unit under the root or another unit of the organization the caller manages, with the default ' +
      'guardrail attached (`organizations:CreateOrganizationalUnit`).',
    args: {
      parentId: t.arg.string({
        required: true,
        description: 'The root or unit id.',
        ...limits({ maxLength: 68 }),
      }),
      name: t.arg.string({ required: true, description: '1-128 characters.', ...limits({ maxLength: 128 }) }),
    },
    authz: { action: 'organizations:CreateOrganizationalUnit', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.organizations.createUnit(accountOf(ctx), args.parentId, args.name),
  }),
  moveAccount: t.boolean({
    description:
      'Moves a member account from one parent to another; the guardrails of its new place apply at once ' +
      '(`organizations:MoveAccount`).',
    args: {
      accountId: t.arg.string({ required: true, description: ACCOUNT_ID, ...limits({ maxLength: 12 }) }),
      sourceParentId: t.arg.string({
        required: true,
        description: 'Where it is.',
        ...limits({ maxLength: 68 }),
      }),
      destinationParentId: t.arg.string({
        required: true,
        description: 'Where it goes.',
        ...limits({ maxLength: 68 }),
      }),
    },
    authz: { action: 'organizations:MoveAccount', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      await ctx.store.organizations.moveAccount(
        accountOf(ctx),
        args.accountId,
        args.sourceParentId,
        args.destinationParentId,
      );
      return true;
    },
  }),
  createGuardrailPolicy: t.field({
    type: GuardrailPolicyRef,
    description:
      'Creates a guardrail policy of the organization the caller manages, attached nowhere (`organizations:CreatePolicy` ' +
      'of type `SERVICE_CONTROL_POLICY`); at most 5,120 characters without whitespace. `MalformedPolicyDocument` ' +
      'for a document that is not a valid guardrail (no `Principal`).',
    args: {
      name: t.arg.string({
        required: true,
        description: '1-128 characters of `[\\w+=,.@-]`.',
        ...limits({ maxLength: 128 }),
      }),
      description: t.arg.string({ description: 'Up to 512 characters.', ...limits({ maxLength: 512 }) }),
      content: t.arg.string({
        required: true,
        description: 'The JSON policy document.',
        ...limits({ document: 'managed' }),
      }),
    },
    authz: { action: 'organizations:CreatePolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.guardrailPolicies.create(accountOf(ctx), {
        name: args.name,
        document: args.content,
        ...(args.description == null ? {} : { description: args.description }),
      }),
  }),
  attachGuardrailPolicy: t.boolean({
    description:
      'Attaches a guardrail policy to the root, a unit or a member account; every account under it is capped at ' +
      'once, on every instance (`organizations:AttachPolicy`).',
    args: attachmentArgs(t.arg),
    authz: { action: 'organizations:AttachPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      await ctx.store.guardrailPolicies.setAttachment(accountOf(ctx), args.policyId, args.targetId, true);
      return true;
    },
  }),
  detachGuardrailPolicy: t.boolean({
    description:
      'Detaches a guardrail policy from its target (`organizations:DetachPolicy`); a target keeps at least one ' +
      '(`DeleteConflict`), since a level with none would deny everything under it.',
    args: attachmentArgs(t.arg),
    authz: { action: 'organizations:DetachPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      await ctx.store.guardrailPolicies.setAttachment(accountOf(ctx), args.policyId, args.targetId, false);
      return true;
    },
  }),
}));
