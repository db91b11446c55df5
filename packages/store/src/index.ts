export {
  assumedRoleArn,
  DEFAULT_PARTITION,
  type IamResourceType,
  iamArn,
  type ParsedIamArn,
  parseIamArn,
  rootArn,
} from './arn.js';
export { isNetworkFault } from './db/driver-error.js';
export type { DatabaseWork, StoreObserver, TransactionOutcome } from './db/store-observer.js';
export type { DriverName } from './db/types.js';
export type { DocumentInput } from './documents.js';
export { toRequestPolicies } from './effective/effective-policies.js';
export type { EffectiveBatch, EffectiveBatchRefs } from './effective/effective-policies-batch.js';
export type {
  EffectivePolicies,
  EffectivePolicy,
  EffectiveSession,
  PolicySource,
  PrincipalRef,
} from './effective/types.js';
export { isStoreError, StoreError, type StoreErrorCode, type StoreFinding } from './errors.js';
export { CHANGE_CHANNEL, type ChangeEvent, type ChangeListener } from './notify/change-event.js';
export { embeddedDataDir, type StoreOptions, storeOptionsFromEnv } from './options.js';
export type { Connection, Edge, ListFilter, PageArgs } from './pagination.js';
export { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, type PasswordRule } from './password-rules.js';
export { DEFAULT_QUOTAS, type Quotas } from './quotas.js';
export type { AccessActivityRepository, ActivityEntry, ActivitySource } from './repos/access-activity.js';
export type {
  AccessAnalysisRepository,
  AuditedRequest,
  AuditPrincipals,
  AuditSelection,
  Bounded,
  PrincipalActionUse,
  UsedRequest,
} from './repos/access-analysis.js';
export type { AccessKey, AccessKeysRepository, NewAccessKey } from './repos/access-keys.js';
export type {
  AccountInvitation,
  AccountInvitationsRepository,
  IssuedInvitation,
} from './repos/account-invitations.js';
export type { Account, AccountSummary, AccountsRepository } from './repos/accounts.js';
export type { ArchivedFinding, ArchivedFindingsRepository } from './repos/archived-findings.js';
export type { AuditEvent, AuditFilter, AuditRepository } from './repos/audit.js';
export type { AuditInput, WriteOptions } from './repos/audit-write.js';
export {
  AUTHORIZATION_ENTITY_KINDS,
  type AuthorizationDetailsPage,
  type AuthorizationDetailsRepository,
  type AuthorizationEntityKind,
  type GroupDetail,
  type ManagedPolicyDetail,
  type PolicyDetail,
  type PrincipalPolicies,
  type RoleDetail,
  type UserDetail,
} from './repos/authorization-details.js';
export type { BoundariesRepository, BoundaryTarget } from './repos/boundaries.js';
export type {
  CredentialReportFacts,
  CredentialReportKey,
  CredentialReportRow,
  CredentialReportsRepository,
  StoredCredentialReport,
} from './repos/credential-reports.js';
export type { Group, GroupsRepository } from './repos/groups.js';
export {
  FULL_ACCESS_GUARDRAIL,
  type GuardrailPoliciesRepository,
  type GuardrailPolicy,
} from './repos/guardrail-policies.js';
export type { InlinePoliciesRepository, InlinePolicy } from './repos/inline-policies.js';
export type { PrincipalKind } from './repos/locks.js';
export type { LoginProfile, LoginProfilesRepository, UserSignIn } from './repos/login-profiles.js';
export type {
  AssignmentStatus,
  MfaDevice,
  MfaDeviceSecret,
  MfaDevicesRepository,
  MfaOwner,
  NewMfaDevice,
} from './repos/mfa-devices.js';
export {
  type CheckedIssuerUrl,
  checkIssuerUrl,
  type IssuerUrlOptions,
  OIDC_PROVIDER_LIMITS,
  oidcProviderArn,
} from './repos/oidc-provider-input.js';
export type {
  CreateOidcProviderInput,
  OidcProvider,
  OidcProvidersRepository,
} from './repos/oidc-providers.js';
export type {
  Handshake,
  Organization,
  OrganizationalUnit,
  OrganizationMember,
  OrganizationsRepository,
} from './repos/organizations.js';
export type { EffectivePasswordPolicy, PasswordPolicyRepository } from './repos/password-policy.js';
export type { CreatePolicyInput, ManagedPolicy, PoliciesRepository } from './repos/policies.js';
export type { AttachedPolicy, PolicyEntities, PrincipalRefByName } from './repos/policy-attachments.js';
export type { PolicyLastUsed, PolicyUse } from './repos/policy-uses.js';
export type { PolicyVersion, PolicyVersions } from './repos/policy-versions.js';
export type {
  PutResourcePolicyResult,
  ResourcePoliciesRepository,
  ResourcePolicy,
  ResourcePolicyVersion,
} from './repos/resource-policies.js';
export type { RevisionsRepository } from './repos/revisions.js';
export type { CreateRoleInput, Role, RolesRepository } from './repos/roles.js';
export type {
  DirectUserPolicies,
  PolicyDocumentFact,
  SecurityFacts,
  SecurityFactsRepository,
} from './repos/security-facts.js';
export type {
  ServiceDefinition,
  ServiceDefinitionsRepository,
  ServiceDefinitionVersion,
} from './repos/service-definitions.js';
export type { CreateSessionInput, Session, SessionSource, SessionsRepository } from './repos/sessions.js';
export type {
  SignInAttempt,
  SignInCheck,
  SignInCompletion,
  SignInRepository,
} from './repos/sign-in.js';
export type {
  AttemptedPrincipal,
  SignInCredentials,
  SignInPrincipal,
} from './repos/sign-in-candidate.js';
export type { SignInThrottleRepository, ThrottleRule, ThrottleState } from './repos/sign-in-throttle.js';
export type {
  ActiveSigningKey,
  PublicJwk,
  SigningAlgorithm,
  SigningKeyInfo,
  SigningKeysRepository,
} from './repos/signing-keys.js';
export { rootThrottleKey, sourceThrottleKey, userThrottleKey } from './repos/throttle-keys.js';
export type { CreateUserInput, User, UsersRepository } from './repos/users.js';
export type { Workload, WorkloadCredential, WorkloadsRepository } from './repos/workloads.js';
export type { Repositories } from './repositories.js';
export type { Tag } from './schema/columns.js';
export { type Argon2Params, DEFAULT_ARGON2, MIN_ARGON2 } from './secrets/argon2id.js';
export {
  configurePasswordHashLimits,
  type HashLimiter,
  type HashLimits,
  machineHashLimits,
  passwordHashLimiter,
} from './secrets/hash-limiter.js';
export type { PasswordHashing } from './secrets/password-hash.js';
export { escapeUnstorableText, isStorableText, storableValue } from './storable-text.js';
export { openStore, type Store, type StoreTransaction } from './store.js';
