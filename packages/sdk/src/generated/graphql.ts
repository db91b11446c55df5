/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kind of resource-based policy a finding is about. */
export type AccessFindingResourceType =
  /** A resource policy stored for an app's resources (`putResourcePolicy`): outsiders may act on them. */
  | 'RESOURCE_POLICY'
  /** A role's trust policy: outsiders may assume the role. */
  | 'ROLE_TRUST_POLICY';

/** Whether a finding needs attention, as IAM Access Analyzer's finding statuses. */
export type AccessFindingStatus =
  /** The access exists and was not accepted: review it. */
  | 'ACTIVE'
  /** The access exists and was accepted (`archiveAccessFinding`), with a reason. */
  | 'ARCHIVED';

/** An access key id and its secret. */
export type AccessKeySignInInput = {
  /** The access key id (`AKIA...`). */
  accessKeyId: string;
  /** The secret returned once by `createAccessKey`. */
  secretAccessKey: string;
};

/** Whether an access key can be used (`API_AccessKeyMetadata.html`). */
export type AccessKeyStatus =
  /** The key can sign in. */
  | 'Active'
  /** The key is kept but refused. */
  | 'Inactive';

/** What kind of principal an access analysis answer lists. */
export type AccessPrincipalType =
  /** A principal outside the account that the resource's policy (or the role's trust policy) admits; its own account's policies must allow the request too, which this account cannot see. */
  | 'EXTERNAL'
  /** A group of the account, decided by its own policies (as a member with none of its own). */
  | 'GROUP'
  /** A role of the account, decided as a session of it without session policies. */
  | 'ROLE'
  /** A user of the account. */
  | 'USER';

/** Which virtual MFA devices to list (`API_ListVirtualMFADevices.html`). */
export type AssignmentStatusType =
  /** Both. */
  | 'Any'
  /** Enabled for a user or root. */
  | 'Assigned'
  /** Not enabled for anyone. */
  | 'Unassigned';

/** What to assume and how (`STS/latest/APIReference/API_AssumeRole.html`, request parameters). */
export type AssumeRoleInput = {
  /** 900 up to the role's maximum session duration (default 3,600); at most 3,600 when chaining. */
  durationSeconds?: number | null | undefined;
  /** The external id the trust policy may require (`sts:ExternalId`), 2-1,224 characters. */
  externalId?: string | null | undefined;
  /** An inline session policy (JSON text, at most 2,048 characters): the session gets at most what it allows. */
  policy?: string | null | undefined;
  /** Up to 10 managed policy ARNs of the role's account to use as session policies. */
  policyArns?: Array<string> | null | undefined;
  /** The ARN of the role to assume (any account). */
  roleArn: string;
  /** A name for the session, 2-64 characters of `[\w+=,.@-]`; part of the assumed-role ARN. */
  roleSessionName: string;
  /** The serial number (ARN) of an MFA device enabled for the calling user or root, with `tokenCode`. */
  serialNumber?: string | null | undefined;
  /** The source identity (needs `sts:SetSourceIdentity`); cannot change once set. */
  sourceIdentity?: string | null | undefined;
  /** Session tags (at most 50; need `sts:TagSession`); they override role tags of the same key. */
  tags?: Array<TagInput> | null | undefined;
  /** The device's current six-digit code: the new session is MFA-authenticated (`aws:MultiFactorAuthPresent`). A trust policy that requires `aws:MultiFactorAuthPresent` sees it true; a wrong or replayed code is `AccessDenied`. */
  tokenCode?: string | null | undefined;
  /** Keys of `tags` that carry on to sessions this session assumes (role chaining). */
  transitiveTagKeys?: Array<string> | null | undefined;
};

/** The role to assume and the token that proves who asks (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`, request parameters). */
export type AssumeRoleWithWebIdentityInput = {
  /** 900 up to the role's maximum session duration (default 3,600). */
  durationSeconds?: number | null | undefined;
  /** An inline session policy (JSON text, at most 2,048 characters): the session gets at most what it allows. */
  policy?: string | null | undefined;
  /** Up to 10 managed policy ARNs of the role's account to use as session policies. */
  policyArns?: Array<string> | null | undefined;
  /** The ARN of the role to assume; its account must have registered the token's issuer. */
  roleArn: string;
  /** A name for the session, 2-64 characters of `[\w+=,.@-]`; part of the assumed-role ARN. */
  roleSessionName: string;
  /** The OpenID Connect ID token (a JWT) from the identity provider, 4-20000 characters. */
  webIdentityToken: string;
};

/** Whether the request was allowed or refused (refusals include failures). */
export type AuditDecision =
  /** The request was allowed and done. */
  | 'Allow'
  /** The request was refused or failed; `errorCode` says why. */
  | 'Deny';

/** Which audit events to list; all conditions must hold. */
export type AuditEventFilter = {
  /** Only this action, e.g. `iam:CreateUser`. */
  action?: string | null | undefined;
  /** Only allowed or only refused events. */
  decision?: AuditDecision | null | undefined;
  /** Only events at or after this time. */
  from?: string | null | undefined;
  /** Only events of this principal. */
  principalArn?: string | null | undefined;
  /** Only events before this time. */
  to?: string | null | undefined;
};

/** A request to decide: an action on a resource, with the app's context. */
export type AuthorizeRequestInput = {
  /** The action, e.g. `orders:GetOrder` (at most 128 characters). */
  action: string;
  /** Condition keys the app adds (at most 100); keys of the principal (`aws:PrincipalTag/*`...) cannot be set. */
  context?: Array<ContextEntryInput> | null | undefined;
  /** The resource ARN, or `*` (at most 2,048 characters). */
  resource: string;
  /** The account owning the resource when its ARN does not say. */
  resourceAccount?: string | null | undefined;
  /** The resource's own resource-based policy, JSON text (at most 20,480 characters without whitespace). Without it, the policies stored for the resource's ARN (`putResourcePolicy`) in the account it names apply. */
  resourcePolicy?: string | null | undefined;
};

/** The confirmation of closing the account. */
export type CloseAccountInput = {
  /** The caller's own account id, typed again to confirm (any other value closes nothing). */
  accountId: string;
};

/** A condition key of the request and its values (`API_ContextEntry.html`). */
export type ContextEntryInput = {
  /** The key, e.g. `aws:SourceIp` or `orders:Region` (at most 256 characters). */
  key: string;
  /** How to read the values (`string` by default). */
  type?: ContextKeyType | null | undefined;
  /** The values, as text: at most 100, each at most 256 characters, and at most 8,192 characters of values and resources in the whole request. */
  values: Array<string>;
};

/** How the values of a context entry are read (`API_ContextEntry.html`, `ContextKeyType`). */
export type ContextKeyType =
  /** Base64 data. */
  | 'binary'
  /** A list of base64 data. */
  | 'binaryList'
  /** `true` or `false`. */
  | 'boolean'
  /** A list of booleans. */
  | 'booleanList'
  /** An ISO 8601 date-time or epoch seconds. */
  | 'date'
  /** A list of dates. */
  | 'dateList'
  /** An IP address. */
  | 'ip'
  /** A list of IP addresses. */
  | 'ipList'
  /** One number. */
  | 'numeric'
  /** A list of numbers. */
  | 'numericList'
  /** One string. */
  | 'string'
  /** A list of strings. */
  | 'stringList';

/** A new invitation to sign up. */
export type CreateAccountInvitationInput = {
  /** Only an account whose root has this email (ignoring case); any when absent. */
  email?: string | null | undefined;
  /** Hours until it expires, 1-720 (default 168, a week). */
  expiresInHours?: number | null | undefined;
};

/** A new provider (`IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html`). */
export type CreateOpenIDConnectProviderInput = {
  /** The audiences to accept, 1-255 characters each (at most 100). */
  clientIdList?: Array<string> | null | undefined;
  /** Tags to set (at most 50). */
  tags?: Array<TagInput> | null | undefined;
  /** Certificate thumbprints, 40 hex characters each (at most 5); stored, never pinned. */
  thumbprintList?: Array<string> | null | undefined;
  /** The issuer, exactly as its tokens' `iss` says it: `https://`, a host, optionally a port and a path, no query (at most 255 characters after the scheme). `http://` only for a loopback host, and only when the gateway allows loopback issuers (`IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS`). */
  url: string;
};

/** A new managed policy; its document becomes version `v1` (`API_CreatePolicy.html`). */
export type CreatePolicyInput = {
  /** What the policy is for (at most 1,000 characters). */
  description?: string | null | undefined;
  /** The path, `/` by default. */
  path?: string | null | undefined;
  /** The identity policy document, JSON text. */
  policyDocument: string;
  /** 1-128 characters of `[\w+=,.@-]`. */
  policyName: string;
  /** Tags to set (at most 50). */
  tags?: Array<TagInput> | null | undefined;
};

/** A new role (`API_CreateRole.html`). */
export type CreateRoleInput = {
  /** The trust policy, JSON text; validated by `@iamgate/policy` as a trust policy. Each user or role ARN of an account of this installation must name an existing user or role, and is bound to its unique id. */
  assumeRolePolicyDocument: string;
  /** What the role is for (at most 1,000 characters). */
  description?: string | null | undefined;
  /** The longest session in seconds, 3,600 (default) to 43,200. */
  maxSessionDuration?: number | null | undefined;
  /** The path, `/` by default. */
  path?: string | null | undefined;
  /** ARN of a managed policy to use as the permissions boundary. */
  permissionsBoundary?: string | null | undefined;
  /** 1-64 characters of `[\w+=,.@-]`. */
  roleName: string;
  /** Tags to set (at most 50). */
  tags?: Array<TagInput> | null | undefined;
};

/** A new user (`API_CreateUser.html`). */
export type CreateUserInput = {
  /** The path, `/` by default, e.g. `/division_abc/`. */
  path?: string | null | undefined;
  /** ARN of a managed policy to use as the permissions boundary. */
  permissionsBoundary?: string | null | undefined;
  /** Tags to set (at most 50). */
  tags?: Array<TagInput> | null | undefined;
  /** 1-64 characters of `[\w+=,.@-]`, unique ignoring case. */
  userName: string;
};

/** A new workload (like `API_CreateInstanceProfile.html`). */
export type CreateWorkloadInput = {
  /** The path, `/` by default. */
  path?: string | null | undefined;
  /** Tags to set (at most 50). */
  tags?: Array<TagInput> | null | undefined;
  /** 1-128 characters of `[\w+=,.@-]`. */
  workloadName: string;
};

/** A kind of entity `getAccountAuthorizationDetails` returns (`API_GetAccountAuthorizationDetails.html`). */
export type EntityType =
  /** AWS managed policies: iamgate has none, so this kind matches nothing (accepted for AWS's scripts). */
  | 'AWSManagedPolicy'
  /** Groups. */
  | 'Group'
  /** Customer managed policies. */
  | 'LocalManagedPolicy'
  /** Roles. */
  | 'Role'
  /** IAM users. */
  | 'User';

/** The outcome of a decision, named as AWS's simulator names it (`API_EvaluationResult.html`). */
export type EvalDecision =
  /** A statement allowed the request and none denied it. */
  | 'allowed'
  /** A Deny statement matched; nothing can override it. */
  | 'explicitDeny'
  /** Nothing allowed the request (see `failedLayer`). */
  | 'implicitDeny';

/** How a decision moves with the change. */
export type FlipDirection =
  /** Allowed now, denied after the change. */
  | 'ALLOW_TO_DENY'
  /** Denied now, allowed after the change. */
  | 'DENY_TO_ALLOW';

/** An inline policy: its owner (a user, group or role of the account, by ARN) and its name. */
export type InlinePolicyRefInput = {
  /** The user, group or role ARN. */
  ownerArn: string;
  /** The inline policy's name (new or existing). */
  policyName: string;
};

/** A new account and its root user. */
export type NewAccountInput = {
  /** 3-63 lowercase letters, digits and hyphens, unique across the installation. */
  accountAlias?: string | null | undefined;
  /** The root user's email address, unique across the installation (ignoring case). */
  email: string;
  /** The one-time invitation token, when sign-up is by invitation (`IAMGATE_SIGN_UP=invite`). */
  invitation?: string | null | undefined;
  /** The root user's password; it must satisfy the default password policy. */
  password: string;
};

/** A new password policy; absent fields take their defaults (`API_UpdateAccountPasswordPolicy.html`). */
export type PasswordPolicyInput = {
  /** Let users change their own password (default false). */
  allowUsersToChangePassword?: boolean | null | undefined;
  /** Only administrators can reset expired passwords (default false). */
  hardExpiry?: boolean | null | undefined;
  /** Days before a password expires, 1-1095 (default never). */
  maxPasswordAge?: number | null | undefined;
  /** Minimum length, 6-128 (default 6). */
  minimumPasswordLength?: number | null | undefined;
  /** Previous passwords that cannot be reused, 1-24 (default none). */
  passwordReusePrevention?: number | null | undefined;
  /** Require a lowercase letter (default false). */
  requireLowercaseCharacters?: boolean | null | undefined;
  /** Require a digit (default false). */
  requireNumbers?: boolean | null | undefined;
  /** Require a symbol (default false). */
  requireSymbols?: boolean | null | undefined;
  /** Require an uppercase letter (default false). */
  requireUppercaseCharacters?: boolean | null | undefined;
};

/** The policy a previewed change replaces: give exactly one of the three. */
export type PolicyChangeTargetInput = {
  /** A user's, group's or role's inline policy, replaced or added. */
  inlinePolicy?: InlinePolicyRefInput | null | undefined;
  /** A customer managed policy of the account: the document becomes its default version. */
  policyArn?: string | null | undefined;
  /** A role of the account: the document becomes its trust policy. */
  roleArn?: string | null | undefined;
};

/** What a policy is used as: validation rules differ (e.g. `Principal` only in resource and trust). */
export type PolicyKind =
  /** A permissions boundary. */
  | 'boundary'
  /** A guardrail (service control policy). */
  | 'guardrail'
  /** An identity-based policy (inline or managed). */
  | 'identity'
  /** A resource-based policy. */
  | 'resource'
  /** A session policy. */
  | 'session'
  /** A role's trust policy. */
  | 'trust';

/** A layer of the evaluation, in AWS's order (`reference_policies_evaluation-logic.html`). */
export type PolicyLayer =
  /** Guardrail policies (like SCPs). */
  | 'guardrail'
  /** Identity-based policies of the principal and its groups. */
  | 'identity'
  /** The permissions boundary of the principal. */
  | 'permissionsBoundary'
  /** The resource-based policy (a role trust policy for `sts:AssumeRole`). */
  | 'resource'
  /** The session policies of a role session. */
  | 'session';

/** Where the credential report stands (`API_GenerateCredentialReport.html`). */
export type ReportStateType =
  /** The existing report, less than four hours old, stands. */
  | 'COMPLETE'
  /** A new report was generated (iamgate generates it at once: it is already readable). */
  | 'STARTED';

/** What a resource plan says (Cerbos's `PlanResources` filter kinds). */
export type ResourcePlanKind =
  /** Every resource is allowed. */
  | 'ALWAYS_ALLOWED'
  /** No resource is allowed. */
  | 'ALWAYS_DENIED'
  /** The resources for which `nodes[0]` holds are allowed. */
  | 'CONDITIONAL';

/** What a node of a resource plan tests. */
export type ResourcePlanNodeKind =
  /** The resource's ARN names `accountId`, or no account (the principal's own account then owns it). */
  | 'account'
  /** All of `children` hold. */
  | 'and'
  /** The resource's ARN matches one of `patterns` (as `Resource` matches, 2012-10-17 syntax). */
  | 'arn'
  /** The IAM condition `operator` on `key` with `values` holds: on `aws:ResourceTag/<key>`, or on a request key listed in `unknownKeys`. */
  | 'condition'
  /** Its one child does not hold. */
  | 'not'
  /** One of `children` holds. */
  | 'or';

/** The root user's e-mail address and password. */
export type RootSignInInput = {
  /** The e-mail address of the account root user. */
  email: string;
  /** The current six-digit code of an MFA device enabled for the principal. Required when it has one: without it the sign-in answers `MfaRequired`; a wrong or already used code fails like a wrong password. */
  mfaCode?: string | null | undefined;
  /** The root password. */
  password: string;
  /** The serial number (ARN) of the MFA device the code is from; any of its devices when absent. */
  serialNumber?: string | null | undefined;
};

/** What a security finding is about; codes are stable, new ones may be added. */
export type SecurityFindingCode =
  /** A user's active access key is older than `olderThanDays`. Severity MEDIUM. */
  | 'ACCESS_KEY_NOT_ROTATED'
  /** A customer managed policy's default version, or an inline policy, allows every action on every resource. Severity HIGH. */
  | 'POLICY_ALLOWS_FULL_ACCESS'
  /** A policy allows `iam:PassRole` on every role (and not everything else). Severity HIGH. */
  | 'POLICY_ALLOWS_PASS_ROLE_ON_ALL'
  /** The root user has an access key (active or not). Severity CRITICAL. */
  | 'ROOT_ACCESS_KEY'
  /** The root user has no MFA device enabled. Severity CRITICAL. */
  | 'ROOT_MFA_NOT_ENABLED'
  /** The root user signed in or made a call within `rootUsedWithinDays`. Severity MEDIUM. */
  | 'ROOT_USED_RECENTLY'
  /** A user's active access key was not used for `unusedForDays` (or never, since its creation). Severity MEDIUM. */
  | 'UNUSED_ACCESS_KEY'
  /** A user's console password was not used for `unusedForDays` (or never, since it was set). Severity MEDIUM. */
  | 'UNUSED_PASSWORD'
  /** A user with a console password has no MFA device enabled. Severity HIGH. */
  | 'USER_PASSWORD_WITHOUT_MFA'
  /** A user has attached or inline policies of its own rather than only through groups. Severity LOW. */
  | 'USER_POLICIES_ATTACHED_DIRECTLY';

/** How serious a finding is, in AWS Security Hub's labels. */
export type SecurityFindingSeverity =
  /** CRITICAL severity. */
  | 'CRITICAL'
  /** HIGH severity. */
  | 'HIGH'
  /** LOW severity. */
  | 'LOW'
  /** MEDIUM severity. */
  | 'MEDIUM';

/** Credentials to sign in with: exactly one of `root`, `user` or `accessKey`. */
export type SignInInput =
  {   /** Sign in with an IAM user access key. */
  accessKey: AccessKeySignInInput; root?: never; user?: never; }
  |  { accessKey?: never;   /** Sign in as the root user of an account. */
  root: RootSignInInput; user?: never; }
  |  { accessKey?: never; root?: never;   /** Sign in as an IAM user with its password. */
  user: UserSignInInput; };

/** A simulation of policies given as documents (`API_SimulateCustomPolicy.html`). */
export type SimulateCustomPolicyInput = {
  /** The actions to simulate (each at most 128 characters). */
  actionNames: Array<string>;
  /** The principal to simulate as in the resource policy; the policy source by default. */
  callerArn?: string | null | undefined;
  /** The request context to simulate with (at most 100 entries). */
  contextEntries?: Array<ContextEntryInput> | null | undefined;
  /** A permissions boundary to use (JSON text, at most one), replacing the principal's. */
  permissionsBoundaryPolicyInputList?: Array<string> | null | undefined;
  /** The identity-based policies (JSON text). */
  policyInputList: Array<string>;
  /** The resources to simulate them on; `*` when empty (each at most 2,048 characters). */
  resourceArns?: Array<string> | null | undefined;
  /** The account that owns the simulated resources. */
  resourceOwner?: string | null | undefined;
  /** A resource-based policy to include (JSON text, at most 20,480 characters without whitespace); without it, the policies stored for each resource's ARN (`putResourcePolicy`) apply. */
  resourcePolicy?: string | null | undefined;
};

/** A simulation of a principal's policies (`API_SimulatePrincipalPolicy.html`). */
export type SimulatePrincipalPolicyInput = {
  /** The actions to simulate (each at most 128 characters). */
  actionNames: Array<string>;
  /** The principal to simulate as in the resource policy; the policy source by default. */
  callerArn?: string | null | undefined;
  /** The request context to simulate with (at most 100 entries). */
  contextEntries?: Array<ContextEntryInput> | null | undefined;
  /** A permissions boundary to use (JSON text, at most one), replacing the principal's. */
  permissionsBoundaryPolicyInputList?: Array<string> | null | undefined;
  /** More identity-based policies to include (JSON text). */
  policyInputList?: Array<string> | null | undefined;
  /** The user, role or root whose policies to use. */
  policySourceArn: string;
  /** The resources to simulate them on; `*` when empty (each at most 2,048 characters). */
  resourceArns?: Array<string> | null | undefined;
  /** The account that owns the simulated resources. */
  resourceOwner?: string | null | undefined;
  /** A resource-based policy to include (JSON text, at most 20,480 characters without whitespace); without it, the policies stored for each resource's ARN (`putResourcePolicy`) apply. */
  resourcePolicy?: string | null | undefined;
};

/** A tag to set on an entity (`IAM/latest/APIReference/API_Tag.html`). */
export type TagInput = {
  /** The tag key: 1-128 characters. */
  key: string;
  /** The tag value: 0-256 characters. */
  value: string;
};

/** What an unused access finding is about; codes are stable, new ones may be added. */
export type UnusedAccessCode =
  /** A user's active access key not used in the period (AWS `UnusedIAMUserAccessKey`; the security findings' `UNUSED_ACCESS_KEY`). */
  | 'UnusedAccessKey'
  /** Actions of one service that a principal's policies allow and it did not use in the period (AWS `UnusedPermission`); judged for the gateway's own services, and for an app's service (its definition's actions) when the principal had one of its decisions made through the gateway (`authorize`) in the period: local decisions are not seen. */
  | 'UnusedAction'
  /** A user's console password not used in the period (AWS `UnusedIAMUserPassword`; the security findings' `UNUSED_PASSWORD`). */
  | 'UnusedPassword'
  /** A customer managed policy attached to principals that allowed no request in the period. */
  | 'UnusedPolicy'
  /** A role not assumed, and whose sessions made no call, in the period (AWS `UnusedIAMRole`). */
  | 'UnusedRole'
  /** A user who neither signed in (password or access key) nor made a call in the period. */
  | 'UnusedUser';

/** An IAM user's account, name and password. */
export type UserSignInInput = {
  /** The 12-digit account id or the account alias. */
  account: string;
  /** The current six-digit code of an MFA device enabled for the principal. Required when it has one: without it the sign-in answers `MfaRequired`; a wrong or already used code fails like a wrong password. */
  mfaCode?: string | null | undefined;
  /** The user's password (its login profile). */
  password: string;
  /** The serial number (ARN) of the MFA device the code is from; any of its devices when absent. */
  serialNumber?: string | null | undefined;
  /** The IAM user name. */
  userName: string;
};

export type AccessOfPrincipalQueryVariables = Exact<{
  principalArn: string;
  service?: string | null | undefined;
}>;


export type AccessOfPrincipalQuery = { accessOfPrincipal: { decidedAs: string, principalArn: string, services: Array<{ inCatalog: boolean, service: string, actions: Array<{ action: string, limited: boolean, pattern: boolean, resourceTypes: Array<string>, denies: Array<{ notResource: boolean, resources: Array<string>, conditions: Array<{ key: string, operator: string, values: Array<string> }>, statement: { effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null } }>, grants: Array<{ notResource: boolean, resources: Array<string>, conditions: Array<{ key: string, operator: string, values: Array<string> }>, statement: { effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null } }>, limits: Array<{ layer: PolicyLayer, level: number | null, allows: Array<{ notResource: boolean, resources: Array<string>, conditions: Array<{ key: string, operator: string, values: Array<string> }>, statement: { effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null } }> }> }> }> } };

export type AuditEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ cursor: string, node: { accountId: string | null, action: string, decision: AuditDecision, details: string | null, errorCode: string | null, eventId: string, occurredAt: string, principalArn: string | null, principalId: string | null, requestId: string | null, resource: string | null, sourceIp: string | null, userAgent: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type AuthorizeQueryVariables = Exact<{
  action: string;
  context?: Array<ContextEntryInput> | ContextEntryInput | null | undefined;
  principalArn?: string | null | undefined;
  resource: string;
  resourceAccount?: string | null | undefined;
  resourcePolicy?: string | null | undefined;
}>;


export type AuthorizeQuery = { authorize: { action: string, allowed: boolean, decision: EvalDecision, explanation: string, failedLayer: PolicyLayer | null, missingContextValues: Array<string>, principalArn: string, resource: string, revision: number, errors: Array<{ code: string, message: string, policyId: string }>, matchedStatements: Array<{ effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null }> } };

export type AuthorizeBatchQueryVariables = Exact<{
  principalArn?: string | null | undefined;
  requests: Array<AuthorizeRequestInput> | AuthorizeRequestInput;
}>;


export type AuthorizeBatchQuery = { authorizeBatch: Array<{ action: string, allowed: boolean, decision: EvalDecision, explanation: string, failedLayer: PolicyLayer | null, missingContextValues: Array<string>, principalArn: string, resource: string, revision: number, errors: Array<{ code: string, message: string, policyId: string }>, matchedStatements: Array<{ effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null }> }> };

export type DescribeOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type DescribeOrganizationQuery = { describeOrganization: { arn: string, createDate: string, id: string, managementAccountId: string, rootId: string } | null };

export type GeneratePolicyQueryVariables = Exact<{
  principalArn: string;
  since?: string | null | undefined;
}>;


export type GeneratePolicyQuery = { generatePolicy: { actionCount: number, eventCount: number, policyDocument: string | null, principalArn: string, requestCount: number, serviceCount: number, since: string, truncated: boolean, until: string, findings: Array<{ code: string, documentationUrl: string | null, message: string, path: string, severity: string }> } };

export type GetAccessKeyLastUsedQueryVariables = Exact<{
  accessKeyId: string;
}>;


export type GetAccessKeyLastUsedQuery = { getAccessKeyLastUsed: { accessKeyId: string, action: string | null, lastUsedDate: string | null, serviceName: string | null, userName: string | null } };

export type GetAccountAuthorizationDetailsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type GetAccountAuthorizationDetailsQuery = { getAccountAuthorizationDetails: { groupDetailList: Array<{ arn: string, createDate: string, groupId: string, groupName: string, path: string, attachedManagedPolicies: Array<{ policyArn: string, policyName: string }>, groupPolicyList: Array<{ policyDocument: string, policyName: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null }, policies: Array<{ arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, policyVersionList: Array<{ createDate: string, document: string, isDefaultVersion: boolean, policyArn: string, versionId: string }> }>, roleDetailList: Array<{ arn: string, assumeRolePolicyDocument: string, createDate: string, path: string, roleId: string, roleName: string, attachedManagedPolicies: Array<{ policyArn: string, policyName: string }>, permissionsBoundary: { permissionsBoundaryArn: string, permissionsBoundaryType: string } | null, roleLastUsed: { lastUsedDate: string | null, region: string | null }, rolePolicyList: Array<{ policyDocument: string, policyName: string }>, tags: Array<{ key: string, value: string }> }>, userDetailList: Array<{ arn: string, createDate: string, groupList: Array<string>, path: string, userId: string, userName: string, attachedManagedPolicies: Array<{ policyArn: string, policyName: string }>, permissionsBoundary: { permissionsBoundaryArn: string, permissionsBoundaryType: string } | null, tags: Array<{ key: string, value: string }>, userPolicyList: Array<{ policyDocument: string, policyName: string }> }> } };

export type GetAccountPasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type GetAccountPasswordPolicyQuery = { getAccountPasswordPolicy: { allowUsersToChangePassword: boolean, hardExpiry: boolean, maxPasswordAge: number | null, minimumPasswordLength: number, passwordReusePrevention: number | null, requireLowercaseCharacters: boolean, requireNumbers: boolean, requireSymbols: boolean, requireUppercaseCharacters: boolean } };

export type GetAccountSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type GetAccountSummaryQuery = { getAccountSummary: { groups: number, policies: number, roles: number, users: number, workloads: number, quotas: Array<{ limit: number, name: string }>, summaryMap: Array<{ key: string, value: number }> } };

export type GetCallerIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCallerIdentityQuery = { getCallerIdentity: { account: string, arn: string, userId: string } };

export type GetCredentialReportQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCredentialReportQuery = { getCredentialReport: { content: string, generatedTime: string, reportFormat: string } };

export type GetGroupQueryVariables = Exact<{
  groupName: string;
}>;


export type GetGroupQuery = { getGroup: { arn: string, createDate: string, groupId: string, groupName: string, path: string, users: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type GetGroupPolicyQueryVariables = Exact<{
  groupName: string;
  policyName: string;
}>;


export type GetGroupPolicyQuery = { getGroupPolicy: { document: string, ownerName: string, policyName: string } };

export type GetLoginProfileQueryVariables = Exact<{
  userName: string;
}>;


export type GetLoginProfileQuery = { getLoginProfile: { createDate: string, passwordLastChanged: string, passwordResetRequired: boolean, userName: string } };

export type GetOpenIDConnectProviderQueryVariables = Exact<{
  openIDConnectProviderArn: string;
}>;


export type GetOpenIDConnectProviderQuery = { getOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type GetPolicyQueryVariables = Exact<{
  policyArn: string;
}>;


export type GetPolicyQuery = { getPolicy: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } };

export type GetPolicyVersionQueryVariables = Exact<{
  policyArn: string;
  versionId: string;
}>;


export type GetPolicyVersionQuery = { getPolicyVersion: { createDate: string, document: string, isDefaultVersion: boolean, policyArn: string, versionId: string } };

export type GetResourcePolicyQueryVariables = Exact<{
  resourceArn: string;
}>;


export type GetResourcePolicyQuery = { getResourcePolicy: { createDate: string, defaultVersionId: string, policyDocument: string, policyId: string, resourceArn: string, updateDate: string, versionCount: number } };

export type GetRoleQueryVariables = Exact<{
  roleName: string;
}>;


export type GetRoleQuery = { getRole: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type GetRolePolicyQueryVariables = Exact<{
  policyName: string;
  roleName: string;
}>;


export type GetRolePolicyQuery = { getRolePolicy: { document: string, ownerName: string, policyName: string } };

export type GetServiceDefinitionQueryVariables = Exact<{
  serviceName: string;
  versionId?: string | null | undefined;
}>;


export type GetServiceDefinitionQuery = { getServiceDefinition: { createDate: string, document: string, isDefaultVersion: boolean, serviceName: string, versionId: string } };

export type GetUserQueryVariables = Exact<{
  userName?: string | null | undefined;
}>;


export type GetUserQuery = { getUser: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } };

export type GetUserPolicyQueryVariables = Exact<{
  policyName: string;
  userName: string;
}>;


export type GetUserPolicyQuery = { getUserPolicy: { document: string, ownerName: string, policyName: string } };

export type GetWorkloadQueryVariables = Exact<{
  workloadName: string;
}>;


export type GetWorkloadQuery = { getWorkload: { arn: string, createDate: string, credentialRotatedAt: string, path: string, roleArn: string | null, roleName: string | null, workloadId: string, workloadName: string, tags: Array<{ key: string, value: string }> } };

export type ListAccessFindingsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  status?: AccessFindingStatus | null | undefined;
}>;


export type ListAccessFindingsQuery = { listAccessFindings: { edges: Array<{ cursor: string, node: { actions: Array<string>, id: string, isPublic: boolean, limitedByConditions: boolean, resourceArn: string, resourceType: AccessFindingResourceType, sid: string | null, statementPath: string, status: AccessFindingStatus, archived: { archivedAt: string, archivedBy: string, reason: string } | null, conditions: Array<{ key: string, operator: string, values: Array<string> }>, principals: Array<{ type: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListAccessKeysQueryVariables = Exact<{
  userName?: string | null | undefined;
}>;


export type ListAccessKeysQuery = { listAccessKeys: Array<{ accessKeyId: string, createDate: string, status: AccessKeyStatus, userName: string | null }> };

export type ListAccountAliasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAccountAliasesQuery = { listAccountAliases: Array<string> };

export type ListAccountInvitationsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ListAccountInvitationsQuery = { listAccountInvitations: { edges: Array<{ cursor: string, node: { createDate: string, email: string | null, expiration: string, invitationId: string, usedByAccountId: string | null, usedDate: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListAccountsQuery = { listAccounts: Array<{ alias: string | null, arn: string, email: string, id: string, joinedDate: string, parentId: string }> };

export type ListAttachedGroupPoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  groupName: string;
  pathPrefix?: string | null | undefined;
}>;


export type ListAttachedGroupPoliciesQuery = { listAttachedGroupPolicies: { edges: Array<{ cursor: string, node: { policyArn: string, policyName: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListAttachedRolePoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  pathPrefix?: string | null | undefined;
  roleName: string;
}>;


export type ListAttachedRolePoliciesQuery = { listAttachedRolePolicies: { edges: Array<{ cursor: string, node: { policyArn: string, policyName: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListAttachedUserPoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  pathPrefix?: string | null | undefined;
  userName: string;
}>;


export type ListAttachedUserPoliciesQuery = { listAttachedUserPolicies: { edges: Array<{ cursor: string, node: { policyArn: string, policyName: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListEntitiesForPolicyQueryVariables = Exact<{
  policyArn: string;
}>;


export type ListEntitiesForPolicyQuery = { listEntitiesForPolicy: { groups: Array<{ id: string, name: string }>, roles: Array<{ id: string, name: string }>, users: Array<{ id: string, name: string }> } };

export type ListGroupPoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  groupName: string;
}>;


export type ListGroupPoliciesQuery = { listGroupPolicies: { edges: Array<{ cursor: string, node: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListGroupsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
  pathPrefix?: string | null | undefined;
}>;


export type ListGroupsQuery = { listGroups: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, groupId: string, groupName: string, path: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListGroupsForUserQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  userName: string;
}>;


export type ListGroupsForUserQuery = { listGroupsForUser: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, groupId: string, groupName: string, path: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListGuardrailPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListGuardrailPoliciesQuery = { listGuardrailPolicies: Array<{ arn: string, content: string, description: string, id: string, name: string, targets: Array<string> }> };

export type ListHandshakesForAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type ListHandshakesForAccountQuery = { listHandshakesForAccount: Array<{ arn: string, expirationDate: string, id: string, managementAccountId: string, organizationId: string, requestedDate: string, state: string, targetAccountId: string }> };

export type ListMFADevicesQueryVariables = Exact<{
  userName?: string | null | undefined;
}>;


export type ListMFADevicesQuery = { listMFADevices: Array<{ enableDate: string | null, serialNumber: string, userName: string | null }> };

export type ListOpenIDConnectProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOpenIDConnectProvidersQuery = { listOpenIDConnectProviders: Array<{ arn: string }> };

export type ListOrganizationalUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListOrganizationalUnitsQuery = { listOrganizationalUnits: Array<{ arn: string, id: string, name: string, parentId: string | null }> };

export type ListPoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
  onlyAttached?: boolean | null | undefined;
  pathPrefix?: string | null | undefined;
}>;


export type ListPoliciesQuery = { listPolicies: { edges: Array<{ cursor: string, node: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListPolicyVersionsQueryVariables = Exact<{
  policyArn: string;
}>;


export type ListPolicyVersionsQuery = { listPolicyVersions: Array<{ createDate: string, document: string, isDefaultVersion: boolean, policyArn: string, versionId: string }> };

export type ListResourcePoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ListResourcePoliciesQuery = { listResourcePolicies: { edges: Array<{ cursor: string, node: { createDate: string, defaultVersionId: string, policyDocument: string, policyId: string, resourceArn: string, updateDate: string, versionCount: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListResourcePolicyVersionsQueryVariables = Exact<{
  resourceArn: string;
}>;


export type ListResourcePolicyVersionsQuery = { listResourcePolicyVersions: Array<{ createDate: string, document: string, isDefaultVersion: boolean, resourceArn: string, versionId: string }> };

export type ListRolePoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  roleName: string;
}>;


export type ListRolePoliciesQuery = { listRolePolicies: { edges: Array<{ cursor: string, node: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListRolesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
  pathPrefix?: string | null | undefined;
}>;


export type ListRolesQuery = { listRoles: { edges: Array<{ cursor: string, node: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListSecurityFindingsQueryVariables = Exact<{
  olderThanDays?: number | null | undefined;
  rootUsedWithinDays?: number | null | undefined;
  unusedForDays?: number | null | undefined;
}>;


export type ListSecurityFindingsQuery = { listSecurityFindings: Array<{ accessKeyId: string | null, code: SecurityFindingCode, documentationUrl: string, entityArn: string, message: string, policyName: string | null, severity: SecurityFindingSeverity }> };

export type ListServiceDefinitionVersionsQueryVariables = Exact<{
  serviceName: string;
}>;


export type ListServiceDefinitionVersionsQuery = { listServiceDefinitionVersions: Array<{ createDate: string, document: string, isDefaultVersion: boolean, serviceName: string, versionId: string }> };

export type ListServiceDefinitionsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ListServiceDefinitionsQuery = { listServiceDefinitions: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, defaultVersionId: string, serviceName: string, updateDate: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListSigningKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ListSigningKeysQuery = { listSigningKeys: Array<{ algorithm: string, createDate: string, kid: string, publicJwk: string, publishUntil: string | null, retireDate: string | null, status: string }> };

export type ListUnusedAccessQueryVariables = Exact<{
  unusedForDays?: number | null | undefined;
}>;


export type ListUnusedAccessQuery = { listUnusedAccess: Array<{ accessKeyId: string | null, actions: Array<string>, code: UnusedAccessCode, documentationUrl: string, entityArn: string, id: string, lastUsedAt: string | null, message: string, service: string | null }> };

export type ListUserPoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  userName: string;
}>;


export type ListUserPoliciesQuery = { listUserPolicies: { edges: Array<{ cursor: string, node: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListUsersQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
  pathPrefix?: string | null | undefined;
}>;


export type ListUsersQuery = { listUsers: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListVirtualMFADevicesQueryVariables = Exact<{
  after?: string | null | undefined;
  assignmentStatus?: AssignmentStatusType | null | undefined;
  first?: number | null | undefined;
}>;


export type ListVirtualMFADevicesQuery = { listVirtualMFADevices: { edges: Array<{ cursor: string, node: { assignedToRoot: boolean, createDate: string, enableDate: string | null, lastUsedDate: string | null, path: string, serialNumber: string, userName: string | null, virtualMFADeviceName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ListWorkloadsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
  pathPrefix?: string | null | undefined;
}>;


export type ListWorkloadsQuery = { listWorkloads: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, credentialRotatedAt: string, path: string, roleArn: string | null, roleName: string | null, workloadId: string, workloadName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type PolicySnapshotQueryVariables = Exact<{
  principalArn?: string | null | undefined;
  sessionId?: string | null | undefined;
}>;


export type PolicySnapshotQuery = { policySnapshot: { accountId: string, generatedAt: string, revision: number, principals: Array<{ groups: Array<string>, principalArn: string, principalType: string, revision: number, sessionId: string | null, guardrails: Array<{ policies: Array<{ document: string, id: string }> }>, identity: Array<{ document: string, id: string }>, organization: { id: string, path: string } | null, permissionsBoundary: { document: string, id: string } | null, session: Array<{ document: string, id: string }>, tags: Array<{ key: string, value: string }> }>, resourcePolicies: Array<{ document: string, resourceArn: string }>, revokedSessions: Array<{ expiresAt: string, principalArn: string, revokedAt: string, sessionId: string }> } };

export type PreviewPolicyChangeQueryVariables = Exact<{
  days?: number | null | undefined;
  newDocument: string;
  target: PolicyChangeTargetInput;
}>;


export type PreviewPolicyChangeQuery = { previewPolicyChange: { allowToDeny: number, days: number, denyToAllow: number, disagreements: number, eventLimit: number, eventsRead: number, eventsReplayed: number, eventsSkipped: number, from: string, principalCount: number, targetArn: string, to: string, truncated: boolean, byAction: Array<{ action: string, allowToDeny: number, denyToAllow: number }>, samples: Array<{ action: string, after: string, before: string, count: number, direction: FlipDirection, eventId: string | null, occurredAt: string, principalArn: string, recorded: string, resource: string }> } };

export type PrincipalsWithAccessQueryVariables = Exact<{
  action: string;
  after?: string | null | undefined;
  context?: Array<ContextEntryInput> | ContextEntryInput | null | undefined;
  first?: number | null | undefined;
  includeGroups?: boolean | null | undefined;
  resource: string;
  resourcePolicy?: string | null | undefined;
}>;


export type PrincipalsWithAccessQuery = { principalsWithAccess: { edges: Array<{ cursor: string, node: { decidedAs: string, missingContextValues: Array<string>, principalArn: string, principalType: AccessPrincipalType, allowedBy: Array<{ effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ResourcesAccessibleQueryVariables = Exact<{
  action: string;
  context?: Array<ContextEntryInput> | ContextEntryInput | null | undefined;
  principalArn: string;
  resourceType?: string | null | undefined;
}>;


export type ResourcesAccessibleQuery = { resourcesAccessible: { action: string, decidedAs: string, kind: ResourcePlanKind, principalArn: string, resourceType: string | null, unknownKeys: Array<string>, bindings: Array<{ key: string, values: Array<string> }>, nodes: Array<{ accountId: string | null, children: Array<number>, key: string | null, kind: ResourcePlanNodeKind, operator: string | null, patterns: Array<string>, values: Array<string> }> } };

export type SimulateCustomPolicyQueryVariables = Exact<{
  input: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyQuery = { simulateCustomPolicy: Array<{ allowed: boolean, allowedByPermissionsBoundary: boolean | null, evalActionName: string, evalDecision: EvalDecision, evalResourceName: string, explanation: string, failedLayer: PolicyLayer | null, missingContextValues: Array<string>, errors: Array<{ code: string, message: string, policyId: string }>, matchedStatements: Array<{ effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null }> }> };

export type SimulatePrincipalPolicyQueryVariables = Exact<{
  input: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyQuery = { simulatePrincipalPolicy: Array<{ allowed: boolean, allowedByPermissionsBoundary: boolean | null, evalActionName: string, evalDecision: EvalDecision, evalResourceName: string, explanation: string, failedLayer: PolicyLayer | null, missingContextValues: Array<string>, errors: Array<{ code: string, message: string, policyId: string }>, matchedStatements: Array<{ effect: string, index: number, layer: PolicyLayer, policyId: string, sid: string | null }> }> };

export type ValidatePolicyQueryVariables = Exact<{
  policyDocument: string;
  policyType: PolicyKind;
}>;


export type ValidatePolicyQuery = { validatePolicy: Array<{ code: string, documentationUrl: string | null, message: string, path: string, severity: string }> };

export type AcceptHandshakeMutationVariables = Exact<{
  handshakeId: string;
}>;


export type AcceptHandshakeMutation = { acceptHandshake: { arn: string, expirationDate: string, id: string, managementAccountId: string, organizationId: string, requestedDate: string, state: string, targetAccountId: string } };

export type AddClientIDToOpenIDConnectProviderMutationVariables = Exact<{
  clientId: string;
  openIDConnectProviderArn: string;
}>;


export type AddClientIDToOpenIDConnectProviderMutation = { addClientIDToOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type AddUserToGroupMutationVariables = Exact<{
  groupName: string;
  userName: string;
}>;


export type AddUserToGroupMutation = { addUserToGroup: boolean };

export type ArchiveAccessFindingMutationVariables = Exact<{
  findingId: string;
  reason: string;
}>;


export type ArchiveAccessFindingMutation = { archiveAccessFinding: { actions: Array<string>, id: string, isPublic: boolean, limitedByConditions: boolean, resourceArn: string, resourceType: AccessFindingResourceType, sid: string | null, statementPath: string, status: AccessFindingStatus, archived: { archivedAt: string, archivedBy: string, reason: string } | null, conditions: Array<{ key: string, operator: string, values: Array<string> }>, principals: Array<{ type: string, value: string }> } };

export type AssumeRoleMutationVariables = Exact<{
  input: AssumeRoleInput;
}>;


export type AssumeRoleMutation = { assumeRole: { packedPolicySize: number, sourceIdentity: string | null, assumedRoleUser: { arn: string, assumedRoleId: string }, credentials: { expiration: string, sessionId: string, sessionToken: string } } };

export type AssumeRoleWithWebIdentityMutationVariables = Exact<{
  input: AssumeRoleWithWebIdentityInput;
}>;


export type AssumeRoleWithWebIdentityMutation = { assumeRoleWithWebIdentity: { audience: string, packedPolicySize: number, provider: string, sourceIdentity: string | null, subjectFromWebIdentityToken: string, assumedRoleUser: { arn: string, assumedRoleId: string }, credentials: { expiration: string, sessionId: string, sessionToken: string } } };

export type AssumeWorkloadRoleMutationVariables = Exact<{
  durationSeconds?: number | null | undefined;
  roleSessionName?: string | null | undefined;
  secret: string;
  workloadId: string;
}>;


export type AssumeWorkloadRoleMutation = { assumeWorkloadRole: { packedPolicySize: number, sourceIdentity: string | null, assumedRoleUser: { arn: string, assumedRoleId: string }, credentials: { expiration: string, sessionId: string, sessionToken: string } } };

export type AttachGroupPolicyMutationVariables = Exact<{
  groupName: string;
  policyArn: string;
}>;


export type AttachGroupPolicyMutation = { attachGroupPolicy: boolean };

export type AttachGuardrailPolicyMutationVariables = Exact<{
  policyId: string;
  targetId: string;
}>;


export type AttachGuardrailPolicyMutation = { attachGuardrailPolicy: boolean };

export type AttachRolePolicyMutationVariables = Exact<{
  policyArn: string;
  roleName: string;
}>;


export type AttachRolePolicyMutation = { attachRolePolicy: boolean };

export type AttachRoleToWorkloadMutationVariables = Exact<{
  roleArn: string;
  workloadName: string;
}>;


export type AttachRoleToWorkloadMutation = { attachRoleToWorkload: { arn: string, createDate: string, credentialRotatedAt: string, path: string, roleArn: string | null, roleName: string | null, workloadId: string, workloadName: string, tags: Array<{ key: string, value: string }> } };

export type AttachUserPolicyMutationVariables = Exact<{
  policyArn: string;
  userName: string;
}>;


export type AttachUserPolicyMutation = { attachUserPolicy: boolean };

export type ChangePasswordMutationVariables = Exact<{
  newPassword: string;
  oldPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CloseAccountMutationVariables = Exact<{
  input: CloseAccountInput;
}>;


export type CloseAccountMutation = { closeAccount: boolean };

export type CreateAccessKeyMutationVariables = Exact<{
  userName?: string | null | undefined;
}>;


export type CreateAccessKeyMutation = { createAccessKey: { accessKeyId: string, createDate: string, secretAccessKey: string, status: AccessKeyStatus, userName: string | null } };

export type CreateAccountMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { accountAlias: string | null, accountId: string, createDate: string, rootArn: string, rootEmail: string } };

export type CreateAccountAliasMutationVariables = Exact<{
  accountAlias: string;
}>;


export type CreateAccountAliasMutation = { createAccountAlias: boolean };

export type CreateAccountInvitationMutationVariables = Exact<{
  input?: CreateAccountInvitationInput | null | undefined;
}>;


export type CreateAccountInvitationMutation = { createAccountInvitation: { token: string, invitation: { createDate: string, email: string | null, expiration: string, invitationId: string, usedByAccountId: string | null, usedDate: string | null } } };

export type CreateGroupMutationVariables = Exact<{
  groupName: string;
  path?: string | null | undefined;
}>;


export type CreateGroupMutation = { createGroup: { arn: string, createDate: string, groupId: string, groupName: string, path: string, users: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type CreateGuardrailPolicyMutationVariables = Exact<{
  content: string;
  description?: string | null | undefined;
  name: string;
}>;


export type CreateGuardrailPolicyMutation = { createGuardrailPolicy: { arn: string, content: string, description: string, id: string, name: string, targets: Array<string> } };

export type CreateLoginProfileMutationVariables = Exact<{
  password: string;
  passwordResetRequired?: boolean | null | undefined;
  userName: string;
}>;


export type CreateLoginProfileMutation = { createLoginProfile: { createDate: string, passwordLastChanged: string, passwordResetRequired: boolean, userName: string } };

export type CreateOpenIDConnectProviderMutationVariables = Exact<{
  input: CreateOpenIDConnectProviderInput;
}>;


export type CreateOpenIDConnectProviderMutation = { createOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type CreateOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateOrganizationMutation = { createOrganization: { arn: string, createDate: string, id: string, managementAccountId: string, rootId: string } };

export type CreateOrganizationalUnitMutationVariables = Exact<{
  name: string;
  parentId: string;
}>;


export type CreateOrganizationalUnitMutation = { createOrganizationalUnit: { arn: string, id: string, name: string, parentId: string | null } };

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } };

export type CreatePolicyVersionMutationVariables = Exact<{
  policyArn: string;
  policyDocument: string;
  setAsDefault?: boolean | null | undefined;
}>;


export type CreatePolicyVersionMutation = { createPolicyVersion: { createDate: string, document: string, isDefaultVersion: boolean, policyArn: string, versionId: string } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type CreateServiceDefinitionMutationVariables = Exact<{
  document: string;
}>;


export type CreateServiceDefinitionMutation = { createServiceDefinition: { createDate: string, document: string, isDefaultVersion: boolean, serviceName: string, versionId: string } };

export type CreateServiceDefinitionVersionMutationVariables = Exact<{
  document: string;
  serviceName: string;
  setAsDefault?: boolean | null | undefined;
}>;


export type CreateServiceDefinitionVersionMutation = { createServiceDefinitionVersion: { createDate: string, document: string, isDefaultVersion: boolean, serviceName: string, versionId: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } };

export type CreateVirtualMFADeviceMutationVariables = Exact<{
  path?: string | null | undefined;
  tags?: Array<TagInput> | TagInput | null | undefined;
  virtualMFADeviceName: string;
}>;


export type CreateVirtualMFADeviceMutation = { createVirtualMFADevice: { base32StringSeed: string, otpauthUri: string, virtualMFADevice: { assignedToRoot: boolean, createDate: string, enableDate: string | null, lastUsedDate: string | null, path: string, serialNumber: string, userName: string | null, virtualMFADeviceName: string, tags: Array<{ key: string, value: string }> } } };

export type CreateWorkloadMutationVariables = Exact<{
  input: CreateWorkloadInput;
}>;


export type CreateWorkloadMutation = { createWorkload: { credential: { secret: string, workloadId: string }, workload: { arn: string, createDate: string, credentialRotatedAt: string, path: string, roleArn: string | null, roleName: string | null, workloadId: string, workloadName: string, tags: Array<{ key: string, value: string }> } } };

export type DeactivateMFADeviceMutationVariables = Exact<{
  serialNumber: string;
  userName?: string | null | undefined;
}>;


export type DeactivateMFADeviceMutation = { deactivateMFADevice: boolean };

export type DeclineHandshakeMutationVariables = Exact<{
  handshakeId: string;
}>;


export type DeclineHandshakeMutation = { declineHandshake: { arn: string, expirationDate: string, id: string, managementAccountId: string, organizationId: string, requestedDate: string, state: string, targetAccountId: string } };

export type DeleteAccessKeyMutationVariables = Exact<{
  accessKeyId: string;
  userName?: string | null | undefined;
}>;


export type DeleteAccessKeyMutation = { deleteAccessKey: boolean };

export type DeleteAccountAliasMutationVariables = Exact<{
  accountAlias: string;
}>;


export type DeleteAccountAliasMutation = { deleteAccountAlias: boolean };

export type DeleteAccountInvitationMutationVariables = Exact<{
  invitationId: string;
}>;


export type DeleteAccountInvitationMutation = { deleteAccountInvitation: boolean };

export type DeleteAccountPasswordPolicyMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteAccountPasswordPolicyMutation = { deleteAccountPasswordPolicy: boolean };

export type DeleteGroupMutationVariables = Exact<{
  groupName: string;
}>;


export type DeleteGroupMutation = { deleteGroup: boolean };

export type DeleteGroupPolicyMutationVariables = Exact<{
  groupName: string;
  policyName: string;
}>;


export type DeleteGroupPolicyMutation = { deleteGroupPolicy: boolean };

export type DeleteLoginProfileMutationVariables = Exact<{
  userName: string;
}>;


export type DeleteLoginProfileMutation = { deleteLoginProfile: boolean };

export type DeleteOpenIDConnectProviderMutationVariables = Exact<{
  openIDConnectProviderArn: string;
}>;


export type DeleteOpenIDConnectProviderMutation = { deleteOpenIDConnectProvider: boolean };

export type DeletePolicyMutationVariables = Exact<{
  policyArn: string;
}>;


export type DeletePolicyMutation = { deletePolicy: boolean };

export type DeletePolicyVersionMutationVariables = Exact<{
  policyArn: string;
  versionId: string;
}>;


export type DeletePolicyVersionMutation = { deletePolicyVersion: boolean };

export type DeleteResourcePolicyMutationVariables = Exact<{
  resourceArn: string;
}>;


export type DeleteResourcePolicyMutation = { deleteResourcePolicy: boolean };

export type DeleteRoleMutationVariables = Exact<{
  roleName: string;
}>;


export type DeleteRoleMutation = { deleteRole: boolean };

export type DeleteRolePermissionsBoundaryMutationVariables = Exact<{
  roleName: string;
}>;


export type DeleteRolePermissionsBoundaryMutation = { deleteRolePermissionsBoundary: boolean };

export type DeleteRolePolicyMutationVariables = Exact<{
  policyName: string;
  roleName: string;
}>;


export type DeleteRolePolicyMutation = { deleteRolePolicy: boolean };

export type DeleteServiceDefinitionMutationVariables = Exact<{
  serviceName: string;
}>;


export type DeleteServiceDefinitionMutation = { deleteServiceDefinition: boolean };

export type DeleteServiceDefinitionVersionMutationVariables = Exact<{
  serviceName: string;
  versionId: string;
}>;


export type DeleteServiceDefinitionVersionMutation = { deleteServiceDefinitionVersion: boolean };

export type DeleteUserMutationVariables = Exact<{
  userName: string;
}>;


export type DeleteUserMutation = { deleteUser: boolean };

export type DeleteUserPermissionsBoundaryMutationVariables = Exact<{
  userName: string;
}>;


export type DeleteUserPermissionsBoundaryMutation = { deleteUserPermissionsBoundary: boolean };

export type DeleteUserPolicyMutationVariables = Exact<{
  policyName: string;
  userName: string;
}>;


export type DeleteUserPolicyMutation = { deleteUserPolicy: boolean };

export type DeleteVirtualMFADeviceMutationVariables = Exact<{
  serialNumber: string;
}>;


export type DeleteVirtualMFADeviceMutation = { deleteVirtualMFADevice: boolean };

export type DeleteWorkloadMutationVariables = Exact<{
  workloadName: string;
}>;


export type DeleteWorkloadMutation = { deleteWorkload: boolean };

export type DetachGroupPolicyMutationVariables = Exact<{
  groupName: string;
  policyArn: string;
}>;


export type DetachGroupPolicyMutation = { detachGroupPolicy: boolean };

export type DetachGuardrailPolicyMutationVariables = Exact<{
  policyId: string;
  targetId: string;
}>;


export type DetachGuardrailPolicyMutation = { detachGuardrailPolicy: boolean };

export type DetachRoleFromWorkloadMutationVariables = Exact<{
  roleArn: string;
  workloadName: string;
}>;


export type DetachRoleFromWorkloadMutation = { detachRoleFromWorkload: { arn: string, createDate: string, credentialRotatedAt: string, path: string, roleArn: string | null, roleName: string | null, workloadId: string, workloadName: string, tags: Array<{ key: string, value: string }> } };

export type DetachRolePolicyMutationVariables = Exact<{
  policyArn: string;
  roleName: string;
}>;


export type DetachRolePolicyMutation = { detachRolePolicy: boolean };

export type DetachUserPolicyMutationVariables = Exact<{
  policyArn: string;
  userName: string;
}>;


export type DetachUserPolicyMutation = { detachUserPolicy: boolean };

export type EnableMFADeviceMutationVariables = Exact<{
  authenticationCode1: string;
  authenticationCode2: string;
  serialNumber: string;
  userName?: string | null | undefined;
}>;


export type EnableMFADeviceMutation = { enableMFADevice: { assignedToRoot: boolean, createDate: string, enableDate: string | null, lastUsedDate: string | null, path: string, serialNumber: string, userName: string | null, virtualMFADeviceName: string, tags: Array<{ key: string, value: string }> } };

export type GenerateCredentialReportMutationVariables = Exact<{ [key: string]: never; }>;


export type GenerateCredentialReportMutation = { generateCredentialReport: { description: string, state: ReportStateType } };

export type GetSessionTokenMutationVariables = Exact<{
  durationSeconds?: number | null | undefined;
  serialNumber?: string | null | undefined;
  tokenCode?: string | null | undefined;
}>;


export type GetSessionTokenMutation = { getSessionToken: { expiration: string, sessionId: string, sessionToken: string } };

export type InviteAccountToOrganizationMutationVariables = Exact<{
  accountId?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type InviteAccountToOrganizationMutation = { inviteAccountToOrganization: { arn: string, expirationDate: string, id: string, managementAccountId: string, organizationId: string, requestedDate: string, state: string, targetAccountId: string } };

export type LeaveOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveOrganizationMutation = { leaveOrganization: boolean };

export type MoveAccountMutationVariables = Exact<{
  accountId: string;
  destinationParentId: string;
  sourceParentId: string;
}>;


export type MoveAccountMutation = { moveAccount: boolean };

export type PutGroupPolicyMutationVariables = Exact<{
  groupName: string;
  policyDocument: string;
  policyName: string;
}>;


export type PutGroupPolicyMutation = { putGroupPolicy: { document: string, ownerName: string, policyName: string } };

export type PutResourcePolicyMutationVariables = Exact<{
  policyDocument: string;
  resourceArn: string;
}>;


export type PutResourcePolicyMutation = { putResourcePolicy: { created: boolean, prunedVersionIds: Array<string>, resourcePolicy: { createDate: string, defaultVersionId: string, policyDocument: string, policyId: string, resourceArn: string, updateDate: string, versionCount: number }, version: { createDate: string, document: string, isDefaultVersion: boolean, resourceArn: string, versionId: string } } };

export type PutRolePermissionsBoundaryMutationVariables = Exact<{
  permissionsBoundary: string;
  roleName: string;
}>;


export type PutRolePermissionsBoundaryMutation = { putRolePermissionsBoundary: boolean };

export type PutRolePolicyMutationVariables = Exact<{
  policyDocument: string;
  policyName: string;
  roleName: string;
}>;


export type PutRolePolicyMutation = { putRolePolicy: { document: string, ownerName: string, policyName: string } };

export type PutUserPermissionsBoundaryMutationVariables = Exact<{
  permissionsBoundary: string;
  userName: string;
}>;


export type PutUserPermissionsBoundaryMutation = { putUserPermissionsBoundary: boolean };

export type PutUserPolicyMutationVariables = Exact<{
  policyDocument: string;
  policyName: string;
  userName: string;
}>;


export type PutUserPolicyMutation = { putUserPolicy: { document: string, ownerName: string, policyName: string } };

export type RemoveClientIDFromOpenIDConnectProviderMutationVariables = Exact<{
  clientId: string;
  openIDConnectProviderArn: string;
}>;


export type RemoveClientIDFromOpenIDConnectProviderMutation = { removeClientIDFromOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type RemoveUserFromGroupMutationVariables = Exact<{
  groupName: string;
  userName: string;
}>;


export type RemoveUserFromGroupMutation = { removeUserFromGroup: boolean };

export type ResyncMFADeviceMutationVariables = Exact<{
  authenticationCode1: string;
  authenticationCode2: string;
  serialNumber: string;
  userName?: string | null | undefined;
}>;


export type ResyncMFADeviceMutation = { resyncMFADevice: boolean };

export type RevokeRoleSessionsMutationVariables = Exact<{
  roleArn: string;
}>;


export type RevokeRoleSessionsMutation = { revokeRoleSessions: { revokedBefore: string, revokedSessions: number, roleArn: string } };

export type RevokeSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type RotateSigningKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateSigningKeyMutation = { rotateSigningKey: { algorithm: string, createDate: string, kid: string, publicJwk: string, publishUntil: string | null, retireDate: string | null, status: string } };

export type RotateWorkloadCredentialMutationVariables = Exact<{
  workloadName: string;
}>;


export type RotateWorkloadCredentialMutation = { rotateWorkloadCredential: { secret: string, workloadId: string } };

export type SetDefaultPolicyVersionMutationVariables = Exact<{
  policyArn: string;
  versionId: string;
}>;


export type SetDefaultPolicyVersionMutation = { setDefaultPolicyVersion: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } };

export type SetDefaultResourcePolicyVersionMutationVariables = Exact<{
  resourceArn: string;
  versionId: string;
}>;


export type SetDefaultResourcePolicyVersionMutation = { setDefaultResourcePolicyVersion: { createDate: string, defaultVersionId: string, policyDocument: string, policyId: string, resourceArn: string, updateDate: string, versionCount: number } };

export type SetDefaultServiceDefinitionVersionMutationVariables = Exact<{
  serviceName: string;
  versionId: string;
}>;


export type SetDefaultServiceDefinitionVersionMutation = { setDefaultServiceDefinitionVersion: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accountId: string, expiresAt: string, mfaAuthenticated: boolean, passwordResetRequired: boolean, principalArn: string, sessionId: string, token: string } };

export type SignUpMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type SignUpMutation = { signUp: { accountAlias: string | null, accountId: string, createDate: string, rootArn: string, rootEmail: string } };

export type TagOpenIDConnectProviderMutationVariables = Exact<{
  openIDConnectProviderArn: string;
  tags: Array<TagInput> | TagInput;
}>;


export type TagOpenIDConnectProviderMutation = { tagOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type TagPolicyMutationVariables = Exact<{
  policyArn: string;
  tags: Array<TagInput> | TagInput;
}>;


export type TagPolicyMutation = { tagPolicy: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } };

export type TagRoleMutationVariables = Exact<{
  roleName: string;
  tags: Array<TagInput> | TagInput;
}>;


export type TagRoleMutation = { tagRole: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type TagUserMutationVariables = Exact<{
  tags: Array<TagInput> | TagInput;
  userName: string;
}>;


export type TagUserMutation = { tagUser: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } };

export type UnarchiveAccessFindingMutationVariables = Exact<{
  findingId: string;
}>;


export type UnarchiveAccessFindingMutation = { unarchiveAccessFinding: { actions: Array<string>, id: string, isPublic: boolean, limitedByConditions: boolean, resourceArn: string, resourceType: AccessFindingResourceType, sid: string | null, statementPath: string, status: AccessFindingStatus, archived: { archivedAt: string, archivedBy: string, reason: string } | null, conditions: Array<{ key: string, operator: string, values: Array<string> }>, principals: Array<{ type: string, value: string }> } };

export type UntagOpenIDConnectProviderMutationVariables = Exact<{
  openIDConnectProviderArn: string;
  tagKeys: Array<string> | string;
}>;


export type UntagOpenIDConnectProviderMutation = { untagOpenIDConnectProvider: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type UntagPolicyMutationVariables = Exact<{
  policyArn: string;
  tagKeys: Array<string> | string;
}>;


export type UntagPolicyMutation = { untagPolicy: { arn: string, attachmentCount: number, createDate: string, defaultVersionId: string, description: string | null, isAttachable: boolean, path: string, permissionsBoundaryUsageCount: number, policyId: string, policyName: string, updateDate: string, lastUsed: { action: string, lastUsedDate: string, principalArn: string } | null, tags: Array<{ key: string, value: string }> } };

export type UntagRoleMutationVariables = Exact<{
  roleName: string;
  tagKeys: Array<string> | string;
}>;


export type UntagRoleMutation = { untagRole: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type UntagUserMutationVariables = Exact<{
  tagKeys: Array<string> | string;
  userName: string;
}>;


export type UntagUserMutation = { untagUser: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } };

export type UpdateAccessKeyMutationVariables = Exact<{
  accessKeyId: string;
  status: AccessKeyStatus;
  userName?: string | null | undefined;
}>;


export type UpdateAccessKeyMutation = { updateAccessKey: { accessKeyId: string, createDate: string, status: AccessKeyStatus, userName: string | null } };

export type UpdateAccountPasswordPolicyMutationVariables = Exact<{
  input: PasswordPolicyInput;
}>;


export type UpdateAccountPasswordPolicyMutation = { updateAccountPasswordPolicy: { allowUsersToChangePassword: boolean, hardExpiry: boolean, maxPasswordAge: number | null, minimumPasswordLength: number, passwordReusePrevention: number | null, requireLowercaseCharacters: boolean, requireNumbers: boolean, requireSymbols: boolean, requireUppercaseCharacters: boolean } };

export type UpdateAssumeRolePolicyMutationVariables = Exact<{
  policyDocument: string;
  roleName: string;
}>;


export type UpdateAssumeRolePolicyMutation = { updateAssumeRolePolicy: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type UpdateGroupMutationVariables = Exact<{
  groupName: string;
  newGroupName?: string | null | undefined;
  newPath?: string | null | undefined;
}>;


export type UpdateGroupMutation = { updateGroup: { arn: string, createDate: string, groupId: string, groupName: string, path: string, users: { edges: Array<{ cursor: string, node: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } } };

export type UpdateLoginProfileMutationVariables = Exact<{
  password?: string | null | undefined;
  passwordResetRequired?: boolean | null | undefined;
  userName: string;
}>;


export type UpdateLoginProfileMutation = { updateLoginProfile: { createDate: string, passwordLastChanged: string, passwordResetRequired: boolean, userName: string } };

export type UpdateOpenIDConnectProviderThumbprintMutationVariables = Exact<{
  openIDConnectProviderArn: string;
  thumbprintList: Array<string> | string;
}>;


export type UpdateOpenIDConnectProviderThumbprintMutation = { updateOpenIDConnectProviderThumbprint: { arn: string, clientIdList: Array<string>, createDate: string, issuer: string, thumbprintList: Array<string>, url: string, tags: Array<{ key: string, value: string }> } };

export type UpdateRoleMutationVariables = Exact<{
  description?: string | null | undefined;
  maxSessionDuration?: number | null | undefined;
  roleName: string;
}>;


export type UpdateRoleMutation = { updateRole: { arn: string, assumeRolePolicyDocument: string, createDate: string, description: string | null, maxSessionDuration: number, path: string, permissionsBoundary: string | null, roleId: string, roleName: string, roleLastUsed: { lastUsedDate: string | null, region: string | null }, tags: Array<{ key: string, value: string }> } };

export type UpdateUserMutationVariables = Exact<{
  newPath?: string | null | undefined;
  newUserName?: string | null | undefined;
  userName: string;
}>;


export type UpdateUserMutation = { updateUser: { arn: string, createDate: string, passwordLastUsed: string | null, path: string, permissionsBoundary: string | null, userId: string, userName: string, tags: Array<{ key: string, value: string }> } };

export type PolicyRevisionSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PolicyRevisionSubscription = { policyRevision: { accountId: string, revision: number } };


export const AccessOfPrincipalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOfPrincipal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessOfPrincipal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"denies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"limited"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inCatalog"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<AccessOfPrincipalQuery, AccessOfPrincipalQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceAccount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceAccount"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourcePolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AuthorizeQuery, AuthorizeQueryVariables>;
export const AuthorizeBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizeBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizeRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AuthorizeBatchQuery, AuthorizeBatchQueryVariables>;
export const DescribeOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DescribeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"describeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}}]}}]}}]} as unknown as DocumentNode<DescribeOrganizationQuery, DescribeOrganizationQueryVariables>;
export const GeneratePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeneratePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<GeneratePolicyQuery, GeneratePolicyQueryVariables>;
export const GetAccessKeyLastUsedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccessKeyLastUsed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccessKeyLastUsed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetAccessKeyLastUsedQuery, GetAccessKeyLastUsedQueryVariables>;
export const GetAccountAuthorizationDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountAuthorizationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountAuthorizationDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"groupPolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryArn"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"rolePolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupList"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryArn"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"userPolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetAccountAuthorizationDetailsQuery, GetAccountAuthorizationDetailsQueryVariables>;
export const GetAccountPasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowUsersToChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"hardExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasswordAge"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"passwordReusePrevention"}},{"kind":"Field","name":{"kind":"Name","value":"requireLowercaseCharacters"}},{"kind":"Field","name":{"kind":"Name","value":"requireNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbols"}},{"kind":"Field","name":{"kind":"Name","value":"requireUppercaseCharacters"}}]}}]}}]} as unknown as DocumentNode<GetAccountPasswordPolicyQuery, GetAccountPasswordPolicyQueryVariables>;
export const GetAccountSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"policies"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"summaryMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"workloads"}}]}}]}}]} as unknown as DocumentNode<GetAccountSummaryQuery, GetAccountSummaryQueryVariables>;
export const GetCallerIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCallerIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCallerIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<GetCallerIdentityQuery, GetCallerIdentityQueryVariables>;
export const GetCredentialReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"generatedTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportFormat"}}]}}]}}]} as unknown as DocumentNode<GetCredentialReportQuery, GetCredentialReportQueryVariables>;
export const GetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetGroupQuery, GetGroupQueryVariables>;
export const GetGroupPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetGroupPolicyQuery, GetGroupPolicyQueryVariables>;
export const GetLoginProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetLoginProfileQuery, GetLoginProfileQueryVariables>;
export const GetOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<GetOpenIDConnectProviderQuery, GetOpenIDConnectProviderQueryVariables>;
export const GetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<GetPolicyQuery, GetPolicyQueryVariables>;
export const GetPolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<GetPolicyVersionQuery, GetPolicyVersionQueryVariables>;
export const GetResourcePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]} as unknown as DocumentNode<GetResourcePolicyQuery, GetResourcePolicyQueryVariables>;
export const GetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<GetRoleQuery, GetRoleQueryVariables>;
export const GetRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetRolePolicyQuery, GetRolePolicyQueryVariables>;
export const GetServiceDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<GetServiceDefinitionQuery, GetServiceDefinitionQueryVariables>;
export const GetUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetUserQuery, GetUserQueryVariables>;
export const GetUserPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetUserPolicyQuery, GetUserPolicyQueryVariables>;
export const GetWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<GetWorkloadQuery, GetWorkloadQueryVariables>;
export const ListAccessFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccessFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessFindingStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccessFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAccessFindingsQuery, ListAccessFindingsQueryVariables>;
export const ListAccessKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccessKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccessKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<ListAccessKeysQuery, ListAccessKeysQueryVariables>;
export const ListAccountAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccountAliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccountAliases"}}]}}]} as unknown as DocumentNode<ListAccountAliasesQuery, ListAccountAliasesQueryVariables>;
export const ListAccountInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccountInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccountInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"usedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"usedDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAccountInvitationsQuery, ListAccountInvitationsQueryVariables>;
export const ListAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedDate"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<ListAccountsQuery, ListAccountsQueryVariables>;
export const ListAttachedGroupPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedGroupPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedGroupPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedGroupPoliciesQuery, ListAttachedGroupPoliciesQueryVariables>;
export const ListAttachedRolePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedRolePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedRolePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedRolePoliciesQuery, ListAttachedRolePoliciesQueryVariables>;
export const ListAttachedUserPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedUserPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedUserPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedUserPoliciesQuery, ListAttachedUserPoliciesQueryVariables>;
export const ListEntitiesForPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEntitiesForPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntitiesForPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListEntitiesForPolicyQuery, ListEntitiesForPolicyQueryVariables>;
export const ListGroupPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroupPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroupPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupPoliciesQuery, ListGroupPoliciesQueryVariables>;
export const ListGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupsQuery, ListGroupsQueryVariables>;
export const ListGroupsForUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroupsForUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroupsForUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupsForUserQuery, ListGroupsForUserQueryVariables>;
export const ListGuardrailPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGuardrailPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGuardrailPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]} as unknown as DocumentNode<ListGuardrailPoliciesQuery, ListGuardrailPoliciesQueryVariables>;
export const ListHandshakesForAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListHandshakesForAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listHandshakesForAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<ListHandshakesForAccountQuery, ListHandshakesForAccountQueryVariables>;
export const ListMFADevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListMFADevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listMFADevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<ListMFADevicesQuery, ListMFADevicesQueryVariables>;
export const ListOpenIDConnectProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOpenIDConnectProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listOpenIDConnectProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}}]} as unknown as DocumentNode<ListOpenIDConnectProvidersQuery, ListOpenIDConnectProvidersQueryVariables>;
export const ListOrganizationalUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrganizationalUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listOrganizationalUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<ListOrganizationalUnitsQuery, ListOrganizationalUnitsQueryVariables>;
export const ListPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyAttached"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyAttached"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyAttached"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListPoliciesQuery, ListPoliciesQueryVariables>;
export const ListPolicyVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPolicyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPolicyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListPolicyVersionsQuery, ListPolicyVersionsQueryVariables>;
export const ListResourcePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListResourcePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResourcePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListResourcePoliciesQuery, ListResourcePoliciesQueryVariables>;
export const ListResourcePolicyVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListResourcePolicyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResourcePolicyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListResourcePolicyVersionsQuery, ListResourcePolicyVersionsQueryVariables>;
export const ListRolePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRolePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listRolePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListRolePoliciesQuery, ListRolePoliciesQueryVariables>;
export const ListRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListRolesQuery, ListRolesQueryVariables>;
export const ListSecurityFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSecurityFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootUsedWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listSecurityFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootUsedWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootUsedWithinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"unusedForDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entityArn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ListSecurityFindingsQuery, ListSecurityFindingsQueryVariables>;
export const ListServiceDefinitionVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListServiceDefinitionVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listServiceDefinitionVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListServiceDefinitionVersionsQuery, ListServiceDefinitionVersionsQueryVariables>;
export const ListServiceDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListServiceDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listServiceDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListServiceDefinitionsQuery, ListServiceDefinitionsQueryVariables>;
export const ListSigningKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retireDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ListSigningKeysQuery, ListSigningKeysQueryVariables>;
export const ListUnusedAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUnusedAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUnusedAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unusedForDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entityArn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]} as unknown as DocumentNode<ListUnusedAccessQuery, ListUnusedAccessQueryVariables>;
export const ListUserPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUserPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUserPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListUserPoliciesQuery, ListUserPoliciesQueryVariables>;
export const ListUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListUsersQuery, ListUsersQueryVariables>;
export const ListVirtualMFADevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListVirtualMFADevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatusType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listVirtualMFADevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListVirtualMFADevicesQuery, ListVirtualMFADevicesQueryVariables>;
export const ListWorkloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListWorkloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listWorkloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListWorkloadsQuery, ListWorkloadsQueryVariables>;
export const PolicySnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"guardrails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourcePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<PolicySnapshotQuery, PolicySnapshotQueryVariables>;
export const PreviewPolicyChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPolicyChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyChangeTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPolicyChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"newDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowToDeny"}},{"kind":"Field","name":{"kind":"Name","value":"byAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowToDeny"}},{"kind":"Field","name":{"kind":"Name","value":"denyToAllow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"denyToAllow"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"}},{"kind":"Field","name":{"kind":"Name","value":"eventLimit"}},{"kind":"Field","name":{"kind":"Name","value":"eventsRead"}},{"kind":"Field","name":{"kind":"Name","value":"eventsReplayed"}},{"kind":"Field","name":{"kind":"Name","value":"eventsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"principalCount"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetArn"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<PreviewPolicyChangeQuery, PreviewPolicyChangeQueryVariables>;
export const PrincipalsWithAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalsWithAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeGroups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalsWithAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourcePolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PrincipalsWithAccessQuery, PrincipalsWithAccessQueryVariables>;
export const ResourcesAccessibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourcesAccessible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourcesAccessible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"bindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"patterns"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"unknownKeys"}}]}}]}}]} as unknown as DocumentNode<ResourcesAccessibleQuery, ResourcesAccessibleQueryVariables>;
export const SimulateCustomPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateCustomPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateCustomPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCustomPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedByPermissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalActionName"}},{"kind":"Field","name":{"kind":"Name","value":"evalDecision"}},{"kind":"Field","name":{"kind":"Name","value":"evalResourceName"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}}]}}]}}]} as unknown as DocumentNode<SimulateCustomPolicyQuery, SimulateCustomPolicyQueryVariables>;
export const SimulatePrincipalPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulatePrincipalPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatePrincipalPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePrincipalPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedByPermissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalActionName"}},{"kind":"Field","name":{"kind":"Name","value":"evalDecision"}},{"kind":"Field","name":{"kind":"Name","value":"evalResourceName"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}}]}}]}}]} as unknown as DocumentNode<SimulatePrincipalPolicyQuery, SimulatePrincipalPolicyQueryVariables>;
export const ValidatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ValidatePolicyQuery, ValidatePolicyQueryVariables>;
export const AcceptHandshakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandshake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHandshake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handshakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<AcceptHandshakeMutation, AcceptHandshakeMutationVariables>;
export const AddClientIDToOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClientIDToOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClientIDToOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AddClientIDToOpenIDConnectProviderMutation, AddClientIDToOpenIDConnectProviderMutationVariables>;
export const AddUserToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUserToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUserToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<AddUserToGroupMutation, AddUserToGroupMutationVariables>;
export const ArchiveAccessFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAccessFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAccessFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveAccessFindingMutation, ArchiveAccessFindingMutationVariables>;
export const AssumeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssumeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}}]}}]}}]} as unknown as DocumentNode<AssumeRoleMutation, AssumeRoleMutationVariables>;
export const AssumeRoleWithWebIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeRoleWithWebIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssumeRoleWithWebIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeRoleWithWebIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"subjectFromWebIdentityToken"}}]}}]}}]} as unknown as DocumentNode<AssumeRoleWithWebIdentityMutation, AssumeRoleWithWebIdentityMutationVariables>;
export const AssumeWorkloadRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeWorkloadRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleSessionName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeWorkloadRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleSessionName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleSessionName"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}}]}}]}}]} as unknown as DocumentNode<AssumeWorkloadRoleMutation, AssumeWorkloadRoleMutationVariables>;
export const AttachGroupPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<AttachGroupPolicyMutation, AttachGroupPolicyMutationVariables>;
export const AttachGuardrailPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}]}}]} as unknown as DocumentNode<AttachGuardrailPolicyMutation, AttachGuardrailPolicyMutationVariables>;
export const AttachRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<AttachRolePolicyMutation, AttachRolePolicyMutationVariables>;
export const AttachRoleToWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachRoleToWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachRoleToWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<AttachRoleToWorkloadMutation, AttachRoleToWorkloadMutationVariables>;
export const AttachUserPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<AttachUserPolicyMutation, AttachUserPolicyMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CloseAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CloseAccountMutation, CloseAccountMutationVariables>;
export const CreateAccessKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateAccessKeyMutation, CreateAccessKeyMutationVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountAlias"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"rootArn"}},{"kind":"Field","name":{"kind":"Name","value":"rootEmail"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const CreateAccountAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}}}]}]}}]} as unknown as DocumentNode<CreateAccountAliasMutation, CreateAccountAliasMutationVariables>;
export const CreateAccountInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInvitationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"usedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"usedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CreateAccountInvitationMutation, CreateAccountInvitationMutationVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateGuardrailPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]} as unknown as DocumentNode<CreateGuardrailPolicyMutation, CreateGuardrailPolicyMutationVariables>;
export const CreateLoginProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"passwordResetRequired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateLoginProfileMutation, CreateLoginProfileMutationVariables>;
export const CreateOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpenIDConnectProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CreateOpenIDConnectProviderMutation, CreateOpenIDConnectProviderMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateOrganizationalUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationalUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizationalUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationalUnitMutation, CreateOrganizationalUnitMutationVariables>;
export const CreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const CreatePolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"setAsDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyVersionMutation, CreatePolicyVersionMutationVariables>;
export const CreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateServiceDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreateServiceDefinitionMutation, CreateServiceDefinitionMutationVariables>;
export const CreateServiceDefinitionVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"setAsDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreateServiceDefinitionVersionMutation, CreateServiceDefinitionVersionMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateVirtualMFADeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVirtualMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"virtualMFADeviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"virtualMFADeviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"virtualMFADeviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base32StringSeed"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVirtualMFADeviceMutation, CreateVirtualMFADeviceMutationVariables>;
export const CreateWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkloadMutation, CreateWorkloadMutationVariables>;
export const DeactivateMFADeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeactivateMFADeviceMutation, DeactivateMFADeviceMutationVariables>;
export const DeclineHandshakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineHandshake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineHandshake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handshakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<DeclineHandshakeMutation, DeclineHandshakeMutationVariables>;
export const DeleteAccessKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteAccessKeyMutation, DeleteAccessKeyMutationVariables>;
export const DeleteAccountAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountAliasMutation, DeleteAccountAliasMutationVariables>;
export const DeleteAccountInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountInvitationMutation, DeleteAccountInvitationMutationVariables>;
export const DeleteAccountPasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountPasswordPolicy"}}]}}]} as unknown as DocumentNode<DeleteAccountPasswordPolicyMutation, DeleteAccountPasswordPolicyMutationVariables>;
export const DeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const DeleteGroupPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupPolicyMutation, DeleteGroupPolicyMutationVariables>;
export const DeleteLoginProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteLoginProfileMutation, DeleteLoginProfileMutationVariables>;
export const DeleteOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}]}]}}]} as unknown as DocumentNode<DeleteOpenIDConnectProviderMutation, DeleteOpenIDConnectProviderMutationVariables>;
export const DeletePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const DeletePolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<DeletePolicyVersionMutation, DeletePolicyVersionMutationVariables>;
export const DeleteResourcePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}]}]}}]} as unknown as DocumentNode<DeleteResourcePolicyMutation, DeleteResourcePolicyMutationVariables>;
export const DeleteRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const DeleteRolePermissionsBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRolePermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRolePermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRolePermissionsBoundaryMutation, DeleteRolePermissionsBoundaryMutationVariables>;
export const DeleteRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRolePolicyMutation, DeleteRolePolicyMutationVariables>;
export const DeleteServiceDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceDefinitionMutation, DeleteServiceDefinitionMutationVariables>;
export const DeleteServiceDefinitionVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceDefinitionVersionMutation, DeleteServiceDefinitionVersionMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const DeleteUserPermissionsBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserPermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserPermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserPermissionsBoundaryMutation, DeleteUserPermissionsBoundaryMutationVariables>;
export const DeleteUserPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserPolicyMutation, DeleteUserPolicyMutationVariables>;
export const DeleteVirtualMFADeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVirtualMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}]}]}}]} as unknown as DocumentNode<DeleteVirtualMFADeviceMutation, DeleteVirtualMFADeviceMutationVariables>;
export const DeleteWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}]}]}}]} as unknown as DocumentNode<DeleteWorkloadMutation, DeleteWorkloadMutationVariables>;
export const DetachGroupPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<DetachGroupPolicyMutation, DetachGroupPolicyMutationVariables>;
export const DetachGuardrailPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}]}}]} as unknown as DocumentNode<DetachGuardrailPolicyMutation, DetachGuardrailPolicyMutationVariables>;
export const DetachRoleFromWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachRoleFromWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachRoleFromWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<DetachRoleFromWorkloadMutation, DetachRoleFromWorkloadMutationVariables>;
export const DetachRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DetachRolePolicyMutation, DetachRolePolicyMutationVariables>;
export const DetachUserPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DetachUserPolicyMutation, DetachUserPolicyMutationVariables>;
export const EnableMFADeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode2"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}}]} as unknown as DocumentNode<EnableMFADeviceMutation, EnableMFADeviceMutationVariables>;
export const GenerateCredentialReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GenerateCredentialReportMutation, GenerateCredentialReportMutationVariables>;
export const GetSessionTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetSessionToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tokenCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getSessionToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"tokenCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tokenCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}}]}}]} as unknown as DocumentNode<GetSessionTokenMutation, GetSessionTokenMutationVariables>;
export const InviteAccountToOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAccountToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAccountToOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<InviteAccountToOrganizationMutation, InviteAccountToOrganizationMutationVariables>;
export const LeaveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveOrganization"}}]}}]} as unknown as DocumentNode<LeaveOrganizationMutation, LeaveOrganizationMutationVariables>;
export const MoveAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"destinationParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationParentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceParentId"}}}]}]}}]} as unknown as DocumentNode<MoveAccountMutation, MoveAccountMutationVariables>;
export const PutGroupPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutGroupPolicyMutation, PutGroupPolicyMutationVariables>;
export const PutResourcePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"prunedVersionIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourcePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]}}]} as unknown as DocumentNode<PutResourcePolicyMutation, PutResourcePolicyMutationVariables>;
export const PutRolePermissionsBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutRolePermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putRolePermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permissionsBoundary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<PutRolePermissionsBoundaryMutation, PutRolePermissionsBoundaryMutationVariables>;
export const PutRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutRolePolicyMutation, PutRolePolicyMutationVariables>;
export const PutUserPermissionsBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutUserPermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putUserPermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permissionsBoundary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<PutUserPermissionsBoundaryMutation, PutUserPermissionsBoundaryMutationVariables>;
export const PutUserPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutUserPolicyMutation, PutUserPolicyMutationVariables>;
export const RemoveClientIDFromOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClientIDFromOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClientIDFromOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RemoveClientIDFromOpenIDConnectProviderMutation, RemoveClientIDFromOpenIDConnectProviderMutationVariables>;
export const RemoveUserFromGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUserFromGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUserFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<RemoveUserFromGroupMutation, RemoveUserFromGroupMutationVariables>;
export const ResyncMFADeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResyncMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resyncMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode2"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<ResyncMFADeviceMutation, ResyncMFADeviceMutationVariables>;
export const RevokeRoleSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRoleSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRoleSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleSessionsMutation, RevokeRoleSessionsMutationVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RotateSigningKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateSigningKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSigningKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retireDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RotateSigningKeyMutation, RotateSigningKeyMutationVariables>;
export const RotateWorkloadCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWorkloadCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWorkloadCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}}]}}]}}]} as unknown as DocumentNode<RotateWorkloadCredentialMutation, RotateWorkloadCredentialMutationVariables>;
export const SetDefaultPolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<SetDefaultPolicyVersionMutation, SetDefaultPolicyVersionMutationVariables>;
export const SetDefaultResourcePolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultResourcePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultResourcePolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]} as unknown as DocumentNode<SetDefaultResourcePolicyVersionMutation, SetDefaultResourcePolicyVersionMutationVariables>;
export const SetDefaultServiceDefinitionVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<SetDefaultServiceDefinitionVersionMutation, SetDefaultServiceDefinitionVersionMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaAuthenticated"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountAlias"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"rootArn"}},{"kind":"Field","name":{"kind":"Name","value":"rootEmail"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const TagOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TagOpenIDConnectProviderMutation, TagOpenIDConnectProviderMutationVariables>;
export const TagPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<TagPolicyMutation, TagPolicyMutationVariables>;
export const TagRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<TagRoleMutation, TagRoleMutationVariables>;
export const TagUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<TagUserMutation, TagUserMutationVariables>;
export const UnarchiveAccessFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnarchiveAccessFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveAccessFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnarchiveAccessFindingMutation, UnarchiveAccessFindingMutationVariables>;
export const UntagOpenIDConnectProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<UntagOpenIDConnectProviderMutation, UntagOpenIDConnectProviderMutationVariables>;
export const UntagPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<UntagPolicyMutation, UntagPolicyMutationVariables>;
export const UntagRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UntagRoleMutation, UntagRoleMutationVariables>;
export const UntagUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UntagUserMutation, UntagUserMutationVariables>;
export const UpdateAccessKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessKeyStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateAccessKeyMutation, UpdateAccessKeyMutationVariables>;
export const UpdateAccountPasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccountPasswordPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccountPasswordPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowUsersToChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"hardExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasswordAge"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"passwordReusePrevention"}},{"kind":"Field","name":{"kind":"Name","value":"requireLowercaseCharacters"}},{"kind":"Field","name":{"kind":"Name","value":"requireNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbols"}},{"kind":"Field","name":{"kind":"Name","value":"requireUppercaseCharacters"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountPasswordPolicyMutation, UpdateAccountPasswordPolicyMutationVariables>;
export const UpdateAssumeRolePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssumeRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssumeRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssumeRolePolicyMutation, UpdateAssumeRolePolicyMutationVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newGroupName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"newGroupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newGroupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const UpdateLoginProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"passwordResetRequired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateLoginProfileMutation, UpdateLoginProfileMutationVariables>;
export const UpdateOpenIDConnectProviderThumbprintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpenIDConnectProviderThumbprint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thumbprintList"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpenIDConnectProviderThumbprint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"thumbprintList"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thumbprintList"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<UpdateOpenIDConnectProviderThumbprintMutation, UpdateOpenIDConnectProviderThumbprintMutationVariables>;
export const UpdateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxSessionDuration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxSessionDuration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxSessionDuration"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newUserName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"newUserName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newUserName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const PolicyRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PolicyRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PolicyRevisionSubscription, PolicyRevisionSubscriptionVariables>;