import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import {
  GuardrailPolicyRef,
  HandshakeRef,
  OrganizationalUnitRef,
  OrganizationMemberRef,
  OrganizationRef,
} from './types.js';

builder.queryFields((t) => ({
  describeOrganization: t.field({
    type: OrganizationRef,
    nullable: true,
    description:
      "The organization the caller's account belongs to, or null (`organizations:DescribeOrganization`, " +
      '`API_DescribeOrganization.html`).',
    authz: { action: 'organizations:DescribeOrganization', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, _args, ctx) => (await ctx.store.organizations.describe(accountOf(ctx))) ?? null,
  }),
  listAccounts: t.field({
    type: [OrganizationMemberRef],
    description:
      'The member accounts of the organization the caller manages (`organizations:ListAccounts`); `NoSuchEntity` ' +
      'for an account that manages none.',
    authz: { action: 'organizations:ListAccounts', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.organizations.listMembers(accountOf(ctx)),
  }),
  listOrganizationalUnits: t.field({
    type: [OrganizationalUnitRef],
    description:
      'The root and every unit of the organization the caller manages (`organizations:ListOrganizationalUnitsForParent` ' +
      'and `ListRoots` in one).',
    authz: {
      action: 'organizations:ListOrganizationalUnitsForParent',
      resource: ({ ctx }) => ctx.targets.any(),
    },
    resolve: (_root, _args, ctx) => ctx.store.organizations.listUnits(accountOf(ctx)),
  }),
  listHandshakesForAccount: t.field({
    type: [HandshakeRef],
    description:
      "The invitations sent to the caller's account, and for a management account those its organization sent " +
      '(`organizations:ListHandshakesForAccount`).',
    authz: { action: 'organizations:ListHandshakesForAccount', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.organizations.handshakesFor(accountOf(ctx), ctx.facts.now),
  }),
  listGuardrailPolicies: t.field({
    type: [GuardrailPolicyRef],
    description:
      'The guardrail policies of the organization the caller manages, with their targets (`organizations:ListPolicies`).',
    authz: { action: 'organizations:ListPolicies', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.guardrailPolicies.list(accountOf(ctx)),
  }),
}));
