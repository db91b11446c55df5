import { type SQL, sql } from 'drizzle-orm';
import { GUARDRAIL_PARTS, guardrailCtes } from './guardrail-sql.js';

/**
 * The single statement behind `effectivePoliciesBatch`: what `effectiveStatement` reads for one user or role, for
 * many users, roles and groups of one account at once, with every shared document read once. Rows are
 * `(owner, part, owner_name, policy_name, policy_path, version_id, document, extra)`:
 *
 * - `account` (extra: the revision), once; no row when the account is closed or does not exist;
 * - `head` per principal or group found (owner: its id, owner_name, policy_path: its path, version_id: `user`,
 *   `role` or `group`, extra: what `effectiveStatement`'s head has, for users and roles);
 * - `member` per group of a user (owner: user id, version_id: group id), `groupHead` per such group;
 * - `attached` and `boundary` per managed policy attached or set as boundary (owner: principal or group id,
 *   version_id: policy id), and `managed` once per such policy (owner: policy id, its name, path, default version
 *   id and document);
 * - `inline` per inline policy (owner: principal or group id, policy_name, document);
 * - the guardrail rows of `guardrail-sql.ts` (owner null), read once for the account.
 *
 * One statement, so the revision and every document are one snapshot.
 */
export function effectiveBatchStatement(
  accountId: string,
  ids: { users: readonly string[]; roles: readonly string[]; groups: readonly string[] },
): SQL {
  const list = (values: readonly string[]) =>
    sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
  return sql`with recursive ${guardrailCtes(accountId)},
    acct as (select a.id, a.revision from accounts a where a.id = ${accountId} and a.closed_at is null),
    pu as (
      select u.id, u.name, u.path, u.boundary_policy_id, 'user'::text as kind,
        json_build_object('accountId', u.account_id, 'revision', acct.revision, 'tags', u.tags)::text as extra
      from users u join acct on acct.id = u.account_id where u.id in ${list(ids.users)}
    ),
    pr as (
      select r.id, r.name, r.path, r.boundary_policy_id, 'role'::text as kind,
        json_build_object('accountId', r.account_id, 'revision', acct.revision, 'tags', r.tags)::text as extra
      from roles r join acct on acct.id = r.account_id where r.id in ${list(ids.roles)}
    ),
    pg as (
      select gr.id, gr.name, gr.path from groups gr join acct on acct.id = gr.account_id
      where gr.id in ${list(ids.groups)}
    ),
    p as (select * from pu union all select * from pr),
    mem as (
      select gm.user_id, gr.id, gr.name, gr.path from group_memberships gm
      join groups gr on gr.id = gm.group_id join pu on pu.id = gm.user_id
    ),
    g as (select id, name, path from mem union select id, name, path from pg),
    att as (
      select pa.user_id as owner, pa.policy_id, 'attached'::text as part from policy_attachments pa
        join pu on pu.id = pa.user_id
      union all select pa.role_id, pa.policy_id, 'attached' from policy_attachments pa join pr on pr.id = pa.role_id
      union all select pa.group_id, pa.policy_id, 'attached' from policy_attachments pa join g on g.id = pa.group_id
      union all select p.id, p.boundary_policy_id, 'boundary' from p where p.boundary_policy_id is not null
    )
    select null::text as owner, 'account' as part, null as owner_name, null as policy_name, null as policy_path,
      null as version_id, null as document, json_build_object('revision', acct.revision)::text as extra from acct
    union all select p.id, 'head', p.name, null, p.path, p.kind, null, p.extra from p
    union all select pg.id, 'head', pg.name, null, pg.path, 'group', null, null from pg
    union all select m.user_id, 'member', null, null, null, m.id, null, null from mem m
    union all select g.id, 'groupHead', g.name, null, g.path, null, null, null from g
    union all select att.owner, att.part, null, null, null, att.policy_id, null, null from att
    union all select pol.id, 'managed', null, pol.name, pol.path, v.version_id, v.document, null
      from (select distinct policy_id from att) used
      join policies pol on pol.id = used.policy_id
      join policy_versions v on v.policy_id = pol.id and v.is_default
    union all select coalesce(ip.user_id, ip.role_id, ip.group_id), 'inline', null, ip.name, null, null, ip.document, null
      from inline_policies ip
      where ip.user_id in (select id from pu) or ip.role_id in (select id from pr) or ip.group_id in (select id from g)
    union all select null, gp.* from (${GUARDRAIL_PARTS}) gp`;
}
