import { loadEffectivePolicies } from './effective/effective-policies.js';
import type { EffectivePolicies, PrincipalRef } from './effective/types.js';
import { AccessKeysRepository } from './repos/access-keys.js';
import { AccountInvitationsRepository } from './repos/account-invitations.js';
import { AccountsRepository } from './repos/accounts.js';
import { AuditRepository } from './repos/audit.js';
import { BoundariesRepository } from './repos/boundaries.js';
import type { StoreContext } from './repos/context.js';
import { GroupsRepository } from './repos/groups.js';
import { GuardrailPoliciesRepository } from './repos/guardrail-policies.js';
import { InlinePoliciesRepository } from './repos/inline-policies.js';
import { LoginProfilesRepository } from './repos/login-profiles.js';
import { OrganizationsRepository } from './repos/organizations.js';
import { PasswordPolicyRepository } from './repos/password-policy.js';
import { PoliciesRepository } from './repos/policies.js';
import { RevisionsRepository } from './repos/revisions.js';
import { RolesRepository } from './repos/roles.js';
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
  readonly passwordPolicy: PasswordPolicyRepository;
  readonly groups: GroupsRepository;
  readonly roles: RolesRepository;
  readonly workloads: WorkloadsRepository;
  /** Managed policies, their versions (`policies.versions`) and attachments (`policies.attach`...). */
  readonly policies: PoliciesRepository;
  readonly inlinePolicies: InlinePoliciesRepository;
  readonly boundaries: BoundariesRepository;
  readonly sessions: SessionsRepository;
  readonly signingKeys: SigningKeysRepository;
  readonly audit: AuditRepository;
  readonly revisions: RevisionsRepository;
  /** Failed sign-in counters shared by every gateway instance. */
  readonly signInThrottle: SignInThrottleRepository;
  /** Sign-in as a whole: attempts reserved, credentials checked, the session started (two statements). */
  readonly signIn: SignInRepository;
  /**
   * Everything the policy engine needs to decide for `principal`, with the account revision it reflects, read in
   * one statement (no N+1). Use `toRequestPolicies` to turn it into the engine's `RequestPolicies`.
   */
  effectivePolicies(principal: PrincipalRef): Promise<EffectivePolicies>;
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
    passwordPolicy: new PasswordPolicyRepository(ctx),
    groups: new GroupsRepository(ctx),
    roles: new RolesRepository(ctx),
    workloads: new WorkloadsRepository(ctx),
    policies: new PoliciesRepository(ctx),
    inlinePolicies: new InlinePoliciesRepository(ctx),
    boundaries: new BoundariesRepository(ctx),
    sessions: new SessionsRepository(ctx),
    signingKeys: new SigningKeysRepository(ctx),
    audit: new AuditRepository(ctx),
    revisions: new RevisionsRepository(ctx),
    signInThrottle: new SignInThrottleRepository(ctx),
    signIn: new SignInRepository(ctx),
    effectivePolicies: (principal) => loadEffectivePolicies(ctx, principal),
  };
}
