import { loadEffectivePolicies } from './effective/effective-policies.js';
import {
  type EffectiveBatch,
  type EffectiveBatchRefs,
  loadEffectivePoliciesBatch,
} from './effective/effective-policies-batch.js';
import type { EffectivePolicies, PrincipalRef } from './effective/types.js';
import { AccessActivityRepository } from './repos/access-activity.js';
import { AccessAnalysisRepository } from './repos/access-analysis.js';
import { AccessKeysRepository } from './repos/access-keys.js';
import { AccountInvitationsRepository } from './repos/account-invitations.js';
import { AccountsRepository } from './repos/accounts.js';
import { ArchivedFindingsRepository } from './repos/archived-findings.js';
import { AuditRepository } from './repos/audit.js';
import { AuthorizationDetailsRepository } from './repos/authorization-details.js';
import { BoundariesRepository } from './repos/boundaries.js';
import type { StoreContext } from './repos/context.js';
import { CredentialReportsRepository } from './repos/credential-reports.js';
import { GroupsRepository } from './repos/groups.js';
import { GuardrailPoliciesRepository } from './repos/guardrail-policies.js';
import { InlinePoliciesRepository } from './repos/inline-policies.js';
import { LoginProfilesRepository } from './repos/login-profiles.js';
import { MfaDevicesRepository } from './repos/mfa-devices.js';
import { OidcProvidersRepository } from './repos/oidc-providers.js';
import { OrganizationsRepository } from './repos/organizations.js';
import { PasswordPolicyRepository } from './repos/password-policy.js';
import { PoliciesRepository } from './repos/policies.js';
import { ResourcePoliciesRepository } from './repos/resource-policies.js';
import { RevisionsRepository } from './repos/revisions.js';
import { RolesRepository } from './repos/roles.js';
import { SecurityFactsRepository } from './repos/security-facts.js';
import { ServiceDefinitionsRepository } from './repos/service-definitions.js';
import { SessionsRepository } from './repos/sessions.js';
import { SignInRepository } from './repos/sign-in.js';
import { SignInThrottleRepository } from './repos/sign-in-throttle.js';
import { SigningKeysRepository } from './repos/signing-keys.js';
import { UsersRepository } from './repos/users.js';
import { WorkloadsRepository } from './repos/workloads.js';

/** One repository per aggregate, all bound to the same database or transaction. */
export interface Repositories {
  /** The ARN partition (`iamgate` by default). */
  readonly partition: string;
  readonly accounts: AccountsRepository;
  readonly accountInvitations: AccountInvitationsRepository;
  readonly organizations: OrganizationsRepository;
  readonly guardrailPolicies: GuardrailPoliciesRepository;
  readonly users: UsersRepository;
  readonly accessKeys: AccessKeysRepository;
  readonly loginProfiles: LoginProfilesRepository;
  /** Virtual MFA devices, their encrypted seeds and last accepted codes. */
  readonly mfaDevices: MfaDevicesRepository;
  readonly passwordPolicy: PasswordPolicyRepository;
  readonly groups: GroupsRepository;
  readonly roles: RolesRepository;
  readonly workloads: WorkloadsRepository;
  /** OpenID Connect identity providers, for `assumeRoleWithWebIdentity`. */
  readonly oidcProviders: OidcProvidersRepository;
  /** Managed policies, their versions (`policies.versions`) and attachments (`policies.attach`...). */
  readonly policies: PoliciesRepository;
  readonly inlinePolicies: InlinePoliciesRepository;
  /** Resource-based policies stored for the account's resources and ARN patterns, versioned. */
  readonly resourcePolicies: ResourcePoliciesRepository;
  readonly boundaries: BoundariesRepository;
  /** Apps' service definitions (actions, resource types, condition keys), versioned; policy checks use them. */
  readonly serviceDefinitions: ServiceDefinitionsRepository;
  readonly sessions: SessionsRepository;
  readonly signingKeys: SigningKeysRepository;
  readonly audit: AuditRepository;
  readonly revisions: RevisionsRepository;
  /** Failed sign-in counters shared by every gateway instance. */
  readonly signInThrottle: SignInThrottleRepository;
  /** Sign-in as a whole: attempts reserved, credentials checked, the session started (two statements). */
  readonly signIn: SignInRepository;
  /** The latest credential report of each account, and the facts one is made of (one statement). */
  readonly credentialReports: CredentialReportsRepository;
  /** The facts of an account's security findings: credentials and policies (two statements). */
  readonly securityFacts: SecurityFactsRepository;
  /** `GetAccountAuthorizationDetails`: the account's entities with their policies, a page at a time. */
  readonly authorizationDetails: AuthorizationDetailsRepository;
  /** What access analysis reads of the audit log: allowed calls grouped, audited requests to replay. */
  readonly accessAnalysis: AccessAnalysisRepository;
  /** The activity record: allowed reads and apps' decisions, batched per day (the audit log holds the rest). */
  readonly activity: AccessActivityRepository;
  /** Access analysis findings the account archived, by stable finding id. */
  readonly archivedFindings: ArchivedFindingsRepository;
  /**
   * Everything the policy engine needs to decide for `principal`, with the account revision it reflects, read in
   * one statement (no N+1). Use `toRequestPolicies` to turn it into the engine's `RequestPolicies`.
   */
  effectivePolicies(principal: PrincipalRef): Promise<EffectivePolicies>;
  /**
   * The effective policies of many users, roles and groups of one account in one statement, each user and role
   * exactly as `effectivePolicies` gives it (access analysis decides for every principal of an account without N+1).
   * `NoSuchEntity` when the account is closed or does not exist; ids not of the account are left out.
   */
  effectivePoliciesBatch(accountId: string, refs: EffectiveBatchRefs): Promise<EffectiveBatch>;
}

/** Builds the repositories over a context (the store's database, or one transaction). */
export function createRepositories(ctx: StoreContext): Repositories {
  return {
    partition: ctx.partition,
    accounts: new AccountsRepository(ctx),
    accountInvitations: new AccountInvitationsRepository(ctx),
    organizations: new OrganizationsRepository(ctx),
    guardrailPolicies: new GuardrailPoliciesRepository(ctx),
    users: new UsersRepository(ctx),
    accessKeys: new AccessKeysRepository(ctx),
    loginProfiles: new LoginProfilesRepository(ctx),
    mfaDevices: new MfaDevicesRepository(ctx),
    passwordPolicy: new PasswordPolicyRepository(ctx),
    groups: new GroupsRepository(ctx),
    roles: new RolesRepository(ctx),
    workloads: new WorkloadsRepository(ctx),
    oidcProviders: new OidcProvidersRepository(ctx),
    policies: new PoliciesRepository(ctx),
    inlinePolicies: new InlinePoliciesRepository(ctx),
    resourcePolicies: new ResourcePoliciesRepository(ctx),
    boundaries: new BoundariesRepository(ctx),
    serviceDefinitions: new ServiceDefinitionsRepository(ctx),
    sessions: new SessionsRepository(ctx),
    signingKeys: new SigningKeysRepository(ctx),
    audit: new AuditRepository(ctx),
    revisions: new RevisionsRepository(ctx),
    signInThrottle: new SignInThrottleRepository(ctx),
    signIn: new SignInRepository(ctx),
    credentialReports: new CredentialReportsRepository(ctx),
    securityFacts: new SecurityFactsRepository(ctx),
    authorizationDetails: new AuthorizationDetailsRepository(ctx),
    accessAnalysis: new AccessAnalysisRepository(ctx),
    activity: new AccessActivityRepository(ctx),
    archivedFindings: new ArchivedFindingsRepository(ctx),
    effectivePolicies: (principal) => loadEffectivePolicies(ctx, principal),
    effectivePoliciesBatch: (accountId, refs) => loadEffectivePoliciesBatch(ctx, accountId, refs),
  };
}
