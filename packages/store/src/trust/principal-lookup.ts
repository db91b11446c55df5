import { inArray, or, type SQL } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { byName } from '../repos/named.js';
import { accounts } from '../schema/accounts.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import type { PrincipalCandidate } from './principal-candidates.js';

/** What exists of the users, roles and accounts a trust policy names. */
export interface PrincipalLookup {
  /** Accounts of this installation among those the ARNs name. */
  accounts: ReadonlySet<string>;
  /** Existing user and role ARNs (path and name exactly as stored), to their ids. */
  arns: ReadonlyMap<string, string>;
  /** Existing user and role ids among those named, to their accounts. */
  ids: ReadonlyMap<string, string>;
}

/**
 * Looks up, in at most three indexed queries (accounts, users, roles; none when the policy names no user or role),
 * the accounts, users and roles the candidates name. Names are found case-insensitively by the unique index, and
 * the ARN then compared exactly, so `user/Bob` does not bind the user `bob` (as `users.getByArn`).
 */
export async function lookUpPrincipals(
  db: Executor,
  partition: string,
  candidates: ReadonlyMap<string, PrincipalCandidate>,
): Promise<PrincipalLookup> {
  const accountIds = new Set<string>();
  const idsOf = { user: [] as string[], role: [] as string[] };
  const namesOf = { user: [] as SQL[], role: [] as SQL[] };
  for (const [value, c] of candidates) {
    if (c.by === 'id') idsOf[c.kind].push(value);
    else {
      accountIds.add(c.accountId);
      namesOf[c.kind].push(byName(c.kind === 'user' ? users : roles, c.accountId, c.name));
    }
  }
  const found = new Map<string, string>();
  const ids = new Map<string, string>();
  const existing = new Set<string>();
  if (accountIds.size > 0) {
    const rows = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(inArray(accounts.id, [...accountIds]));
    for (const row of rows) existing.add(row.id);
  }
  for (const kind of ['user', 'role'] as const) {
    const table = kind === 'user' ? users : roles;
    const conditions = [...namesOf[kind]];
    if (idsOf[kind].length > 0) conditions.push(inArray(table.id, idsOf[kind]));
    if (conditions.length === 0) continue;
    const rows = await db
      .select({ id: table.id, accountId: table.accountId, path: table.path, name: table.name })
      .from(table)
      .where(or(...conditions));
    for (const row of rows) {
      found.set(iamArn(partition, row.accountId, kind, row.path, row.name), row.id);
      ids.set(row.id, row.accountId);
    }
  }
  return { accounts: existing, arns: found, ids };
}
