/**
 * The caller of a request, parsed from its principal string (docs/policy-semantics.md, "Principals";
 * docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns).
 */
import { splitArn } from './arn.js';

/** What kind of principal a principal string names. `Unknown` is any other string (it only matches `"*"`). */
export type PrincipalKind =
  | 'User'
  | 'Role'
  | 'AssumedRole'
  | 'FederatedUser'
  | 'Account'
  | 'Service'
  | 'Anonymous'
  | 'Unknown';

/** A parsed principal. Fields that do not apply to a kind are absent. */
export interface ParsedPrincipal {
  kind: PrincipalKind;
  /** The principal string as given. */
  raw: string;
  partition?: string;
  account?: string;
  /** User, role or federated-user name; the session name for `AssumedRole`; the service name; the account id. */
  name?: string;
  /** IAM path of a user or role (`/` or `/a/b/`). */
  path?: string;
  /** The role of a `Role` or `AssumedRole`. */
  roleName?: string;
  /** The session name of an `AssumedRole`. */
  sessionName?: string;
  /**
   * The value of `aws:PrincipalArn` derived from the principal: the user ARN; for a role session the role ARN
   * without its path (`arn:P:iam::A:role/RoleName`); for root `arn:P:iam::A:root`.
   */
  principalArn?: string;
}

const SERVICE = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * Parses a principal string: a user, role, role-session, federated-user or root ARN in any partition, a service name
 * (`workload.iamgate`), or `anonymous`. Never throws; anything else is `{ kind: 'Unknown' }` (with the account when
 * it is some other ARN).
 *
 * @example
 * parsePrincipal('arn:aws:sts::123456789012:assumed-role/Admin/alice');
 * // { kind: 'AssumedRole', account: '123456789012', roleName: 'Admin', sessionName: 'alice', ... }
 */
export function parsePrincipal(principal: string): ParsedPrincipal {
  if (typeof principal !== 'string') return { kind: 'Unknown', raw: String(principal) };
  if (principal === 'anonymous') return { kind: 'Anonymous', raw: principal };
  const parts = splitArn(principal);
  if (parts === null) {
    if (!principal.startsWith('arn:') && SERVICE.test(principal)) {
      return { kind: 'Service', raw: principal, name: principal };
    }
    return { kind: 'Unknown', raw: principal };
  }
  const [, partition, service, , account, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const base = { raw: principal, partition, account };
  if (partition === '' || account === '') return { kind: 'Unknown', raw: principal };
  if (service === 'iam') {
    if (resource === 'root') {
      return { ...base, kind: 'Account', name: account, principalArn: principal };
    }
    const named = splitPath(resource);
    if (named?.type === 'user') {
      return { ...base, kind: 'User', name: named.name, path: named.path, principalArn: principal };
    }
    if (named?.type === 'role') {
      return {
        ...base,
        kind: 'Role',
        name: named.name,
        path: named.path,
        roleName: named.name,
        principalArn: principal,
      };
    }
  } else if (service === 'sts') {
    const slash = resource.indexOf('/');
    const type = slash < 0 ? resource : resource.slice(0, slash);
    const rest = slash < 0 ? [] : resource.slice(slash + 1).split('/');
    if (type === 'assumed-role' && rest.length === 2 && rest[0] !== '' && rest[1] !== '') {
      const [roleName, sessionName] = rest as [string, string];
      const principalArn = `arn:${partition}:iam::${account}:role/${roleName}`;
      return { ...base, kind: 'AssumedRole', name: sessionName, roleName, sessionName, principalArn };
    }
    if (type === 'federated-user' && rest.length === 1 && rest[0] !== '') {
      return { ...base, kind: 'FederatedUser', name: rest[0]!, principalArn: principal };
    }
  }
  return { ...base, kind: 'Unknown' };
}

/** `user/path/name` -> type, path and name; null when the name is empty. */
function splitPath(resource: string): { type: string; path: string; name: string } | null {
  const first = resource.indexOf('/');
  const last = resource.lastIndexOf('/');
  if (first < 0) return null;
  const name = resource.slice(last + 1);
  if (name === '') return null;
  return { type: resource.slice(0, first), path: resource.slice(first, last + 1), name };
}

const cache = new Map<string, ParsedPrincipal>();
const CACHE_LIMIT = 4096;

/** `parsePrincipal` with a bounded cache: the same callers come back on every request. */
export function parsePrincipalCached(principal: string): ParsedPrincipal {
  let parsed = cache.get(principal);
  if (parsed === undefined) {
    parsed = Object.freeze(parsePrincipal(principal)) as ParsedPrincipal;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(principal, parsed);
  }
  return parsed;
}
