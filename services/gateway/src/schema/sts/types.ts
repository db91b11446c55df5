import { limits } from '../../hardening/argument-limits.js';
import { MFA_CODE_DESCRIPTION, MFA_SERIAL_DESCRIPTION } from '../../mfa/session-mfa.js';
import type { IssuedCredentials, RoleSessionResult } from '../../sts/start-role-session.js';
import { builder } from '../builder.js';
import { TagInput } from '../common/tags.js';

/** Temporary credentials (`STS/latest/APIReference/API_Credentials.html`). */
export const CredentialsRef = builder.objectRef<IssuedCredentials>('Credentials').implement({
  description:
    'Temporary credentials: send `sessionToken` as `Authorization: Bearer <token>` until `expiration` ' +
    '(`API_Credentials.html`).',
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', {
      description:
        "The session id (`ASIA...`, AWS's temporary `AccessKeyId`); revoke it with `revokeSession`.",
    }),
    sessionToken: t.exposeString('sessionToken', {
      description: "The session token, a JWT signed by the gateway's current key (see the JWKS).",
    }),
    expiration: t.expose('expiration', {
      type: 'DateTime',
      description: 'When the credentials stop working.',
    }),
  }),
});

/** The identity of a role session (`API_AssumedRoleUser.html`). */
export const AssumedRoleUserRef = builder
  .objectRef<RoleSessionResult['assumedRoleUser']>('AssumedRoleUser')
  .implement({
    description: 'The role session the credentials belong to (`API_AssumedRoleUser.html`).',
    fields: (t) => ({
      arn: t.exposeString('arn', {
        description: '`arn:<partition>:sts::<account>:assumed-role/<RoleName>/<SessionName>`.',
      }),
      assumedRoleId: t.exposeString('assumedRoleId', {
        description: '`<roleId>:<SessionName>`, the session principal id (`aws:userid`).',
      }),
    }),
  });

/** The answer of `assumeRole` and `assumeWorkloadRole`. */
export const AssumeRolePayloadRef = builder.objectRef<RoleSessionResult>('AssumeRolePayload').implement({
  description: 'A new role session and its credentials (`API_AssumeRole.html`, response elements).',
  fields: (t) => ({
    credentials: t.expose('credentials', { type: CredentialsRef, description: 'The temporary credentials.' }),
    assumedRoleUser: t.expose('assumedRoleUser', {
      type: AssumedRoleUserRef,
      description: 'The assumed-role user: its ARN and id.',
    }),
    sourceIdentity: t.exposeString('sourceIdentity', {
      nullable: true,
      description: 'The source identity of the session, set once and kept through role chaining.',
    }),
    packedPolicySize: t.exposeInt('packedPolicySize', {
      description: 'Percentage of the 2,048-character session policy allowance the request used.',
    }),
  }),
});

/** The arguments of `assumeRole`. */
export const AssumeRoleInput = builder.inputType('AssumeRoleInput', {
  description: 'What to assume and how (`STS/latest/APIReference/API_AssumeRole.html`, request parameters).',
  fields: (t) => ({
    roleArn: t.string({ required: true, description: 'The ARN of the role to assume (any account).' }),
    roleSessionName: t.string({
      required: true,
      description: 'A name for the session, 2-64 characters of `[\\w+=,.@-]`; part of the assumed-role ARN.',
    }),
    durationSeconds: t.int({
      description:
        "900 up to the role's maximum session duration (default 3,600); at most 3,600 when chaining.",
    }),
    externalId: t.string({
      description: 'The external id the trust policy may require (`sts:ExternalId`), 2-1,224 characters.',
    }),
    policy: t.string({
      description:
        'An inline session policy (JSON text, at most 2,048 characters): the session gets at most what it allows.',
      ...limits({ document: 'session' }),
    }),
    policyArns: t.stringList({
      description: "Up to 10 managed policy ARNs of the role's account to use as session policies.",
      ...limits({ maxItems: 10 }),
    }),
    tags: t.field({
      type: [TagInput],
      description:
        'Session tags (at most 50; need `sts:TagSession`); they override role tags of the same key.',
      ...limits({ maxItems: 50 }),
    }),
    transitiveTagKeys: t.stringList({
      description: 'Keys of `tags` that carry on to sessions this session assumes (role chaining).',
      ...limits({ maxItems: 50 }),
    }),
    sourceIdentity: t.string({
      description: 'The source identity (needs `sts:SetSourceIdentity`); cannot change once set.',
    }),
    serialNumber: t.string({ description: MFA_SERIAL_DESCRIPTION }),
    tokenCode: t.string({
      description:
        `${MFA_CODE_DESCRIPTION} A trust policy that requires \`aws:MultiFactorAuthPresent\` sees it true; a ` +
        'wrong or replayed code is `AccessDenied`.',
    }),
  }),
});

/** Who the caller is (`API_GetCallerIdentity.html`). */
export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

/** The answer of `getCallerIdentity`. */
export const CallerIdentityRef = builder.objectRef<CallerIdentity>('CallerIdentity').implement({
  description: 'The principal whose credentials made the call (`API_GetCallerIdentity.html`).',
  fields: (t) => ({
    account: t.exposeString('account', { description: 'The account id.' }),
    arn: t.exposeString('arn', { description: 'The principal ARN (user, root or assumed-role session).' }),
    userId: t.exposeString('userId', {
      description: 'The unique id: user id, account id for root, `<roleId>:<SessionName>` for role sessions.',
    }),
  }),
});

/** The answer of `revokeRoleSessions`. */
export interface RevokedRoleSessions {
  roleArn: string;
  revokedSessions: number;
  revokedBefore: Date;
}

export const RevokeRoleSessionsPayloadRef = builder
  .objectRef<RevokedRoleSessions>('RevokeRoleSessionsPayload')
  .implement({
    description: 'How many sessions of the role were revoked.',
    fields: (t) => ({
      roleArn: t.exposeString('roleArn', { description: 'The role.' }),
      revokedSessions: t.exposeInt('revokedSessions', { description: 'Sessions revoked by this call.' }),
      revokedBefore: t.expose('revokedBefore', {
        type: 'DateTime',
        description: 'Sessions issued at or before this time were revoked.',
      }),
    }),
  });
