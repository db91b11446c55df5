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


export const AccessOfPrincipalDocument = {"__meta__":{"hash":"sha256:d36f6390705d91c5e95b96232fe68703759513ba0df9298df70fefaea6c8c5f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOfPrincipal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessOfPrincipal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"denies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"limited"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notResource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"resourceTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inCatalog"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<AccessOfPrincipalQuery, AccessOfPrincipalQueryVariables>;
export const AuditEventsDocument = {"__meta__":{"hash":"sha256:3b5b2988bcc8810e5e15c5620fe0a108c94f82512525bd9b7a371e1c74fec3a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuthorizeDocument = {"__meta__":{"hash":"sha256:b8f7f3bb8b0fa18efd7b2f8128e8a3b566a5dc50ec9b0b3743d96c281ac5dbba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceAccount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceAccount"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourcePolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AuthorizeQuery, AuthorizeQueryVariables>;
export const AuthorizeBatchDocument = {"__meta__":{"hash":"sha256:a131434b84977b994e58d07c646e56a959e2030ae37f2649fb7f23dbb0dbc95c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizeBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizeRequestInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AuthorizeBatchQuery, AuthorizeBatchQueryVariables>;
export const DescribeOrganizationDocument = {"__meta__":{"hash":"sha256:453c77b07262fdaea68235ab62905ec1161dcd39d80c9606a5e4f627b1d385d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DescribeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"describeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}}]}}]}}]} as unknown as DocumentNode<DescribeOrganizationQuery, DescribeOrganizationQueryVariables>;
export const GeneratePolicyDocument = {"__meta__":{"hash":"sha256:92280ace99bd41deed705fc8b8165226740105f84359ba0992da8af218f8c52e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GeneratePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<GeneratePolicyQuery, GeneratePolicyQueryVariables>;
export const GetAccessKeyLastUsedDocument = {"__meta__":{"hash":"sha256:ae40d8291fc0b75ba94353063201ed0594365234c8956b5be38458fcc9a889e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccessKeyLastUsed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccessKeyLastUsed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetAccessKeyLastUsedQuery, GetAccessKeyLastUsedQueryVariables>;
export const GetAccountAuthorizationDetailsDocument = {"__meta__":{"hash":"sha256:1de9ca8079d0c15141c01d171823c46465cd76fac9e192be2dcd4ba19be024a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountAuthorizationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountAuthorizationDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"groupPolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryArn"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"rolePolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userDetailList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachedManagedPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupList"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryArn"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"userPolicyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetAccountAuthorizationDetailsQuery, GetAccountAuthorizationDetailsQueryVariables>;
export const GetAccountPasswordPolicyDocument = {"__meta__":{"hash":"sha256:944af73b16a3021a5dbb0ce688811e26a170f97be1704cf8d613a5cb7b1177a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowUsersToChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"hardExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasswordAge"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"passwordReusePrevention"}},{"kind":"Field","name":{"kind":"Name","value":"requireLowercaseCharacters"}},{"kind":"Field","name":{"kind":"Name","value":"requireNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbols"}},{"kind":"Field","name":{"kind":"Name","value":"requireUppercaseCharacters"}}]}}]}}]} as unknown as DocumentNode<GetAccountPasswordPolicyQuery, GetAccountPasswordPolicyQueryVariables>;
export const GetAccountSummaryDocument = {"__meta__":{"hash":"sha256:149b095e2ce55462c83518d47a97c9a7f17ab28447671ed6bc162a112e2de2a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAccountSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getAccountSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"policies"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"summaryMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"workloads"}}]}}]}}]} as unknown as DocumentNode<GetAccountSummaryQuery, GetAccountSummaryQueryVariables>;
export const GetCallerIdentityDocument = {"__meta__":{"hash":"sha256:1a00dd838ffa5da2d08558c0575b7f1a703fda2ecdbac72c6b51d51ae74718ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCallerIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCallerIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<GetCallerIdentityQuery, GetCallerIdentityQueryVariables>;
export const GetCredentialReportDocument = {"__meta__":{"hash":"sha256:c0a9d404714d04b9f4b42e9ecf9373799a9b55f43138076154d78beba52ed75b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"generatedTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportFormat"}}]}}]}}]} as unknown as DocumentNode<GetCredentialReportQuery, GetCredentialReportQueryVariables>;
export const GetGroupDocument = {"__meta__":{"hash":"sha256:30665519b10b14a2b2c3fa3d2d47f9b0beb1651cb23fd8525d9c7fcf1f9017ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetGroupQuery, GetGroupQueryVariables>;
export const GetGroupPolicyDocument = {"__meta__":{"hash":"sha256:79b4b43cc038b15a58d6faf888864a44bd8d7de7e94f73b3d2b715c50e381b35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetGroupPolicyQuery, GetGroupPolicyQueryVariables>;
export const GetLoginProfileDocument = {"__meta__":{"hash":"sha256:411596b23e32678cef9272822baa43ac9e78da2b3a8c3a93d3733585d20bdbb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetLoginProfileQuery, GetLoginProfileQueryVariables>;
export const GetOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:46d056018f6594ee780081bbed8297502282cae5c99c4b4d6f3e4fa0c9c6f1cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<GetOpenIDConnectProviderQuery, GetOpenIDConnectProviderQueryVariables>;
export const GetPolicyDocument = {"__meta__":{"hash":"sha256:5e7cab7b2dacd4b93fbd2919dbf44f8c7a60d8f768c7913816ffb1c80df770d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<GetPolicyQuery, GetPolicyQueryVariables>;
export const GetPolicyVersionDocument = {"__meta__":{"hash":"sha256:53ff0d5d3c0fee97716c72274f86dbf73172df11bd9b78da25f2696d90951d2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<GetPolicyVersionQuery, GetPolicyVersionQueryVariables>;
export const GetResourcePolicyDocument = {"__meta__":{"hash":"sha256:1a9a016be7ef62f223f86b5ffa19821aa5a51d71373aa34118d5ecdf91dd7c5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]} as unknown as DocumentNode<GetResourcePolicyQuery, GetResourcePolicyQueryVariables>;
export const GetRoleDocument = {"__meta__":{"hash":"sha256:6440686ac13b545d2f5a010e8e5962088228aee976aec00e93df53f08af974db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<GetRoleQuery, GetRoleQueryVariables>;
export const GetRolePolicyDocument = {"__meta__":{"hash":"sha256:0cf62eb4dd03018a5a1931013d86951fdc4a81ef7b6a8731dfbe22ad897e0f30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetRolePolicyQuery, GetRolePolicyQueryVariables>;
export const GetServiceDefinitionDocument = {"__meta__":{"hash":"sha256:479bde31c5155799392fb28709548be0de2fa15b945df20479a7d67e22b224a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<GetServiceDefinitionQuery, GetServiceDefinitionQueryVariables>;
export const GetUserDocument = {"__meta__":{"hash":"sha256:f845c9392e973a35191bb05bc24d29d4adc28de173b8a7c489f2017094949beb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<GetUserQuery, GetUserQueryVariables>;
export const GetUserPolicyDocument = {"__meta__":{"hash":"sha256:ed25985a0a3cf6042dc5b1496b49471d3920ec9bda4a38523627c4f1660eba66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<GetUserPolicyQuery, GetUserPolicyQueryVariables>;
export const GetWorkloadDocument = {"__meta__":{"hash":"sha256:4d82029fe49971269c097ccf9f13b9310b9f3b2c65e651f9250141b154ab4317"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<GetWorkloadQuery, GetWorkloadQueryVariables>;
export const ListAccessFindingsDocument = {"__meta__":{"hash":"sha256:c6d3f49218b91d387ca5753ac4e6420d3a7d5baa43ff19c7d1fcd7e845243015"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccessFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessFindingStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccessFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAccessFindingsQuery, ListAccessFindingsQueryVariables>;
export const ListAccessKeysDocument = {"__meta__":{"hash":"sha256:b3f24e9ac72c143d36f52467a6320843e144e4bbb71b3fa072acd52ac5866582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccessKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccessKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<ListAccessKeysQuery, ListAccessKeysQueryVariables>;
export const ListAccountAliasesDocument = {"__meta__":{"hash":"sha256:7957836b663e5d61e0efa7d2b920d978a713ca33aff58e65c12dcd399faa3f59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccountAliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccountAliases"}}]}}]} as unknown as DocumentNode<ListAccountAliasesQuery, ListAccountAliasesQueryVariables>;
export const ListAccountInvitationsDocument = {"__meta__":{"hash":"sha256:e7b712918143b0f4c65dfb85cbe4591af7e1a93f6352ff5060951a74b3394434"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccountInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccountInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"usedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"usedDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAccountInvitationsQuery, ListAccountInvitationsQueryVariables>;
export const ListAccountsDocument = {"__meta__":{"hash":"sha256:da59b77d113efdce715514611d052bdb27875a627c863e1920eead2dde51e84e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedDate"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<ListAccountsQuery, ListAccountsQueryVariables>;
export const ListAttachedGroupPoliciesDocument = {"__meta__":{"hash":"sha256:26cd219a3d654b1264ff56bf4a7032e0185b602218c1357f3b8a49b29ee5ebcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedGroupPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedGroupPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedGroupPoliciesQuery, ListAttachedGroupPoliciesQueryVariables>;
export const ListAttachedRolePoliciesDocument = {"__meta__":{"hash":"sha256:dad187e06b3ba27193196d2edb8da214c2d0f20caa0ac5702f2d2d230430557c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedRolePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedRolePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedRolePoliciesQuery, ListAttachedRolePoliciesQueryVariables>;
export const ListAttachedUserPoliciesDocument = {"__meta__":{"hash":"sha256:030e8c41bd4aabbff06942777fd3b8e94ad8189d04c5cc9367c568696e0313fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAttachedUserPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listAttachedUserPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListAttachedUserPoliciesQuery, ListAttachedUserPoliciesQueryVariables>;
export const ListEntitiesForPolicyDocument = {"__meta__":{"hash":"sha256:c9ed277e0fca27b202ed4bb1a7cf6077772c20a56bbe05e52c39595d872bb523"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListEntitiesForPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listEntitiesForPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ListEntitiesForPolicyQuery, ListEntitiesForPolicyQueryVariables>;
export const ListGroupPoliciesDocument = {"__meta__":{"hash":"sha256:cca68a860606328bd6514db46c1bcdbfa990967afc678a294fb61f0de42f85bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroupPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroupPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupPoliciesQuery, ListGroupPoliciesQueryVariables>;
export const ListGroupsDocument = {"__meta__":{"hash":"sha256:0bd5ea0ab62baf037c06a6944030a75025efdab68b39446c8637f5a29257c299"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupsQuery, ListGroupsQueryVariables>;
export const ListGroupsForUserDocument = {"__meta__":{"hash":"sha256:ae1d4df8d5a1b7d125167a38675bd08ce414404135dccf2ef81e3de7377d4eb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGroupsForUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGroupsForUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListGroupsForUserQuery, ListGroupsForUserQueryVariables>;
export const ListGuardrailPoliciesDocument = {"__meta__":{"hash":"sha256:7a938e20265a728c13cebbfd8ee7b997d4cd038d7042255abf2473ceccb7acd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGuardrailPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listGuardrailPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]} as unknown as DocumentNode<ListGuardrailPoliciesQuery, ListGuardrailPoliciesQueryVariables>;
export const ListHandshakesForAccountDocument = {"__meta__":{"hash":"sha256:163480b304acc0b98321725880622ceb6f09f9e9c260c081ddb20eaa278d8447"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListHandshakesForAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listHandshakesForAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<ListHandshakesForAccountQuery, ListHandshakesForAccountQueryVariables>;
export const ListMFADevicesDocument = {"__meta__":{"hash":"sha256:d950d3512447eb99c82920cc39c7b000381b450f2653853d8efcbc1f8dbc6b1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListMFADevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listMFADevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<ListMFADevicesQuery, ListMFADevicesQueryVariables>;
export const ListOpenIDConnectProvidersDocument = {"__meta__":{"hash":"sha256:3ab538aa73f2501b4d961460f76b99613e15d2fd07aa4bf1a4e13d8cdf345f44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOpenIDConnectProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listOpenIDConnectProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}}]} as unknown as DocumentNode<ListOpenIDConnectProvidersQuery, ListOpenIDConnectProvidersQueryVariables>;
export const ListOrganizationalUnitsDocument = {"__meta__":{"hash":"sha256:2c762f6745ea8e1b692a9c942bd7cfff009de9109bf2d44d7cd6a5fbcf0fba66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrganizationalUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listOrganizationalUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<ListOrganizationalUnitsQuery, ListOrganizationalUnitsQueryVariables>;
export const ListPoliciesDocument = {"__meta__":{"hash":"sha256:7aff021ee180f1dedcd8963d0656b88fa7e23f89020f73bee08538b7c05f7bea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyAttached"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyAttached"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyAttached"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListPoliciesQuery, ListPoliciesQueryVariables>;
export const ListPolicyVersionsDocument = {"__meta__":{"hash":"sha256:110fcc6979e88497a68e1863b4376a593e95ab6210940f5c388b9099b7b38186"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPolicyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPolicyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListPolicyVersionsQuery, ListPolicyVersionsQueryVariables>;
export const ListResourcePoliciesDocument = {"__meta__":{"hash":"sha256:bb58c3929a34dbefb52dd352729b85b359c1a058ffd3c839b5821b7267cb644e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListResourcePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResourcePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListResourcePoliciesQuery, ListResourcePoliciesQueryVariables>;
export const ListResourcePolicyVersionsDocument = {"__meta__":{"hash":"sha256:08f208d2415c6745e369ee9422fc1bd628ddaa9e3371bac9761e5d9feb47abd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListResourcePolicyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResourcePolicyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListResourcePolicyVersionsQuery, ListResourcePolicyVersionsQueryVariables>;
export const ListRolePoliciesDocument = {"__meta__":{"hash":"sha256:44b683409a07c9d45fe6427a2f60c631cbd86b6575cdaced8a99a84c96962244"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRolePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listRolePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListRolePoliciesQuery, ListRolePoliciesQueryVariables>;
export const ListRolesDocument = {"__meta__":{"hash":"sha256:e4329e79304c0077a3fac820c3112450ebbe0245abaef68d5d48e4bc0196a7c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListRolesQuery, ListRolesQueryVariables>;
export const ListSecurityFindingsDocument = {"__meta__":{"hash":"sha256:f85e648ca60ba1171cf8d10cb8aa8b01e3946649528f4007b8033182a09ab97d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSecurityFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootUsedWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listSecurityFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootUsedWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootUsedWithinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"unusedForDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entityArn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ListSecurityFindingsQuery, ListSecurityFindingsQueryVariables>;
export const ListServiceDefinitionVersionsDocument = {"__meta__":{"hash":"sha256:c916c390dd0e6f377d9ca66c901e35039ae3b23bd1b7761ff407ae7943778993"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListServiceDefinitionVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listServiceDefinitionVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<ListServiceDefinitionVersionsQuery, ListServiceDefinitionVersionsQueryVariables>;
export const ListServiceDefinitionsDocument = {"__meta__":{"hash":"sha256:eb7204608ee674f7bdc05b3e447f8fb63ca996abb83b8a011a5a43027d80ad94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListServiceDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listServiceDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListServiceDefinitionsQuery, ListServiceDefinitionsQueryVariables>;
export const ListSigningKeysDocument = {"__meta__":{"hash":"sha256:859ebdef11f40be9b59464d19dd97ff2f681bd50fa5e5f2ec613380cbe0af097"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listSigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retireDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ListSigningKeysQuery, ListSigningKeysQueryVariables>;
export const ListUnusedAccessDocument = {"__meta__":{"hash":"sha256:a2b7e05e3abf38f3d2a7900f457b66a6feb2518774ffaa6129bbdd0e814f89e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUnusedAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUnusedAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unusedForDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unusedForDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entityArn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]} as unknown as DocumentNode<ListUnusedAccessQuery, ListUnusedAccessQueryVariables>;
export const ListUserPoliciesDocument = {"__meta__":{"hash":"sha256:2d5ae387b631f91d4e906ad18b3d332cbbb9268ba343c361bb34def76d548c6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUserPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUserPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListUserPoliciesQuery, ListUserPoliciesQueryVariables>;
export const ListUsersDocument = {"__meta__":{"hash":"sha256:dd5712c7121194c1e9626e7429a304885367e90e87877dd3e4c8c83909b9ea10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListUsersQuery, ListUsersQueryVariables>;
export const ListVirtualMFADevicesDocument = {"__meta__":{"hash":"sha256:f9c6be177f1ab2037f54b478579301cfdc305352bbc494330350c16f23cd2793"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListVirtualMFADevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatusType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listVirtualMFADevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListVirtualMFADevicesQuery, ListVirtualMFADevicesQueryVariables>;
export const ListWorkloadsDocument = {"__meta__":{"hash":"sha256:675a945e8a00fd2deb80ed57acc7e54e2af89b6fa8eb1cc1502450651c7db017"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListWorkloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listWorkloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"pathPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pathPrefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListWorkloadsQuery, ListWorkloadsQueryVariables>;
export const PolicySnapshotDocument = {"__meta__":{"hash":"sha256:5739090962e1a936abb552377bfec438d09cd0999acc29fc60ea98a021089563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"guardrails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalType"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourcePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<PolicySnapshotQuery, PolicySnapshotQueryVariables>;
export const PreviewPolicyChangeDocument = {"__meta__":{"hash":"sha256:cb8db086e7af672aef90da0000904cc2cccf9cfc6aaab7c1fb8ffe7b8aa1e693"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPolicyChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyChangeTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPolicyChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"newDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowToDeny"}},{"kind":"Field","name":{"kind":"Name","value":"byAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowToDeny"}},{"kind":"Field","name":{"kind":"Name","value":"denyToAllow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"denyToAllow"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"}},{"kind":"Field","name":{"kind":"Name","value":"eventLimit"}},{"kind":"Field","name":{"kind":"Name","value":"eventsRead"}},{"kind":"Field","name":{"kind":"Name","value":"eventsReplayed"}},{"kind":"Field","name":{"kind":"Name","value":"eventsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"principalCount"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetArn"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<PreviewPolicyChangeQuery, PreviewPolicyChangeQueryVariables>;
export const PrincipalsWithAccessDocument = {"__meta__":{"hash":"sha256:f280183508b6e87d1dd72021e5081d1c9c2f6862b3d6d02cfa97346a48f5821b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalsWithAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeGroups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalsWithAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourcePolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourcePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"principalType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PrincipalsWithAccessQuery, PrincipalsWithAccessQueryVariables>;
export const ResourcesAccessibleDocument = {"__meta__":{"hash":"sha256:53f213ef4ce39da20d514f98b6745de1f5f1c48ca19731135f2424044100cca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourcesAccessible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextEntryInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourcesAccessible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"bindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAs"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"patterns"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"unknownKeys"}}]}}]}}]} as unknown as DocumentNode<ResourcesAccessibleQuery, ResourcesAccessibleQueryVariables>;
export const SimulateCustomPolicyDocument = {"__meta__":{"hash":"sha256:da0b2beb7f0b17f96fddc79df838cd343494fa1ef9d612583f97367a60cc6381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateCustomPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateCustomPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCustomPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedByPermissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalActionName"}},{"kind":"Field","name":{"kind":"Name","value":"evalDecision"}},{"kind":"Field","name":{"kind":"Name","value":"evalResourceName"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}}]}}]}}]} as unknown as DocumentNode<SimulateCustomPolicyQuery, SimulateCustomPolicyQueryVariables>;
export const SimulatePrincipalPolicyDocument = {"__meta__":{"hash":"sha256:97aeec9caf0ed4078a4f6322e0ad8fc80f1f4805a70d955586cd50f6a9a49fae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulatePrincipalPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatePrincipalPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePrincipalPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"allowedByPermissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evalActionName"}},{"kind":"Field","name":{"kind":"Name","value":"evalDecision"}},{"kind":"Field","name":{"kind":"Name","value":"evalResourceName"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"failedLayer"}},{"kind":"Field","name":{"kind":"Name","value":"matchedStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingContextValues"}}]}}]}}]} as unknown as DocumentNode<SimulatePrincipalPolicyQuery, SimulatePrincipalPolicyQueryVariables>;
export const ValidatePolicyDocument = {"__meta__":{"hash":"sha256:858339d657d0a1beecef5134cd5a07c4e499ab958661701fb51d234117b19a8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValidatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"documentationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<ValidatePolicyQuery, ValidatePolicyQueryVariables>;
export const AcceptHandshakeDocument = {"__meta__":{"hash":"sha256:49a4792978ef99480d5c79b7aa6640f6264e0f34aa2e341306eed93883cccbd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandshake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHandshake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handshakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<AcceptHandshakeMutation, AcceptHandshakeMutationVariables>;
export const AddClientIDToOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:c9173e7f565afbe9b8b2a49464c6eb3225a3b272565d7442789de8564add7853"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClientIDToOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClientIDToOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AddClientIDToOpenIDConnectProviderMutation, AddClientIDToOpenIDConnectProviderMutationVariables>;
export const AddUserToGroupDocument = {"__meta__":{"hash":"sha256:73ddc9081a4963adfbf49decab5625a08d5c97fb7a567443d34d6a95b7c77912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUserToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUserToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<AddUserToGroupMutation, AddUserToGroupMutationVariables>;
export const ArchiveAccessFindingDocument = {"__meta__":{"hash":"sha256:8365c9adab5ae7d86014f1c0791306f668ac7ad71bc8b749282d5c58add1bc59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAccessFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAccessFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveAccessFindingMutation, ArchiveAccessFindingMutationVariables>;
export const AssumeRoleDocument = {"__meta__":{"hash":"sha256:e2d73e97bcf5b08825ae02b815ee144cd4d44671b4b2fe17d0d1ac785d20acf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssumeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}}]}}]}}]} as unknown as DocumentNode<AssumeRoleMutation, AssumeRoleMutationVariables>;
export const AssumeRoleWithWebIdentityDocument = {"__meta__":{"hash":"sha256:0ce7186b31967251ea303b95bba750d6754ebad1d9044ad0ec0cd7f9889e434e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeRoleWithWebIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssumeRoleWithWebIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeRoleWithWebIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"subjectFromWebIdentityToken"}}]}}]}}]} as unknown as DocumentNode<AssumeRoleWithWebIdentityMutation, AssumeRoleWithWebIdentityMutationVariables>;
export const AssumeWorkloadRoleDocument = {"__meta__":{"hash":"sha256:5df2d05fdae44c1f3b9dd8a5d88e66de18b1e102c7a1422a6d1d565133eef777"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssumeWorkloadRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleSessionName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumeWorkloadRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleSessionName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleSessionName"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assumedRoleUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumedRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packedPolicySize"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"}}]}}]}}]} as unknown as DocumentNode<AssumeWorkloadRoleMutation, AssumeWorkloadRoleMutationVariables>;
export const AttachGroupPolicyDocument = {"__meta__":{"hash":"sha256:083d38e44973ea07f7485ae492492e3d2474d0d2c13203ee87ff83a160e2b10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<AttachGroupPolicyMutation, AttachGroupPolicyMutationVariables>;
export const AttachGuardrailPolicyDocument = {"__meta__":{"hash":"sha256:a00eedbfef2ce9ca4680561459b6f5930374f1a0a938ea34ea8362638b360378"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}]}}]} as unknown as DocumentNode<AttachGuardrailPolicyMutation, AttachGuardrailPolicyMutationVariables>;
export const AttachRolePolicyDocument = {"__meta__":{"hash":"sha256:3e8c69d5ef3b23f6578e7926e508751948fb7595275a79a6fffd9f726718861f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<AttachRolePolicyMutation, AttachRolePolicyMutationVariables>;
export const AttachRoleToWorkloadDocument = {"__meta__":{"hash":"sha256:77e6f64feb99df37191e19ce1a3d7376589aee629a2195a891dbf03edcb3b707"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachRoleToWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachRoleToWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<AttachRoleToWorkloadMutation, AttachRoleToWorkloadMutationVariables>;
export const AttachUserPolicyDocument = {"__meta__":{"hash":"sha256:23d7c6fc7837687695c77a4bc49a3f0c65a49faedf2cf3354e3dd73eae31e6a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<AttachUserPolicyMutation, AttachUserPolicyMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:06ca6f88fe364dbde2e96954e65b825eb3c07d177584b2f8cabe4c51fdbf09d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CloseAccountDocument = {"__meta__":{"hash":"sha256:f3d26f216f055b04489fb3e50df3353471a6e76242304651f3f1e78558824342"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CloseAccountMutation, CloseAccountMutationVariables>;
export const CreateAccessKeyDocument = {"__meta__":{"hash":"sha256:8cd1b6c6ef82a6e932c7fe878f4cc15feb70cc6858cc26077400a0225672d4c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"secretAccessKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateAccessKeyMutation, CreateAccessKeyMutationVariables>;
export const CreateAccountDocument = {"__meta__":{"hash":"sha256:7f8941c3621b76af1bb096ebae4cc271bb4864b91e10a5af74967475de17e2ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountAlias"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"rootArn"}},{"kind":"Field","name":{"kind":"Name","value":"rootEmail"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const CreateAccountAliasDocument = {"__meta__":{"hash":"sha256:3945cf77391341f638ecfac489e661b36cee3254db57de8d617f05fe9cf8f1f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}}}]}]}}]} as unknown as DocumentNode<CreateAccountAliasMutation, CreateAccountAliasMutationVariables>;
export const CreateAccountInvitationDocument = {"__meta__":{"hash":"sha256:a79bcbe03897d3b9af570142a2600f672c29185d46b718bd882f24d9d299fd04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInvitationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccountInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"usedByAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"usedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CreateAccountInvitationMutation, CreateAccountInvitationMutationVariables>;
export const CreateGroupDocument = {"__meta__":{"hash":"sha256:50f28152417f2edbe75819834dca43621a198393febeefb04a0252c3cc7fd93e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateGuardrailPolicyDocument = {"__meta__":{"hash":"sha256:a461cf445ebf800ecc711437471c2e4423931f5bb7c6f778bc012f2ddbe7b4db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]} as unknown as DocumentNode<CreateGuardrailPolicyMutation, CreateGuardrailPolicyMutationVariables>;
export const CreateLoginProfileDocument = {"__meta__":{"hash":"sha256:a105c6f7d11ad20997ef9ef65cda0e6ed8bba69e067e8e5aa398ccb3442e24d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"passwordResetRequired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateLoginProfileMutation, CreateLoginProfileMutationVariables>;
export const CreateOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:abb1de543a6545f57fd669077de16f4617162772f0f6f82a2bb2d82e7d3910b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpenIDConnectProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CreateOpenIDConnectProviderMutation, CreateOpenIDConnectProviderMutationVariables>;
export const CreateOrganizationDocument = {"__meta__":{"hash":"sha256:880930e46a4d131b5921366bc5704df85d5105461596200703f5a0889a24381f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateOrganizationalUnitDocument = {"__meta__":{"hash":"sha256:3f287cd2e2dcd2c0c4447ea990bfd7f493a62baa67ae19a2b6539390479e1182"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationalUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizationalUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationalUnitMutation, CreateOrganizationalUnitMutationVariables>;
export const CreatePolicyDocument = {"__meta__":{"hash":"sha256:774aa1713c4a26ac0d06fc447b82b802f6c75f9dc99d3fd9f6b932ae4b643056"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const CreatePolicyVersionDocument = {"__meta__":{"hash":"sha256:8e9ccaa2ac1dce71864ae35da9221674413ef83774d0acb5c3fdc876f089bcac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"setAsDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policyArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyVersionMutation, CreatePolicyVersionMutationVariables>;
export const CreateRoleDocument = {"__meta__":{"hash":"sha256:677e3c0ce8c34a564ffefc8567cf799f9a4bc4f1d7c4c70480f17b81f5d709bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateServiceDefinitionDocument = {"__meta__":{"hash":"sha256:0961110bcf479ac599aeff82b2d8767c5a7560c8ca4aef45907f96f8129ac0bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreateServiceDefinitionMutation, CreateServiceDefinitionMutationVariables>;
export const CreateServiceDefinitionVersionDocument = {"__meta__":{"hash":"sha256:6c8a6b49450e08a020756bcf96416a3c16e7d0d5b48346daccdb5545a51f4f61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"setAsDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setAsDefault"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<CreateServiceDefinitionVersionMutation, CreateServiceDefinitionVersionMutationVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:d969d02af5945926761973febf6b55688b3c49f20b92b70ae7d4f428631158bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateVirtualMFADeviceDocument = {"__meta__":{"hash":"sha256:e88079c991f060c3bc6b844f534e28a15ffb01417e9d5a87d66229ee4eecd740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVirtualMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"virtualMFADeviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"virtualMFADeviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"virtualMFADeviceName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base32StringSeed"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVirtualMFADeviceMutation, CreateVirtualMFADeviceMutationVariables>;
export const CreateWorkloadDocument = {"__meta__":{"hash":"sha256:586e7f393aaad76bc47746c4f41983448ff472aeb7cd3b6ffbf542e5f0675808"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkloadMutation, CreateWorkloadMutationVariables>;
export const DeactivateMFADeviceDocument = {"__meta__":{"hash":"sha256:55514cd84fe638fe5089b1dff524cdb39b9fb37bcb0b08da05d361062f61faae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeactivateMFADeviceMutation, DeactivateMFADeviceMutationVariables>;
export const DeclineHandshakeDocument = {"__meta__":{"hash":"sha256:a3115c6e554818ba504581102d86a388ab5a5ac4a0ae91f059205a77f2ff856c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineHandshake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineHandshake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handshakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handshakeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<DeclineHandshakeMutation, DeclineHandshakeMutationVariables>;
export const DeleteAccessKeyDocument = {"__meta__":{"hash":"sha256:eb23b5a83e76ee97aaa7cfbaa5315080c38cd421d170d10e0f7d38f46bee35bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteAccessKeyMutation, DeleteAccessKeyMutationVariables>;
export const DeleteAccountAliasDocument = {"__meta__":{"hash":"sha256:985f1b4bfc456cc1db0a36e1dca595bf8d173fb1978e295ca98d45db04877688"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountAlias"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountAliasMutation, DeleteAccountAliasMutationVariables>;
export const DeleteAccountInvitationDocument = {"__meta__":{"hash":"sha256:6695489808c4a3cdff798850fc45b6379dc01360f907884ef89219a26a8ada2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountInvitationMutation, DeleteAccountInvitationMutationVariables>;
export const DeleteAccountPasswordPolicyDocument = {"__meta__":{"hash":"sha256:adee0a6d8556609111752ae0057fa905b8bcbf65d2ed5ebe10a5da23d121779d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountPasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccountPasswordPolicy"}}]}}]} as unknown as DocumentNode<DeleteAccountPasswordPolicyMutation, DeleteAccountPasswordPolicyMutationVariables>;
export const DeleteGroupDocument = {"__meta__":{"hash":"sha256:d2e4a84444887bcc3b01ecfaafb124f1a8dbc4df9e3bd05b66ce56eef849873e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const DeleteGroupPolicyDocument = {"__meta__":{"hash":"sha256:cc8a7b89a322ab6cd8060b121985d0cfa6da47f03cc196c6d98620c8ce1dffcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}]}]}}]} as unknown as DocumentNode<DeleteGroupPolicyMutation, DeleteGroupPolicyMutationVariables>;
export const DeleteLoginProfileDocument = {"__meta__":{"hash":"sha256:d4a13a4f66bf40a0927552cf102b95925c44505a6d21c7311d33aef13e34022d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteLoginProfileMutation, DeleteLoginProfileMutationVariables>;
export const DeleteOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:b39b048982348a06e62039a8f9e7204e9973b2dd3694ab94c8ad146e100c2f43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}]}]}}]} as unknown as DocumentNode<DeleteOpenIDConnectProviderMutation, DeleteOpenIDConnectProviderMutationVariables>;
export const DeletePolicyDocument = {"__meta__":{"hash":"sha256:978198e64b8e0731ac2fdea3b99ec02f59534f4c8fa29014ff0b86ed35cfe0a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const DeletePolicyVersionDocument = {"__meta__":{"hash":"sha256:3df899a6bf6a1c7eb9e13a847d847a095d36dd95322f2fbbadec6ee893387620"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<DeletePolicyVersionMutation, DeletePolicyVersionMutationVariables>;
export const DeleteResourcePolicyDocument = {"__meta__":{"hash":"sha256:7290fd76a9b0d86702612fbaafeeaa5ecad1e545a4ee3c07f260c2b8172aa6c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}]}]}}]} as unknown as DocumentNode<DeleteResourcePolicyMutation, DeleteResourcePolicyMutationVariables>;
export const DeleteRoleDocument = {"__meta__":{"hash":"sha256:77efecb89bb932c995dd948983639d8a79856342f42094455addfd7408e5c6e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const DeleteRolePermissionsBoundaryDocument = {"__meta__":{"hash":"sha256:4b00ee22d9acf8a0074b924a53b5b0bc9b9ee773f14a03343972753510a4e82a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRolePermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRolePermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRolePermissionsBoundaryMutation, DeleteRolePermissionsBoundaryMutationVariables>;
export const DeleteRolePolicyDocument = {"__meta__":{"hash":"sha256:d3daaa2abe1f7850c147fe07fc6e8055919ee524dc8c0f32e820a1b4b2cfad33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DeleteRolePolicyMutation, DeleteRolePolicyMutationVariables>;
export const DeleteServiceDefinitionDocument = {"__meta__":{"hash":"sha256:5521fa5f2592f43137e346fa35fcd0a26072d37ff3296e2abc190ec43e2307f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceDefinitionMutation, DeleteServiceDefinitionMutationVariables>;
export const DeleteServiceDefinitionVersionDocument = {"__meta__":{"hash":"sha256:c662b5db25bf802cc2c8591466338353c8f9ae40d6663649061f8c7013bf3dd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceDefinitionVersionMutation, DeleteServiceDefinitionVersionMutationVariables>;
export const DeleteUserDocument = {"__meta__":{"hash":"sha256:4ddd1c38784dc8aa466e1fbbe67c9d0dcc52b679f1a5cf1dd88f3a555fc1a298"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const DeleteUserPermissionsBoundaryDocument = {"__meta__":{"hash":"sha256:dccc41b2ddc0bd57277556722bc80a9f433187d76fc89c0844709cb35e8abbde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserPermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserPermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserPermissionsBoundaryMutation, DeleteUserPermissionsBoundaryMutationVariables>;
export const DeleteUserPolicyDocument = {"__meta__":{"hash":"sha256:4a301f60ecadbe42093d29a6de3f0a0017c4a7eb7266ba7904bbc4588000eaed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DeleteUserPolicyMutation, DeleteUserPolicyMutationVariables>;
export const DeleteVirtualMFADeviceDocument = {"__meta__":{"hash":"sha256:212ea57a374fdfc86d65924415280ae443b96757ea082782a1da5732d3bd2be7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVirtualMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}]}]}}]} as unknown as DocumentNode<DeleteVirtualMFADeviceMutation, DeleteVirtualMFADeviceMutationVariables>;
export const DeleteWorkloadDocument = {"__meta__":{"hash":"sha256:38e5e51213823d06cf6229e0d0ed1f6769893d84b28ef6ec6183cfdf9247fa17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}]}]}}]} as unknown as DocumentNode<DeleteWorkloadMutation, DeleteWorkloadMutationVariables>;
export const DetachGroupPolicyDocument = {"__meta__":{"hash":"sha256:a8e91e19722e0d1df974f8259a3292f014c93866f8ffbdf4476837c4a273a083"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}}]}]}}]} as unknown as DocumentNode<DetachGroupPolicyMutation, DetachGroupPolicyMutationVariables>;
export const DetachGuardrailPolicyDocument = {"__meta__":{"hash":"sha256:86f909a72199332d62484dcdb1c99af62dae10c30cb148f716c5b584cf70fb61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachGuardrailPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachGuardrailPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}]}}]} as unknown as DocumentNode<DetachGuardrailPolicyMutation, DetachGuardrailPolicyMutationVariables>;
export const DetachRoleFromWorkloadDocument = {"__meta__":{"hash":"sha256:a7f474c17efbc38857ff9c09adf384726708f82c81a71d206572e8aef368e79c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachRoleFromWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachRoleFromWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"credentialRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}},{"kind":"Field","name":{"kind":"Name","value":"workloadName"}}]}}]}}]} as unknown as DocumentNode<DetachRoleFromWorkloadMutation, DetachRoleFromWorkloadMutationVariables>;
export const DetachRolePolicyDocument = {"__meta__":{"hash":"sha256:48c430bdd275bdd30e4ae9844c334181013d03a853575d8d7028fad8a7d4d654"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<DetachRolePolicyMutation, DetachRolePolicyMutationVariables>;
export const DetachUserPolicyDocument = {"__meta__":{"hash":"sha256:3b65b7a7c1c6b427834db5ef7b2fa1a7a99b2e985d222690ac3bc013eae85b09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<DetachUserPolicyMutation, DetachUserPolicyMutationVariables>;
export const EnableMFADeviceDocument = {"__meta__":{"hash":"sha256:81c72d6c5d00d3a4739d1f808363ba1fb3a9810aec33d32cfe3083351e2db8e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode2"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedToRoot"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"enableDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"virtualMFADeviceName"}}]}}]}}]} as unknown as DocumentNode<EnableMFADeviceMutation, EnableMFADeviceMutationVariables>;
export const GenerateCredentialReportDocument = {"__meta__":{"hash":"sha256:866f2de5c00e8b6b669ad9b7d8f45f639698b7c7f3b9ea7321554e8c702d5ea4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateCredentialReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GenerateCredentialReportMutation, GenerateCredentialReportMutationVariables>;
export const GetSessionTokenDocument = {"__meta__":{"hash":"sha256:42c3d5393ba4e377f4f9349bd68a715b85caa89e8420c060bed57f828d1972f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetSessionToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tokenCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getSessionToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"tokenCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tokenCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiration"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionToken"}}]}}]}}]} as unknown as DocumentNode<GetSessionTokenMutation, GetSessionTokenMutationVariables>;
export const InviteAccountToOrganizationDocument = {"__meta__":{"hash":"sha256:6a96958da3ed2c3d00d79b8a2b7ea3ae74177d0b49c4225e342aab78bd1ab5fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAccountToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAccountToOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDate"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managementAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"targetAccountId"}}]}}]}}]} as unknown as DocumentNode<InviteAccountToOrganizationMutation, InviteAccountToOrganizationMutationVariables>;
export const LeaveOrganizationDocument = {"__meta__":{"hash":"sha256:0a0d0844b85fcd0157e54081eebd6ae9a4c9164ac4ed8b51f109f69f9a21c95b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveOrganization"}}]}}]} as unknown as DocumentNode<LeaveOrganizationMutation, LeaveOrganizationMutationVariables>;
export const MoveAccountDocument = {"__meta__":{"hash":"sha256:33f3f5bd197f5ad29ced3fcc7c6da47258da912b701f3b62e83b759f18ffd545"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceParentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"destinationParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationParentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceParentId"}}}]}]}}]} as unknown as DocumentNode<MoveAccountMutation, MoveAccountMutationVariables>;
export const PutGroupPolicyDocument = {"__meta__":{"hash":"sha256:7f30bc87654fc7cdd2971842faec8f9f0d3adf03f98b17a70aaef967f5a9dec2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutGroupPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putGroupPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutGroupPolicyMutation, PutGroupPolicyMutationVariables>;
export const PutResourcePolicyDocument = {"__meta__":{"hash":"sha256:4db5aa5be8395c4a2de128ede98ea8c561dbc2a1d1db2290d1365a6793c9711b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutResourcePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putResourcePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"prunedVersionIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourcePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultVersion"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]}}]} as unknown as DocumentNode<PutResourcePolicyMutation, PutResourcePolicyMutationVariables>;
export const PutRolePermissionsBoundaryDocument = {"__meta__":{"hash":"sha256:6c22b6cb6d353bc0dc0da7f23bda0e320d735f9aeeaf0480ed2b7dbd38255488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutRolePermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putRolePermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permissionsBoundary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}]}]}}]} as unknown as DocumentNode<PutRolePermissionsBoundaryMutation, PutRolePermissionsBoundaryMutationVariables>;
export const PutRolePolicyDocument = {"__meta__":{"hash":"sha256:31dc8d9c28f25973b6f91d3c8e5666d7d9bfa3f500f869ba019f343fb34a74bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutRolePolicyMutation, PutRolePolicyMutationVariables>;
export const PutUserPermissionsBoundaryDocument = {"__meta__":{"hash":"sha256:7e4a56f3e095b05e82707242a521b086f454d82397223003750b6413daa09d26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutUserPermissionsBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putUserPermissionsBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permissionsBoundary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionsBoundary"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<PutUserPermissionsBoundaryMutation, PutUserPermissionsBoundaryMutationVariables>;
export const PutUserPolicyDocument = {"__meta__":{"hash":"sha256:8e895c66878ea2826935d16432c38470c3525b0d63b757a7fc9e9ed4a7a40167"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutUserPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putUserPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}}]}}]}}]} as unknown as DocumentNode<PutUserPolicyMutation, PutUserPolicyMutationVariables>;
export const RemoveClientIDFromOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:4dbaed9a46763ba7bee77dcc09d42197ece16ce1bffd4fc2d0f8b3d48c6c9aa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClientIDFromOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClientIDFromOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RemoveClientIDFromOpenIDConnectProviderMutation, RemoveClientIDFromOpenIDConnectProviderMutationVariables>;
export const RemoveUserFromGroupDocument = {"__meta__":{"hash":"sha256:8f3ae34d2ff90d024269ef2a7d0b034eaf984fe299a60a8d391df65992204f77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUserFromGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUserFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<RemoveUserFromGroupMutation, RemoveUserFromGroupMutationVariables>;
export const ResyncMFADeviceDocument = {"__meta__":{"hash":"sha256:35c1c206024b137f955673a62530ddaa39a72bdb66f9a4d1541f075382b7d3bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResyncMFADevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resyncMFADevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode1"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode1"}}},{"kind":"Argument","name":{"kind":"Name","value":"authenticationCode2"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authenticationCode2"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}]}]}}]} as unknown as DocumentNode<ResyncMFADeviceMutation, ResyncMFADeviceMutationVariables>;
export const RevokeRoleSessionsDocument = {"__meta__":{"hash":"sha256:c1d723409fa9049a37b21332e855583da530280abbe4a679c551129af6b39a2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRoleSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRoleSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleArn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"roleArn"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleSessionsMutation, RevokeRoleSessionsMutationVariables>;
export const RevokeSessionDocument = {"__meta__":{"hash":"sha256:662bf01854f70abd3c36f6dfe3a730075e8e650df2210bac6406d11720a6ec26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RotateSigningKeyDocument = {"__meta__":{"hash":"sha256:137e5dc49868bdc6f9806e04b2d5e18a5c3bd81777a08b266a42f85cd15806dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateSigningKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateSigningKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"publicJwk"}},{"kind":"Field","name":{"kind":"Name","value":"publishUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retireDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RotateSigningKeyMutation, RotateSigningKeyMutationVariables>;
export const RotateWorkloadCredentialDocument = {"__meta__":{"hash":"sha256:76a8ff96caa9744e03a23d35e7bd9e2abd9cb53524830c9b33a90673b35c6437"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWorkloadCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWorkloadCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workloadName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workloadName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"workloadId"}}]}}]}}]} as unknown as DocumentNode<RotateWorkloadCredentialMutation, RotateWorkloadCredentialMutationVariables>;
export const SetDefaultPolicyVersionDocument = {"__meta__":{"hash":"sha256:16088fe81615c2c9e21fa14ca1188c17815692950c7b47ab85bb8c71a8b6cbef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<SetDefaultPolicyVersionMutation, SetDefaultPolicyVersionMutationVariables>;
export const SetDefaultResourcePolicyVersionDocument = {"__meta__":{"hash":"sha256:a8ef0dd0b05e2e3e762359e9eb54eeb434ce25e68822f8e18b11fc0f82a32a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultResourcePolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultResourcePolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"policyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}}]}}]}}]} as unknown as DocumentNode<SetDefaultResourcePolicyVersionMutation, SetDefaultResourcePolicyVersionMutationVariables>;
export const SetDefaultServiceDefinitionVersionDocument = {"__meta__":{"hash":"sha256:6a450c481011644921704c44c9b45acdee1c3c0ee769d144b11e580e132d1aaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultServiceDefinitionVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultServiceDefinitionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}]}]}}]} as unknown as DocumentNode<SetDefaultServiceDefinitionVersionMutation, SetDefaultServiceDefinitionVersionMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:afc2df5ea927d86da3ae973201604f3e850e040fb24f9bf8e0d426b9499e0950"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaAuthenticated"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"sha256:8fda87efd5bcf3aec581fdf17c29633280beef2d11415c5ac0a638b2c96e0fb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountAlias"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"rootArn"}},{"kind":"Field","name":{"kind":"Name","value":"rootEmail"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const TagOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:0af91186d739625c6a14e5e5bd47bdab3a36a1827b5fe9f862e31c0f32492a09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TagOpenIDConnectProviderMutation, TagOpenIDConnectProviderMutationVariables>;
export const TagPolicyDocument = {"__meta__":{"hash":"sha256:47f6915a14ce190e6081a256f9dc315728519a4a6bf78c7cfeeff734316d375a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<TagPolicyMutation, TagPolicyMutationVariables>;
export const TagRoleDocument = {"__meta__":{"hash":"sha256:436d40c4b33f45086665271857563a9fc2267ba6f163f460c69e53b6b3083075"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<TagRoleMutation, TagRoleMutationVariables>;
export const TagUserDocument = {"__meta__":{"hash":"sha256:48f4efbd9d5097692d03d265a1e9c879ba357f957b15c90c22fe99c4f136127e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<TagUserMutation, TagUserMutationVariables>;
export const UnarchiveAccessFindingDocument = {"__meta__":{"hash":"sha256:61ed120ff0a2b40738555e7f834cb102ee47ee338ca8f3acc0ec370719d2667e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnarchiveAccessFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchiveAccessFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"archived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"limitedByConditions"}},{"kind":"Field","name":{"kind":"Name","value":"principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceArn"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"statementPath"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnarchiveAccessFindingMutation, UnarchiveAccessFindingMutationVariables>;
export const UntagOpenIDConnectProviderDocument = {"__meta__":{"hash":"sha256:7943ffbec86cb090f400413f98bf25fc6ba003bcb0c82f3b74ce894d5d25b37a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagOpenIDConnectProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagOpenIDConnectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<UntagOpenIDConnectProviderMutation, UntagOpenIDConnectProviderMutationVariables>;
export const UntagPolicyDocument = {"__meta__":{"hash":"sha256:efe56fd3fdd29cf35c4a893c83c0f81b3d97926ad51c90fa1e7467a9a79eaff6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isAttachable"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"principalArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundaryUsageCount"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updateDate"}}]}}]}}]} as unknown as DocumentNode<UntagPolicyMutation, UntagPolicyMutationVariables>;
export const UntagRoleDocument = {"__meta__":{"hash":"sha256:48ac9f430016e757b2cc520f439a32e09fb43fe131b7ffec68e5b4c8b3d049e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UntagRoleMutation, UntagRoleMutationVariables>;
export const UntagUserDocument = {"__meta__":{"hash":"sha256:fd9ae6d033b8cd2f067e1c0f3daa38448a63c0d65e3006b6f6b05079378c088a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tagKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagKeys"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UntagUserMutation, UntagUserMutationVariables>;
export const UpdateAccessKeyDocument = {"__meta__":{"hash":"sha256:90d2cd8ef6cb7ea750f488e68e41f732c5d358a5ae2776952cafdd8ca2ecfdb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccessKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessKeyStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccessKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accessKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateAccessKeyMutation, UpdateAccessKeyMutationVariables>;
export const UpdateAccountPasswordPolicyDocument = {"__meta__":{"hash":"sha256:0229e144a598236f790f9a13f543932d253df5ec82c2d4b1b3ee87f82ab0c72e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccountPasswordPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccountPasswordPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowUsersToChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"hardExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasswordAge"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"passwordReusePrevention"}},{"kind":"Field","name":{"kind":"Name","value":"requireLowercaseCharacters"}},{"kind":"Field","name":{"kind":"Name","value":"requireNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbols"}},{"kind":"Field","name":{"kind":"Name","value":"requireUppercaseCharacters"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountPasswordPolicyMutation, UpdateAccountPasswordPolicyMutationVariables>;
export const UpdateAssumeRolePolicyDocument = {"__meta__":{"hash":"sha256:0c4f98777d971c9578be745385035c4586d6c90475a7daddc30d0d05a7f37828"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssumeRolePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssumeRolePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyDocument"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyDocument"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssumeRolePolicyMutation, UpdateAssumeRolePolicyMutationVariables>;
export const UpdateGroupDocument = {"__meta__":{"hash":"sha256:ebbdf73015cd58e36ac8cce1631fcafb95a6cd0d6e42aee5c9c22e4ed2d10431"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newGroupName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"newGroupName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newGroupName"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const UpdateLoginProfileDocument = {"__meta__":{"hash":"sha256:03ec6833c3088805c92b18c7af643f015374c49774dcd2cefb1afa05c978b028"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLoginProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoginProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"passwordResetRequired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"passwordResetRequired"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastChanged"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateLoginProfileMutation, UpdateLoginProfileMutationVariables>;
export const UpdateOpenIDConnectProviderThumbprintDocument = {"__meta__":{"hash":"sha256:5d9836f5d6f17baac8a0d12fd0b4e1f70b698369d00cac59efc42e7edaafb922"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpenIDConnectProviderThumbprint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"thumbprintList"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpenIDConnectProviderThumbprint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openIDConnectProviderArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openIDConnectProviderArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"thumbprintList"},"value":{"kind":"Variable","name":{"kind":"Name","value":"thumbprintList"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"clientIdList"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbprintList"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<UpdateOpenIDConnectProviderThumbprintMutation, UpdateOpenIDConnectProviderThumbprintMutationVariables>;
export const UpdateRoleDocument = {"__meta__":{"hash":"sha256:4f66f74b431352ef0ecd097901fa3a2f7f4a018b5889777719a3b52a701a1141"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxSessionDuration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxSessionDuration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxSessionDuration"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"assumeRolePolicyDocument"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionDuration"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"roleId"}},{"kind":"Field","name":{"kind":"Name","value":"roleLastUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastUsedDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"sha256:9354d195fc98df3e235877ae11c19072f90ea0dfe4ada88730ced7a764197d9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newUserName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"newUserName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newUserName"}}},{"kind":"Argument","name":{"kind":"Name","value":"userName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createDate"}},{"kind":"Field","name":{"kind":"Name","value":"passwordLastUsed"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const PolicyRevisionDocument = {"__meta__":{"hash":"sha256:a6c4ffbcd26a14f16587cea0b18dffd1d33fc56d47abb8be547c296b94c9931e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PolicyRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<PolicyRevisionSubscription, PolicyRevisionSubscriptionVariables>;