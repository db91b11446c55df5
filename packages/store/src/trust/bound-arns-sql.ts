import { sql } from 'drizzle-orm';
import { roles } from '../schema/roles.js';

/**
 * A subquery, per `roles` row, mapping each id its trust policy is bound to (`trust_bindings`) to the entity's
 * current ARN: `{ "AIDA…": "arn:…:user/path/name" }`, without the ids whose user or role no longer exists, NULL
 * when there is none. It runs in the role read's own statement (primary-key lookups for the bound ids only), so
 * showing trust policies with current names costs no extra query, also for a page of roles.
 */
export function boundArnsSql(partition: string) {
  const ids = sql`select b.value->>'id' from jsonb_array_elements(coalesce(${roles.trustBindings}, '[]'::jsonb)) b`;
  const prefix = `arn:${partition}:iam::`;
  return sql<Record<string, string> | null>`(select jsonb_object_agg(e.id, e.arn) from (
    select bu.id, ${prefix} || bu.account_id || ':user' || bu.path || bu.name as arn
      from users bu where bu.id in (${ids})
    union all
    select br.id, ${prefix} || br.account_id || ':role' || br.path || br.name as arn
      from roles br where br.id in (${ids})
  ) e)`;
}
