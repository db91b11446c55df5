import { IamError } from '../../errors/iam-error.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';

builder.mutationFields((t) => ({
  createAccountAlias: t.boolean({
    description:
      'Sets the account alias, usable instead of the account id to sign in; replaces any previous one. ' +
      '`EntityAlreadyExists` when another account has it (`API_CreateAccountAlias.html`).',
    args: {
      accountAlias: t.arg.string({
        required: true,
        description: '3-63 lowercase letters, digits and hyphens.',
      }),
    },
    authz: { action: 'iam:CreateAccountAlias', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      await ctx.store.accounts.setAlias(accountOf(ctx), args.accountAlias);
      return true;
    },
  }),
  deleteAccountAlias: t.boolean({
    description: 'Removes the account alias (`API_DeleteAccountAlias.html`).',
    args: { accountAlias: t.arg.string({ required: true, description: 'The alias to remove.' }) },
    authz: { action: 'iam:DeleteAccountAlias', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      const account = await ctx.store.accounts.get(accountOf(ctx));
      if (account.alias !== args.accountAlias) {
        throw new IamError('NoSuchEntity', `the account has no alias \`${args.accountAlias}\``);
      }
      await ctx.store.accounts.setAlias(account.id, null);
      return true;
    },
  }),
}));
