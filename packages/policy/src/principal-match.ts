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
 *
 * A user or role can also be listed by its unique id (`AIDA…`, `AROA…`), as AWS stores the ARNs of trust policies.
 * The id is compared with the request's own `aws:userid` (never a derived one): a user's id, or `<roleId>:<session>`
 * for a role session. An id that matches nobody (its entity was deleted) simply names nobody.
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
/** The caller itself (session, federated user, service, federated principal), or `"*"` for those: final. */
export const NAMES_EXACT = 4;

/**
 * How `"*"` names the caller. Everyone is not this session: a grant to everyone counts like one naming the caller's
 * user (still capped by the session policies of a user session) or role (capped by the boundary and session
 * policies of a role session). Otherwise a trust or resource policy open to `*` (usually narrowed by conditions such
 * as `aws:PrincipalAccount`) would let a narrowed session shed its narrowing. **iamgate**: AWS documents the exemption
 * only for grants that name the session itself (`access_policies.html#policies_session`) and is silent on `*`;
 * this is the reading that never widens a session.
 */
function everyoneStrength(p: ParsedPrincipal): number {
  if (p.kind === 'User') return NAMES_USER;
  if (p.kind === 'AssumedRole' || p.kind === 'Role') return NAMES_ROLE;
  return NAMES_EXACT;
}

/** A role ARN listed in a principal element, kept in parts so sessions can match it when the path is unknown. */
interface RoleEntry {
  arn: string;
  partition: string;
  account: string;
  name: string;
}

/** What the request's own context says about the caller, read once per decision (derived values never count). */
export interface CallerKeys {
  /** The explicit `aws:PrincipalArn`: it identifies a session's role including its path. */
  principalArn: string | undefined;
  /** The explicit `aws:userid`: a user's unique id, `<roleId>:<sessionName>` for a role session, a role's id. */
  userId: string | undefined;
}

/** The role id in a role session's `aws:userid` (`<roleId>:<sessionName>`); the whole value when it has no colon. */
function roleIdOf(userId: string): string {
  const colon = userId.indexOf(':');
  return colon < 0 ? userId : userId.slice(0, colon);
}

/** The compiled values of a `Principal`/`NotPrincipal` element. */
export class PrincipalSet {
  any = false;
  readonly accounts = new Set<string>();
  readonly partitionAccounts = new Set<string>();
  readonly arns = new Set<string>();
  readonly roles: RoleEntry[] = [];
  /** Unique ids of users (`AIDA…`) and of roles (`AROA…`). */
  readonly userIds = new Set<string>();
  readonly roleIds = new Set<string>();
  readonly services = new Set<string>();
  readonly others = new Set<string>();

  /** Whether matching `p` against this element needs the request's `aws:userid`. */
  needsUserId(p: ParsedPrincipal): boolean {
    if (p.kind === 'User') return this.userIds.size > 0;
    return (p.kind === 'AssumedRole' || p.kind === 'Role') && this.roleIds.size > 0;
  }

  /** How strongly this element names `p`. */
  strength(p: ParsedPrincipal, keys: CallerKeys): number {
    if (this.any) return everyoneStrength(p);
    if (this.listsSelf(p, keys)) return p.kind === 'User' ? NAMES_USER : NAMES_EXACT;
    if ((p.kind === 'AssumedRole' || p.kind === 'Role') && this.listsRole(p, keys)) return NAMES_ROLE;
    if (this.listsAccount(p)) return NAMES_ACCOUNT;
    return NAMES_NONE;
  }

  /** Whether every identity in the caller's chain is listed (so a `NotPrincipal` exempts it). */
  listsAll(p: ParsedPrincipal, keys: CallerKeys): boolean {
    if (this.any) return true;
    switch (p.kind) {
      case 'User':
      case 'FederatedUser':
        return this.listsSelf(p, keys) && this.listsAccount(p);
      case 'AssumedRole':
        return this.listsSelf(p, keys) && this.listsRole(p, keys) && this.listsAccount(p);
      case 'Role':
        return this.listsRole(p, keys) && this.listsAccount(p);
      case 'Account':
        return this.listsAccount(p);
      case 'Anonymous':
        return false;
      default:
        return this.listsSelf(p, keys) && (p.account === undefined || this.listsAccount(p));
    }
  }

  private listsSelf(p: ParsedPrincipal, keys: CallerKeys): boolean {
    if (p.kind === 'Anonymous' || p.kind === 'Role' || p.kind === 'Account') return false;
    if (p.kind === 'Service') return this.services.has(p.raw) || this.others.has(p.raw);
    if (this.arns.has(p.raw) || this.others.has(p.raw)) return true;
    return p.kind === 'User' && keys.userId !== undefined && this.userIds.has(keys.userId);
  }

  private listsRole(p: ParsedPrincipal, keys: CallerKeys): boolean {
    if (keys.userId !== undefined && this.roleIds.has(roleIdOf(keys.userId))) return true;
    if (p.kind === 'Role') return this.roles.some((r) => r.arn === p.raw);
    const principalArn = keys.principalArn;
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
