import { sql } from 'drizzle-orm';
import { parseIamArn } from '../arn.js';
import type { Executor } from '../db/types.js';

/** A decision that allowed a request with a managed policy: which policy, when, for whom and for what. */
export interface PolicyUse {
  /** The managed policy's ARN (its id in the decision's `allowedBy`). */
  policyArn: string;
  at: Date;
  /** Who the request was for (the principal decided about). */
  principalArn: string;
  action: string;
}

/** When a managed policy last allowed a request, as `policies.recordUses` keeps it. */
export interface PolicyLastUsed {
  lastUsedDate: Date;
  principalArn: string;
  action: string;
}

/**
 * Records the uses in one statement: each policy's `last_used_*` moves forward to the latest use (never back, so
 * instances flushing out of order, or late, cannot lose a later use). Uses of ARNs that name no policy of their
 * account (a deleted policy, a malformed id) change nothing.
 */
export async function recordPolicyUses(db: Executor, uses: readonly PolicyUse[]): Promise<void> {
  const rows = uses.flatMap((use) => {
    try {
      const arn = parseIamArn(use.policyArn, 'policy');
      return [
        {
          account: arn.accountId,
          path: arn.path,
          name: arn.name,
          at: use.at.toISOString(),
          principal: use.principalArn.slice(0, 2048),
          action: use.action.slice(0, 256),
        },
      ];
    } catch {
      return [];
    }
  });
  if (rows.length === 0) return;
  await db.execute(sql`
    update policies p set last_used_at = u.at, last_used_by = u.principal, last_used_action = u.action
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as u(account text, path text, name text, at timestamptz, principal text, action text)
    where p.account_id = u.account and lower(p.name) = lower(u.name) and p.path = u.path
      and (p.last_used_at is null or p.last_used_at < u.at)`);
}
