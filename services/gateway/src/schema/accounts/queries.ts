import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { AccountSummaryRef } from './types.js';

builder.queryFields((t) => ({
  getAccountSummary: t.field({
    type: AccountSummaryRef,
    description: 'Entity counts and quotas of the account (`API_GetAccountSummary.html`).',
    authz: { action: 'iam:GetAccountSummary', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.accounts.summary(accountOf(ctx)),
  }),
  listAccountAliases: t.stringList({
    description: "The account's alias, as a list of at most one, as AWS (`API_ListAccountAliases.html`).",
    authz: { action: 'iam:ListAccountAliases', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, _args, ctx) => {
      const account = await ctx.store.accounts.get(accountOf(ctx));
      return account.alias === null ? [] : [account.alias];
    },
  }),
}));
