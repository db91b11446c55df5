import type { Transaction } from '../db/types.js';
import { noSuchEntity } from '../errors.js';
import { groups } from '../schema/groups.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import { byName } from './named.js';

/**
 * Row locks on the parent of a quota-limited collection (a user's groups and keys, a principal's attachments),
 * taken after the account lock. Each returns the row id, or `NoSuchEntity`.
 */
export async function lockUser(tx: Transaction, accountId: string, name: string): Promise<string> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(byName(users, accountId, name))
    .for('update');
  if (!row) throw noSuchEntity('user', name);
  return row.id;
}

/** Locks a group row by name. */
export async function lockGroup(tx: Transaction, accountId: string, name: string): Promise<string> {
  const [row] = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(byName(groups, accountId, name))
    .for('update');
  if (!row) throw noSuchEntity('group', name);
  return row.id;
}

/** Locks a role row by name. */
export async function lockRole(tx: Transaction, accountId: string, name: string): Promise<string> {
  const [row] = await tx
    .select({ id: roles.id })
    .from(roles)
    .where(byName(roles, accountId, name))
    .for('update');
  if (!row) throw noSuchEntity('role', name);
  return row.id;
}

/** The kinds of principal policies attach to. */
export type PrincipalKind = 'user' | 'group' | 'role';

/** Locks the named user, group or role. */
export function lockPrincipal(
  tx: Transaction,
  kind: PrincipalKind,
  accountId: string,
  name: string,
): Promise<string> {
  if (kind === 'user') return lockUser(tx, accountId, name);
  if (kind === 'group') return lockGroup(tx, accountId, name);
  return lockRole(tx, accountId, name);
}
