/**
 * Matching a caller against a `Principal` or `NotPrincipal` element
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html and
 * reference_policies_elements_notprincipal.html).
 *
 * A caller is evaluated as a chain of identities: a user is itself and its account; a role session is itself, its
 * role and its account. `Principal` matches when it names any link of the chain, and how strongly it names the caller
 * decides how a resource-based Allow counts (docs/policy-semantics.md step 4). `NotPrincipal` exempts the caller
 * only when every link is listed: AWS "might validate the account first, then the role, and then the assumed-role
 * user", which is why its documentation lists the session, role and account ARNs together.
 */
import type { ParsedPrincipal } from './principal.js';

/** How a `Principal` element names the caller; higher is stronger. */
export const NAMES_NONE = 0;
/** The caller's account (`"A"` or `arn:P:iam::A:root`): delegates to the account's own policies. */
export const NAMES_ACCOUNT = 1;
/** The role of a role session: a grant capped by boundary and session policies. */
export const NAMES_ROLE = 2;
/**
 * The IAM user itself: final, except that the session policies of a session of that user still cap it (the grant
 * was made to the user before the session existed; access_policies.html#policies_session).
 */
export const NAMES_USER = 3;
/** The caller itself (session, federated user, service, federated principal) or `"*"`: final. */
export const NAMES_EXACT = 4;

/** A role ARN listed in a principal element, kept in parts so sessions can match it when the path is unknown. */
interface RoleEntry {
  arn: string;
  partition: string;
  account: string;
  name: string;
}

/** The compiled values of a `Principal`/`NotPrincipal` element. */
export class PrincipalSet {
  any = false;
  readonly accounts = new Set<string>();
  readonly partitionAccounts = new Set<string>();
  readonly arns = new Set<string>();
  readonly roles: RoleEntry[] = [];
  readonly services = new Set<string>();
  readonly others = new Set<string>();

  /**
   * How strongly this element names `p`. `principalArn` is the request's explicit `aws:PrincipalArn`, which
   * identifies a session's role including its path.
   */
  strength(p: ParsedPrincipal, principalArn: string | undefined): number {
    if (this.any) return NAMES_EXACT;
    if (this.listsSelf(p)) return p.kind === 'User' ? NAMES_USER : NAMES_EXACT;
    if ((p.kind === 'AssumedRole' || p.kind === 'Role') && this.listsRole(p, principalArn)) return NAMES_ROLE;
    if (this.listsAccount(p)) return NAMES_ACCOUNT;
    return NAMES_NONE;
  }

  /** Whether every identity in the caller's chain is listed (so a `NotPrincipal` exempts it). */
  listsAll(p: ParsedPrincipal, principalArn: string | undefined): boolean {
    if (this.any) return true;
    switch (p.kind) {
      case 'User':
      case 'FederatedUser':
        return this.listsSelf(p) && this.listsAccount(p);
      case 'AssumedRole':
        return this.listsSelf(p) && this.listsRole(p, principalArn) && this.listsAccount(p);
      case 'Role':
        return this.listsRole(p, principalArn) && this.listsAccount(p);
      case 'Account':
        return this.listsAccount(p);
      case 'Anonymous':
        return false;
      default:
        return this.listsSelf(p) && (p.account === undefined || this.listsAccount(p));
    }
  }

  private listsSelf(p: ParsedPrincipal): boolean {
    if (p.kind === 'Anonymous' || p.kind === 'Role' || p.kind === 'Account') return false;
    if (p.kind === 'Service') return this.services.has(p.raw) || this.others.has(p.raw);
    return this.arns.has(p.raw) || this.others.has(p.raw);
  }

  private listsRole(p: ParsedPrincipal, principalArn: string | undefined): boolean {
    if (p.kind === 'Role') return this.roles.some((r) => r.arn === p.raw);
    if (principalArn !== undefined) return this.roles.some((r) => r.arn === principalArn);
    return this.roles.some(
      (r) => r.name === p.roleName && r.account === p.account && r.partition === p.partition,
    );
  }

  private listsAccount(p: ParsedPrincipal): boolean {
    if (p.account === undefined) return false;
    return this.accounts.has(p.account) || this.partitionAccounts.has(`${p.partition}:${p.account}`);
  }
}
