import { type AuditInput, isStoreError, sourceThrottleKey } from '@iamgate/store';
import { auditEvent } from '../../audit/audit-event.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { rootStore } from '../../context/root-store.js';
import { IamError } from '../../errors/iam-error.js';
import { reserveAttempt } from '../../hardening/reserve-attempt.js';
import { builder } from '../builder.js';
import { AccountRef } from './account-type.js';

const NewAccountInput = builder.inputType('NewAccountInput', {
  description: 'A new account and its root user.',
  fields: (t) => ({
    email: t.string({
      required: true,
      description: "The root user's email address, unique across the installation (ignoring case).",
    }),
    password: t.string({
      required: true,
      description: "The root user's password; it must satisfy the default password policy.",
    }),
    accountAlias: t.string({
      description: '3-63 lowercase letters, digits and hyphens, unique across the installation.',
    }),
    invitation: t.string({
      description: 'The one-time invitation token, when sign-up is by invitation (`IAMGATE_SIGN_UP=invite`).',
    }),
  }),
});

interface NewAccount {
  email: string;
  password: string;
  accountAlias?: string | null;
  invitation?: string | null;
}

/** The store's input for a new account. */
function accountInput(input: NewAccount) {
  return {
    rootEmail: input.email,
    rootPassword: input.password,
    ...(input.accountAlias == null ? {} : { alias: input.accountAlias }),
  };
}

/** Counts a sign-up from the caller's source address, or refuses with `Throttling` past the allowance. */
async function countSignUp(ctx: GatewayContext): Promise<void> {
  const { maxPerSource, windowSeconds } = ctx.services.config.signUp;
  await reserveAttempt(
    rootStore(ctx),
    `sign-up:${sourceThrottleKey(ctx.facts.sourceIp)}`,
    { maxAttempts: maxPerSource, windowSeconds, lockoutSeconds: windowSeconds },
    ctx.facts.now,
    (seconds) => `too many accounts created from this address: try again in ${seconds} seconds`,
  );
}

/**
 * The audit event of a sign-up: an account made is recorded in its own log and in the operator account's (which
 * sees every account its installation makes); a refusal, which made no account, in the operator account's.
 */
function signUpEvent(ctx: GatewayContext, errorCode?: string): AuditInput {
  const operator = ctx.services.operatorAccountId;
  const decision = errorCode === undefined ? 'Allow' : 'Deny';
  const event = auditEvent(ctx, {
    action: 'iamgate:SignUp',
    resource: null,
    decision,
    ...(errorCode === undefined ? {} : { errorCode }),
  });
  if (decision === 'Deny') return { ...event, accountId: operator ?? null };
  // No account of its own: the store records it in the account it makes.
  const { accountId: _anonymous, ...made } = event;
  return operator === undefined ? made : { ...made, alsoIn: [operator] };
}

async function auditRefusal(ctx: GatewayContext, error: unknown): Promise<void> {
  const code = error instanceof IamError ? error.code : 'ServiceFailure';
  await rootStore(ctx)
    .audit.record(signUpEvent(ctx, code))
    .catch((auditError: unknown) => ctx.log.error('audit write failed', { error: auditError }));
}

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AccountRef,
    description:
      'Creates an account and its root user, for anyone when the gateway allows sign-up (`IAMGATE_SIGN_UP=open`), or ' +
      'for the holder of a one-time invitation (`invite`: `createAccountInvitation`; `InvalidClientTokenId` for one ' +
      'that is unknown, expired, used or for another email), ' +
      'at most `IAMGATE_SIGN_UP_MAX_PER_SOURCE` accounts per source address and window (`Throttling` beyond). ' +
      'Refused with `AccessDenied` when sign-up is closed (the default): the operator account then creates ' +
      'accounts with `createAccount`. Sign in as the new root user with `signIn`.',
    args: { input: t.arg({ type: NewAccountInput, required: true, description: 'The account.' }) },
    authz: {
      public: true,
      because:
        'signing up is how a person without an account gets one; it is throttled per address and audited',
    },
    resolve: async (_root, { input }, ctx) => {
      try {
        const { mode } = ctx.services.config.signUp;
        if (mode === 'closed') {
          throw new IamError(
            'AccessDenied',
            'sign-up is closed on this gateway: ask its operator for an account (`createAccount`)',
            { reason: 'signUpClosed' },
          );
        }
        if (mode === 'invite' && input.invitation == null) {
          throw new IamError('AccessDenied', 'sign-up is by invitation on this gateway: give `invitation`', {
            reason: 'invitationRequired',
          });
        }
        await countSignUp(ctx);
        const invitation =
          mode === 'invite' && input.invitation != null
            ? { token: input.invitation, now: ctx.facts.now }
            : undefined;
        return await rootStore(ctx)
          .accounts.create(accountInput(input), {
            audit: signUpEvent(ctx),
            ...(invitation === undefined ? {} : { invitation }),
          })
          .catch((error: unknown) => {
            if (isStoreError(error) && error.code === 'InvalidCredentials') {
              throw new IamError('InvalidClientTokenId', error.message, { field: 'input.invitation' });
            }
            throw error;
          });
      } catch (error) {
        await auditRefusal(ctx, error);
        throw error;
      }
    },
  }),
  createAccount: t.field({
    type: AccountRef,
    description:
      "Creates an account and its root user, as the operator account's principals may whatever the sign-up " +
      'setting (`organizations:CreateAccount` on `arn:<partition>:organizations::<operator>:account/*`). ' +
      '`EntityAlreadyExists` when the email or alias is taken, `PasswordPolicyViolation` for a weak password.',
    args: { input: t.arg({ type: NewAccountInput, required: true, description: 'The account.' }) },
    authz: { action: 'organizations:CreateAccount', resource: ({ ctx }) => ctx.targets.newAccounts() },
    resolve: (_root, { input }, ctx) => ctx.store.accounts.create(accountInput(input)),
  }),
}));
