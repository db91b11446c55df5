import { and, eq, sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
import type { Executor, Transaction } from '../db/types.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { randomString } from '../ids.js';
import {
  guardrailAttachments,
  organizationAccounts,
  organizationalUnits,
  organizations,
} from '../schema/organizations.js';
import { lockAccount } from './context.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** AWS's id formats (`organizations/latest/APIReference/API_Organization.html` and siblings). */
export const orgIds = {
  organization: () => `o-${randomString(LOWER_ALNUM, 10)}`,
  root: () => `r-${randomString(LOWER_ALNUM, 4)}`,
  unit: (rootId: string) => `ou-${rootId.slice(2)}-${randomString(LOWER_ALNUM, 8)}`,
  handshake: () => `h-${randomString(LOWER_ALNUM, 10)}`,
  policy: () => `p-${randomString(LOWER_ALNUM, 8)}`,
};

/** The organization whose management account is `accountId`, locked for the change; `NoSuchEntity` otherwise. */
export async function managedOrganization(
  tx: Transaction,
  accountId: string,
): Promise<{ id: string; rootId: string }> {
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.managementAccountId, accountId))
    // Serializes the organization's changes without blocking the foreign-key checks (`key share`) of an account
    // joining at the same time, which holds its own account's lock: `for update` would deadlock with it.
    .for('no key update');
  if (row === undefined) {
    throw new StoreError('NoSuchEntity', 'the account manages no organization', {
      details: { entity: 'organization' },
    });
  }
  return { id: row.id, rootId: await rootOf(tx, row.id) };
}

/** The root of an organization. */
export async function rootOf(tx: Transaction, organizationId: string): Promise<string> {
  const [root] = await tx
    .select({ id: organizationalUnits.id })
    .from(organizationalUnits)
    .where(
      and(
        eq(organizationalUnits.organizationId, organizationId),
        sql`${organizationalUnits.parentId} is null`,
      ),
    );
  if (root === undefined) throw noSuchEntity('root', organizationId);
  return root.id;
}

/** Whether `targetId` is a root, unit or member account of the organization; `NoSuchEntity` otherwise. */
export async function requireTarget(
  tx: Transaction,
  organizationId: string,
  targetId: string,
): Promise<'node' | 'account'> {
  if (/^\d{12}$/.test(targetId)) {
    const [member] = await tx
      .select({ id: organizationAccounts.accountId })
      .from(organizationAccounts)
      .where(
        and(
          eq(organizationAccounts.accountId, targetId),
          eq(organizationAccounts.organizationId, organizationId),
        ),
      );
    if (member === undefined) throw noSuchEntity('account', targetId);
    return 'account';
  }
  const [node] = await tx
    .select({ id: organizationalUnits.id })
    .from(organizationalUnits)
    .where(and(eq(organizationalUnits.id, targetId), eq(organizationalUnits.organizationId, organizationId)));
  if (node === undefined) throw noSuchEntity('target', targetId);
  return 'node';
}

/** The member accounts at or under `targetId` (a root, a unit or an account) of the organization. */
export async function accountsUnder(
  tx: Transaction,
  organizationId: string,
  targetId: string,
): Promise<string[]> {
  if (/^\d{12}$/.test(targetId)) return [targetId];
  const rows = await executeRows<{ account_id: string }>(
    tx,
    sql`
    with recursive subtree(id) as (
      select ${targetId}::varchar
      union all
      select ou.id from organizational_units ou join subtree s on ou.parent_id = s.id
        where ou.organization_id = ${organizationId}
    )
    select oa.account_id from organization_accounts oa join subtree s on oa.parent_id = s.id
    where oa.organization_id = ${organizationId}`,
  );
  return rows.map((r) => r.account_id);
}

/**
 * Moves the revision of every account whose guardrails or organization keys a change alters, in the change's
 * transaction and in a fixed order (so that two changes lock accounts alike): each gateway instance then reads
 * those accounts' principals again, exactly as after a change to their own policies.
 */
export async function touchAccounts(tx: Transaction, accountIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(accountIds)].sort()) await lockAccount(tx, id);
}

/** Attaches a policy to a target unless it already is. */
export async function attach(
  tx: Transaction,
  organizationId: string,
  policyId: string,
  targetId: string,
): Promise<void> {
  await tx.insert(guardrailAttachments).values({ policyId, targetId, organizationId }).onConflictDoNothing();
}

/** An Organizations ARN: `arn:<partition>:organizations::<management account>:<kind>/<organization>[/<id>]`. */
export function organizationArn(
  partition: string,
  kind: string,
  organizationId: string,
  managementAccountId: string,
  id?: string,
): string {
  const base = `arn:${partition}:organizations::${managementAccountId}:${kind}/${organizationId}`;
  return id === undefined ? base : `${base}/${id}`;
}

/** The id of the organization `accountId` manages, for reads; `NoSuchEntity` when it manages none. */
export async function managedOrganizationId(db: Executor, accountId: string): Promise<string> {
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.managementAccountId, accountId));
  if (org === undefined) throw noSuchEntity('organization', accountId);
  return org.id;
}
