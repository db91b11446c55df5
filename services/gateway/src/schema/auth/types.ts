import type { SignInResult } from '../../sign-in/sign-in-input.js';
import { builder } from '../builder.js';

/** How to sign in: exactly one of the three. */
export const SignInInputRef = builder.inputType('SignInInput', {
  description: 'Credentials to sign in with: exactly one of `root`, `user` or `accessKey`.',
  isOneOf: true,
  fields: (t) => ({
    root: t.field({ type: RootSignInInput, description: 'Sign in as the root user of an account.' }),
    user: t.field({ type: UserSignInInput, description: 'Sign in as an IAM user with its password.' }),
    accessKey: t.field({ type: AccessKeySignInInput, description: 'Sign in with an IAM user access key.' }),
  }),
});

/** The MFA fields of a password sign-in. */
const MFA_CODE = {
  description:
    'The current six-digit code of an MFA device enabled for the principal. Required when it has one: without it ' +
    'the sign-in answers `MfaRequired`; a wrong or already used code fails like a wrong password.',
} as const;
const MFA_SERIAL = {
  description: 'The serial number (ARN) of the MFA device the code is from; any of its devices when absent.',
} as const;

const RootSignInInput = builder.inputType('RootSignInInput', {
  description: "The root user's e-mail address and password.",
  fields: (t) => ({
    email: t.string({ required: true, description: 'The e-mail address of the account root user.' }),
    password: t.string({ required: true, description: 'The root password.' }),
    mfaCode: t.string(MFA_CODE),
    serialNumber: t.string(MFA_SERIAL),
  }),
});

const UserSignInInput = builder.inputType('UserSignInInput', {
  description: "An IAM user's account, name and password.",
  fields: (t) => ({
    account: t.string({ required: true, description: 'The 12-digit account id or the account alias.' }),
    userName: t.string({ required: true, description: 'The IAM user name.' }),
    password: t.string({ required: true, description: "The user's password (its login profile)." }),
    mfaCode: t.string(MFA_CODE),
    serialNumber: t.string(MFA_SERIAL),
  }),
});

const AccessKeySignInInput = builder.inputType('AccessKeySignInInput', {
  description: 'An access key id and its secret.',
  fields: (t) => ({
    accessKeyId: t.string({ required: true, description: 'The access key id (`AKIA...`).' }),
    secretAccessKey: t.string({
      required: true,
      description: 'The secret returned once by `createAccessKey`.',
    }),
  }),
});

/** A session after a successful sign-in. */
export const SessionRef = builder.objectRef<SignInResult>('SignInPayload').implement({
  description: 'A new session: send `token` as `Authorization: Bearer <token>` on every other call.',
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'The session token, a JWT signed by the gateway (see the JWKS).',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the token stops working.' }),
    sessionId: t.exposeString('sessionId', { description: 'The session id (the `sid` claim).' }),
    principalArn: t.exposeString('principalArn', { description: 'The ARN of the signed-in principal.' }),
    accountId: t.exposeString('accountId', { description: 'The account of the signed-in principal.' }),
    mfaAuthenticated: t.exposeBoolean('mfaAuthenticated', {
      description: 'Whether an MFA code was checked: the session has `aws:MultiFactorAuthPresent` true.',
    }),
    passwordResetRequired: t.exposeBoolean('passwordResetRequired', {
      description:
        'When true the session may only change its password (`changePassword`) until it is changed.',
    }),
  }),
});
