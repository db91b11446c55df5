import { sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
import type { Transaction } from '../db/types.js';

/**
 * Revokes, at `at`, every unrevoked session of `accountId` derived from `parentIds`: those a session got with
 * `getSessionToken` or `assumeRole` (its `parent_session_id`), and theirs, to any depth. Credentials obtained with a
 * session are no way around its revocation: revoking a stolen token ends what it was used to get (**iamgate**; AWS
 * sessions cannot be revoked one by one at all). Returns the ids revoked.
 */
export async function revokeDescendants(
  tx: Transaction,
  accountId: string,
  parentIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (parentIds.length === 0) return [];
  const rows = await executeRows<{ id: string }>(
    tx,
    sql`with recursive tree(id) as (
        select s.id from sessions s
        where s.account_id = ${accountId}
          and s.parent_session_id in (select jsonb_array_elements_text(${JSON.stringify(parentIds)}::jsonb))
        union
        select s.id from sessions s join tree t on s.parent_session_id = t.id
        where s.account_id = ${accountId}
      )
      update sessions set revoked_at = ${at.toISOString()}::timestamptz
      where id in (select id from tree) and revoked_at is null
      returning id`,
  );
  return rows.map((r) => r.id);
}
