import type { AccessKey, LoginProfile, NewAccessKey, PasswordPolicy, User } from '@iamgate/store';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** An IAM user (`IAM/latest/APIReference/API_User.html`). */
export const UserRef = builder.objectRef<User>('User');

UserRef.implement({
  description: 'An IAM user: a person or program that signs in to the account (`API_User.html`).',
  fields: (t) => ({
    userName: t.exposeString('name', { description: 'The user name, unique in the account ignoring case.' }),
    userId: t.exposeString('id', {
      description: 'The stable unique id (`AIDA...`), the `aws:userid` of the user.',
    }),
    arn: t.exposeString('arn', {
      description: 'The ARN, `arn:<partition>:iam::<account>:user/<path><name>`.',
    }),
    path: t.exposeString('path', { description: 'The path, `/` by default.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the user was created.' }),
    passwordLastUsed: t.expose('passwordLastUsed', {
      type: 'DateTime',
      nullable: true,
      description: 'When the user last signed in with its password.',
    }),
    permissionsBoundary: t.exposeString('permissionsBoundaryArn', {
      nullable: true,
      description: 'The ARN of the managed policy set as the permissions boundary, if any.',
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'The tags of the user.' }),
  }),
});

/** A page of users. */
export const UserConnectionRef = builder.connectionObject(
  { type: UserRef, name: 'UserConnection', description: 'A page of users.' },
  { name: 'UserEdge', description: 'A user with its cursor.' },
);

/** A user's console password settings (`API_LoginProfile.html`). */
export const LoginProfileRef = builder.objectRef<LoginProfile>('LoginProfile').implement({
  description: "A user's password settings; the password itself is never readable (`API_LoginProfile.html`).",
  fields: (t) => ({
    userName: t.exposeString('userName', { description: 'The user the password belongs to.' }),
    passwordResetRequired: t.exposeBoolean('passwordResetRequired', {
      description: 'Whether the user must set a new password at its next sign-in.',
    }),
    passwordLastChanged: t.expose('passwordChangedAt', {
      type: 'DateTime',
      description: 'When it was last set.',
    }),
    createDate: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the login profile was created.',
    }),
  }),
});

/** Active or Inactive, as AWS's `StatusType`. */
export const AccessKeyStatusRef = builder.enumType('AccessKeyStatus', {
  description: 'Whether an access key can be used (`API_AccessKeyMetadata.html`).',
  values: {
    Active: { value: 'Active', description: 'The key can sign in.' },
    Inactive: { value: 'Inactive', description: 'The key is kept but refused.' },
  } as const,
});

/** An access key's metadata. */
export const AccessKeyRef = builder.objectRef<AccessKey>('AccessKey').implement({
  description: "An access key's metadata; the secret is only returned once, by `createAccessKey`.",
  fields: (t) => ({
    accessKeyId: t.exposeString('accessKeyId', { description: 'The access key id (`AKIA...`).' }),
    userName: t.exposeString('userName', {
      nullable: true,
      description: "The user the key belongs to; null for the root user's own keys.",
    }),
    status: t.field({
      type: AccessKeyStatusRef,
      description: 'Active or Inactive.',
      resolve: (k) => k.status,
    }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
  }),
});

/** A new access key with its secret. */
export const NewAccessKeyRef = builder.objectRef<NewAccessKey>('NewAccessKey').implement({
  description: 'A new access key. Store the secret now: it cannot be read again (`API_AccessKey.html`).',
  fields: (t) => ({
    accessKeyId: t.exposeString('accessKeyId', { description: 'The access key id (`AKIA...`).' }),
    secretAccessKey: t.exposeString('secretAccessKey', { description: 'The secret, shown this once.' }),
    userName: t.exposeString('userName', {
      nullable: true,
      description: "The user the key belongs to; null for the root user's own keys.",
    }),
    status: t.field({ type: AccessKeyStatusRef, description: 'Active.', resolve: (k) => k.status }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
  }),
});

/** When and for what a key was last used (`API_AccessKeyLastUsed.html`). */
export const AccessKeyLastUsedRef = builder.objectRef<AccessKey>('AccessKeyLastUsed').implement({
  description: 'When and for what an access key was last used (`API_AccessKeyLastUsed.html`).',
  fields: (t) => ({
    accessKeyId: t.exposeString('accessKeyId', { description: 'The access key id.' }),
    userName: t.exposeString('userName', {
      nullable: true,
      description: "The user the key belongs to; null for the root user's own keys.",
    }),
    lastUsedDate: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When, if ever.' }),
    serviceName: t.string({
      nullable: true,
      description: 'The service prefix of the last action (`iam`), if ever used.',
      resolve: (k) => k.lastUsedAction?.split(':')[0] ?? null,
    }),
    action: t.exposeString('lastUsedAction', {
      nullable: true,
      description: 'The last action, e.g. `iamgate:SignIn`.',
    }),
  }),
});

/** The account password policy (`API_PasswordPolicy.html`). */
export const PasswordPolicyRef = builder.objectRef<PasswordPolicy>('PasswordPolicy').implement({
  description: 'The rules every password set in the account must follow (`API_PasswordPolicy.html`).',
  fields: (t) => ({
    minimumPasswordLength: t.exposeInt('minimumPasswordLength', { description: 'Minimum length, 6-128.' }),
    requireSymbols: t.exposeBoolean('requireSymbols', {
      description: "At least one of ``!@#$%^&*()_+-=[]{}|'``.",
    }),
    requireNumbers: t.exposeBoolean('requireNumbers', { description: 'At least one digit.' }),
    requireUppercaseCharacters: t.exposeBoolean('requireUppercaseCharacters', {
      description: 'At least one A-Z.',
    }),
    requireLowercaseCharacters: t.exposeBoolean('requireLowercaseCharacters', {
      description: 'At least one a-z.',
    }),
    allowUsersToChangePassword: t.exposeBoolean('allowUsersToChangePassword', {
      description: 'Every user may change its own password, without a policy granting `iam:ChangePassword`.',
    }),
    maxPasswordAge: t.exposeInt('maxPasswordAge', {
      nullable: true,
      description: 'Days before a password expires.',
    }),
    passwordReusePrevention: t.exposeInt('passwordReusePrevention', {
      nullable: true,
      description: 'How many previous passwords cannot be reused.',
    }),
    hardExpiry: t.exposeBoolean('hardExpiry', {
      description: 'Expired passwords can only be reset by an administrator.',
    }),
  }),
});

/** Input of `updateAccountPasswordPolicy`; absent fields take AWS's defaults. */
export const PasswordPolicyInput = builder.inputType('PasswordPolicyInput', {
  description:
    'A new password policy; absent fields take their defaults (`API_UpdateAccountPasswordPolicy.html`).',
  fields: (t) => ({
    minimumPasswordLength: t.int({ description: 'Minimum length, 6-128 (default 6).' }),
    requireSymbols: t.boolean({ description: 'Require a symbol (default false).' }),
    requireNumbers: t.boolean({ description: 'Require a digit (default false).' }),
    requireUppercaseCharacters: t.boolean({ description: 'Require an uppercase letter (default false).' }),
    requireLowercaseCharacters: t.boolean({ description: 'Require a lowercase letter (default false).' }),
    allowUsersToChangePassword: t.boolean({
      description: 'Let users change their own password (default false).',
    }),
    maxPasswordAge: t.int({ description: 'Days before a password expires, 1-1095 (default never).' }),
    passwordReusePrevention: t.int({
      description: 'Previous passwords that cannot be reused, 1-24 (default none).',
    }),
    hardExpiry: t.boolean({
      description: 'Only administrators can reset expired passwords (default false).',
    }),
  }),
});
