import type { Decision } from '@iamgate/policy';
import { IMPLICIT_DENY } from '../../authz/refusal.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';

/**
 * Closing an account is a root user task in AWS (`IAM/latest/UserGuide/id_root-user.html#root-user-tasks`,
 * "Close your AWS account"): no policy can give it to anyone else. The root's own request goes through the standard
 * decision (root may do anything in its account); anyone else is refused.
 */
function rootOnly(ctx: GatewayContext): Decision | undefined {
  return ctx.caller?.principal.type === 'root' ? undefined : IMPLICIT_DENY;
}

const CloseAccountInput = builder.inputType('CloseAccountInput', {
  description: 'The confirmation of closing the account.',
  fields: (t) => ({
    accountId: t.string({
      required: true,
      description: "The caller's own account id, typed again to confirm (any other value closes nothing).",
    }),
  }),
});

builder.mutationField('closeAccount', (t) =>
  t.boolean({
    description:
      "Closes the caller's account, as only its root user may (`iamgate:CloseAccount`; AWS's root user task). From " +
      'then on none of its principals signs in or authenticates, on every instance, and its tokens stop working at ' +
      'once. Its data is kept; its id, root email and alias are never given to another account. `ValidationError` ' +
      'when `accountId` is not the account being closed.',
    args: { input: t.arg({ type: CloseAccountInput, required: true, description: 'The confirmation.' }) },
    authz: {
      action: 'iamgate:CloseAccount',
      resource: ({ ctx }) => ctx.targets.account(),
      decide: ({ ctx }) => rootOnly(ctx),
    },
    resolve: async (_root, { input }, ctx) => {
      const accountId = accountOf(ctx);
      if (input.accountId !== accountId) {
        throw new IamError(
          'ValidationError',
          'to confirm, `accountId` must be the id of the account being closed',
          {
            field: 'input.accountId',
          },
        );
      }
      await ctx.store.accounts.close(accountId);
      return true;
    },
  }),
);
