import { type SQL, sql } from 'drizzle-orm';

/**
 * The guardrail parts of the effective-policy statements (see `effective-sql.ts`), for the principal's account:
 * the CTEs that walk from the account up to its organization's root, and the rows they add to the union:
 *
 * - `organization` (owner_name: organization id, extra: management account id) when the account is a member;
 * - `guardrailLevel` (owner_name: the root, unit or account id; policy_path: its depth, the account 0 and the root
 *   highest) for each level whose policies must all allow, unless the account is the management account, to
 *   which guardrails do not apply (`orgs_manage_policies_scps.html`);
 * - `guardrail` (owner_name and policy_path as the level's; version_id: policy id; policy_name; document) for each
 *   policy attached to a level.
 *
 * A level without any policy still has its `guardrailLevel` row, so that it denies everything, as AWS's would.
 */
export function guardrailCtes(accountId: string): SQL {
  return sql`member as (
      select oa.organization_id, oa.parent_id, o.management_account_id
      from organization_accounts oa join organizations o on o.id = oa.organization_id
      where oa.account_id = ${accountId}
    ), chain(node_id, depth) as (
      select m.parent_id, 1 from member m
      union all
      select ou.parent_id, c.depth + 1 from chain c join organizational_units ou on ou.id = c.node_id
      where ou.parent_id is not null
    ), levels as (
      select ${accountId}::varchar as node_id, 0 as depth from member m where m.management_account_id <> ${accountId}
      union all
      select c.node_id, c.depth from chain c, member m where m.management_account_id <> ${accountId}
    ), chain_path as (
      select string_agg(c.node_id, '/' order by c.depth desc) as path from chain c
    )`;
}

/** The rows `guardrailCtes` adds (to follow `union all`). */
export const GUARDRAIL_PARTS = sql.raw(`
  select 'organization', m.organization_id, null, null, null, null,
    json_build_object('managementAccountId', m.management_account_id, 'path', (select path from chain_path))::text
  from member m
  union all
  select 'guardrailLevel', l.node_id, null, l.depth::text, null, null, null from levels l
  union all
  select 'guardrail', l.node_id, gp.name, l.depth::text, gp.id, gp.document, null
  from levels l join guardrail_attachments ga on ga.target_id = l.node_id
  join guardrail_policies gp on gp.id = ga.policy_id`);
