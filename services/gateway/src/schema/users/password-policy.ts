import type { PasswordPolicy } from '@iamgate/store';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { PasswordPolicyInput, PasswordPolicyRef } from './types.js';

builder.queryField('getAccountPasswordPolicy', (t) =>
  t.field({
    type: PasswordPolicyRef,
    description:
      "The account's custom password policy; `NoSuchEntity` while the default applies, as AWS " +
      '(`API_GetAccountPasswordPolicy.html`).',
    authz: { action: 'iam:GetAccountPasswordPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, _args, ctx) => ctx.store.passwordPolicy.get(accountOf(ctx)),
  }),
);

builder.mutationFields((t) => ({
  updateAccountPasswordPolicy: t.field({
    type: PasswordPolicyRef,
    description:
      'Sets the password policy, enforced on every password set from now on; absent fields take their ' +
      'defaults (`API_UpdateAccountPasswordPolicy.html`).',
    args: { input: t.arg({ type: PasswordPolicyInput, required: true, description: 'The policy.' }) },
    authz: { action: 'iam:UpdateAccountPasswordPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, { input }, ctx) => {
      const policy: Partial<PasswordPolicy> = {};
      for (const [key, value] of Object.entries(input)) {
        if (value !== null && value !== undefined) (policy as Record<string, unknown>)[key] = value;
      }
      return ctx.store.passwordPolicy.update(accountOf(ctx), policy);
    },
  }),
  deleteAccountPasswordPolicy: t.boolean({
    description:
      'Removes the custom password policy; the default applies again (`API_DeleteAccountPasswordPolicy.html`).',
    authz: { action: 'iam:DeleteAccountPasswordPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, _args, ctx) => {
      await ctx.store.passwordPolicy.delete(accountOf(ctx));
      return true;
    },
  }),
}));
