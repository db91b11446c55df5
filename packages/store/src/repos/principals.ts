import type { Executor } from '../db/types.js';
import { groups } from '../schema/groups.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import { idByName } from './named.js';

/** The kinds of principal policies attach to. */
export type PrincipalKind = 'user' | 'group' | 'role';

/** The table of a kind of principal. */
export function principalTable(kind: PrincipalKind): typeof users | typeof groups | typeof roles {
  return kind === 'user' ? users : kind === 'group' ? groups : roles;
}

/** The id of the named user, group or role (case-insensitive), or `NoSuchEntity`; `lock` row-locks it. */
export function principalId(
  db: Executor,
  kind: PrincipalKind,
  accountId: string,
  name: string,
  lock = false,
): Promise<string> {
  return idByName(db, principalTable(kind), kind, accountId, name, lock);
}

/** The owner columns of a row that belongs to one principal (attachments, inline policies): one set, two null. */
export function ownerIds(
  kind: PrincipalKind,
  id: string,
): { userId: string | null; groupId: string | null; roleId: string | null } {
  return {
    userId: kind === 'user' ? id : null,
    groupId: kind === 'group' ? id : null,
    roleId: kind === 'role' ? id : null,
  };
}
