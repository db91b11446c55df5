import type { AccountInvitation, IssuedInvitation } from '@iamgate/store';
import { IamError } from '../../errors/iam-error.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';

/** How long an invitation lasts by default, and at most (hours). */
const DEFAULT_HOURS = 168;
const MAX_HOURS = 720;

const AccountInvitationRef = builder.objectRef<AccountInvitation>('AccountInvitation').implement({
  description:
    'A one-time invitation to sign up (`IAMGATE_SIGN_UP=invite`); its token is shown only when made.',
  fields: (t) => ({
    invitationId: t.exposeString('id', { description: 'The invitation id (`AINV...`).' }),
    email: t.exposeString('email', {
      nullable: true,
      description: "The email the new account's root must have (ignoring case); null for any.",
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    expiration: t.expose('expiresAt', { type: 'DateTime', description: 'After this it makes no account.' }),
    usedDate: t.expose('usedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it made an account; null while unused.',
    }),
    usedByAccountId: t.exposeString('usedBy', {
      nullable: true,
      description: 'The account it made, if any.',
    }),
  }),
});

const IssuedInvitationRef = builder.objectRef<IssuedInvitation>('IssuedAccountInvitation').implement({
  description:
    'A new invitation and its token: hand the token to the person who signs up. It is not shown again.',
  fields: (t) => ({
    invitation: t.field({
      type: AccountInvitationRef,
      description: 'The invitation.',
      resolve: (i) => i.invitation,
    }),
    token: t.exposeString('token', { description: 'The one-time token `signUp` takes as `invitation`.' }),
  }),
});

const AccountInvitationConnectionRef = builder.connectionObject(
  { type: AccountInvitationRef, name: 'AccountInvitationConnection', description: 'A page of invitations.' },
  { name: 'AccountInvitationEdge', description: 'An invitation with its cursor.' },
);

const CreateAccountInvitationInput = builder.inputType('CreateAccountInvitationInput', {
  description: 'A new invitation to sign up.',
  fields: (t) => ({
    email: t.string({
      description: 'Only an account whose root has this email (ignoring case); any when absent.',
    }),
    expiresInHours: t.int({
      description: `Hours until it expires, 1-${MAX_HOURS} (default ${DEFAULT_HOURS}, a week).`,
    }),
  }),
});

builder.mutationFields((t) => ({
  createAccountInvitation: t.field({
    type: IssuedInvitationRef,
    description:
      "Makes a one-time invitation to sign up, for the operator account's principals " +
      '(`iamgate:CreateAccountInvitation` on `arn:<partition>:organizations::<operator>:account/*`). Used with ' +
      '`IAMGATE_SIGN_UP=invite`; the token is returned once and only its SHA-256 is kept.',
    args: {
      input: t.arg({
        type: CreateAccountInvitationInput,
        description: 'The invitation; defaults when absent.',
      }),
    },
    authz: { action: 'iamgate:CreateAccountInvitation', resource: ({ ctx }) => ctx.targets.newAccounts() },
    resolve: (_root, { input }, ctx) => {
      const hours = input?.expiresInHours ?? DEFAULT_HOURS;
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS) {
        throw new IamError('ValidationError', `\`expiresInHours\` must be from 1 to ${MAX_HOURS}`, {
          field: 'input.expiresInHours',
        });
      }
      const expiresAt = new Date(ctx.facts.now.getTime() + hours * 3_600_000);
      return ctx.store.accountInvitations.create(accountOf(ctx), {
        expiresAt,
        ...(input?.email == null ? {} : { email: input.email }),
      });
    },
  }),
  deleteAccountInvitation: t.boolean({
    description:
      'Withdraws an unused invitation (`iamgate:DeleteAccountInvitation`); `NoSuchEntity` otherwise.',
    args: { invitationId: t.arg.string({ required: true, description: 'The invitation id.' }) },
    authz: { action: 'iamgate:DeleteAccountInvitation', resource: ({ ctx }) => ctx.targets.newAccounts() },
    resolve: async (_root, { invitationId }, ctx) => {
      await ctx.store.accountInvitations.delete(accountOf(ctx), invitationId);
      return true;
    },
  }),
}));

builder.queryField('listAccountInvitations', (t) =>
  t.field({
    type: AccountInvitationConnectionRef,
    description:
      "The invitations the caller's account made, used ones included (`iamgate:ListAccountInvitations`).",
    args: pageArgs(t.arg),
    authz: { action: 'iamgate:ListAccountInvitations', resource: ({ ctx }) => ctx.targets.newAccounts() },
    resolve: (_root, args, ctx) =>
      ctx.store.accountInvitations.list(accountOf(ctx), {
        ...(args.first == null ? {} : { first: args.first }),
        ...(args.after == null ? {} : { after: args.after }),
      }),
  }),
);
