import type { PolicyInput } from '@iamgate/policy';
import { isStoreError, rootThrottleKey, userThrottleKey } from '@iamgate/store';
import { takeCallAudit } from '../../authz/call-audit.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { countedAttempt } from '../../sign-in/counted-attempt.js';
import { builder } from '../builder.js';
import { accountOf, principalOf } from '../common/caller.js';
import { LoginProfileRef } from './types.js';

const userNameArg = { description: 'The user whose password it is.' } as const;

/**
 * With `AllowUsersToChangePassword`, every user may change its own password without a policy saying so
 * (`IAM/latest/UserGuide/id_credentials_passwords_account-policy.html`): the setting acts as an identity grant of
 * `iam:ChangePassword` on the caller itself, still subject to denies, boundaries and session policies.
 */
async function passwordPolicyGrant(ctx: GatewayContext): Promise<PolicyInput[]> {
  const principal = principalOf(ctx);
  if (principal.type !== 'user') return [];
  const { policy } = await ctx.store.passwordPolicy.effective(principal.accountId);
  if (!policy.allowUsersToChangePassword) return [];
  return [
    {
      id: 'account-setting/AllowUsersToChangePassword',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: principal.arn }],
      },
    },
  ];
}

builder.queryField('getLoginProfile', (t) =>
  t.field({
    type: LoginProfileRef,
    description:
      "A user's password settings; `NoSuchEntity` when it has no password (`API_GetLoginProfile.html`).",
    args: { userName: t.arg.string({ required: true, ...userNameArg }) },
    authz: { action: 'iam:GetLoginProfile', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: (_root, args, ctx) => ctx.store.loginProfiles.get(accountOf(ctx), args.userName),
  }),
);

builder.mutationFields((t) => ({
  createLoginProfile: t.field({
    type: LoginProfileRef,
    description:
      'Gives a user a password; it must satisfy the account password policy (`PasswordPolicyViolation`) ' +
      '(`API_CreateLoginProfile.html`).',
    args: {
      userName: t.arg.string({ required: true, ...userNameArg }),
      password: t.arg.string({ required: true, description: 'The new password.' }),
      passwordResetRequired: t.arg.boolean({
        description: 'Make the user choose a new one at next sign-in.',
      }),
    },
    authz: { action: 'iam:CreateLoginProfile', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: (_root, args, ctx) =>
      ctx.store.loginProfiles.create(accountOf(ctx), args.userName, {
        password: args.password,
        passwordResetRequired: args.passwordResetRequired ?? false,
      }),
  }),
  updateLoginProfile: t.field({
    type: LoginProfileRef,
    description: "An administrator's reset of a user's password (`API_UpdateLoginProfile.html`).",
    args: {
      userName: t.arg.string({ required: true, ...userNameArg }),
      password: t.arg.string({ description: 'The new password.' }),
      passwordResetRequired: t.arg.boolean({
        description: 'Make the user choose a new one at next sign-in.',
      }),
    },
    authz: { action: 'iam:UpdateLoginProfile', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: (_root, args, ctx) =>
      ctx.store.loginProfiles.update(accountOf(ctx), args.userName, {
        ...(args.password == null ? {} : { password: args.password }),
        ...(args.passwordResetRequired == null ? {} : { passwordResetRequired: args.passwordResetRequired }),
      }),
  }),
  deleteLoginProfile: t.boolean({
    description:
      "Removes a user's password; it can no longer sign in with one (`API_DeleteLoginProfile.html`).",
    args: { userName: t.arg.string({ required: true, ...userNameArg }) },
    authz: { action: 'iam:DeleteLoginProfile', resource: ({ args, ctx }) => ctx.targets.user(args.userName) },
    resolve: async (_root, args, ctx) => {
      await ctx.store.loginProfiles.delete(accountOf(ctx), args.userName);
      return true;
    },
  }),
  changePassword: t.boolean({
    description:
      "Changes the calling user's own password, or the root user's; `InvalidInput` when `oldPassword` is wrong, " +
      '`PasswordPolicyViolation` when the new one breaks the policy (`API_ChangePassword.html`). A wrong ' +
      "`oldPassword` counts like a failed sign-in of the user, and the user's sign-in lockout refuses the call " +
      "with `Throttling`: a session is no way to guess its user's password. The root user's new password must " +
      'satisfy the default password policy.',
    args: {
      oldPassword: t.arg.string({ required: true, description: 'The current password.' }),
      newPassword: t.arg.string({ required: true, description: 'The new password.' }),
    },
    authz: {
      action: 'iam:ChangePassword',
      resource: ({ ctx }) => principalOf(ctx).arn,
      grants: ({ ctx }) => passwordPolicyGrant(ctx),
      // The attempt is counted before the check and must outlive a refusal: no transaction around the call.
      selfAudited: true,
    },
    resolve: async (_root, args, ctx) => {
      const principal = principalOf(ctx);
      if (principal.type === 'root') return changeRootPassword(ctx, args.oldPassword, args.newPassword);
      if (principal.type !== 'user' || principal.userName === undefined) {
        throw new IamError('InvalidInput', 'role sessions have no password to change');
      }
      const attempts = await countedAttempt(ctx, userThrottleKey(principal.accountId, principal.userName));
      try {
        await ctx.store.loginProfiles.changePassword(
          principal.accountId,
          principal.userName,
          args.oldPassword,
          args.newPassword,
          { audit: takeCallAudit(ctx) },
        );
      } catch (error) {
        if (isStoreError(error, 'InvalidCredentials')) {
          throw new IamError('InvalidInput', 'the current password is wrong', { field: 'oldPassword' });
        }
        throw error;
      }
      await attempts.succeeded();
      return true;
    },
  }),
}));

/**
 * The root user's own password change (a console task in AWS, `root-user-tasks`): the current password is checked
 * as a root sign-in checks it, counted on the same lockout key first, and the new one must satisfy the default
 * password policy.
 */
async function changeRootPassword(
  ctx: GatewayContext,
  oldPassword: string,
  newPassword: string,
): Promise<boolean> {
  const account = await ctx.store.accounts.get(accountOf(ctx));
  const attempts = await countedAttempt(ctx, rootThrottleKey(account.rootEmail));
  const verified = await ctx.store.accounts.verifyRootPassword(account.rootEmail, oldPassword);
  if (verified === null || verified.id !== account.id) {
    throw new IamError('InvalidInput', 'the current password is wrong', { field: 'oldPassword' });
  }
  await ctx.store.accounts.changeRootPassword(account.id, newPassword, { audit: takeCallAudit(ctx) });
  await attempts.succeeded();
  return true;
}
