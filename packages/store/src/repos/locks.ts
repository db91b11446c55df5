import type { Transaction } from '../db/types.js';
import { groups } from '../schema/groups.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import { idByName } from './named.js';
import { type PrincipalKind, principalId } from './principals.js';

export type { PrincipalKind } from './principals.js';

/**
 * Row locks on the parent of a quota-limited collection (a user's groups and keys, a principal's attachments),
 * taken after the account lock. Each returns the row id, or `NoSuchEntity`.
 */
export function lockUser(tx: Transaction, accountId: string, name: string): Promise<string> {
  return idByName(tx, users, 'user', accountId, name, true);
}

/** Locks a group row by name. */
export function lockGroup(tx: Transaction, accountId: string, name: string): Promise<string> {
  return idByName(tx, groups, 'group', accountId, name, true);
}

/** Locks a role row by name. */
export function lockRole(tx: Transaction, accountId: string, name: string): Promise<string> {
  return idByName(tx, roles, 'role', accountId, name, true);
}

/** Locks the named user, group or role. */
export function lockPrincipal(
  tx: Transaction,
  kind: PrincipalKind,
  accountId: string,
  name: string,
): Promise<string> {
  return principalId(tx, kind, accountId, name, true);
}
