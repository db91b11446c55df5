import { type SQL, sql } from 'drizzle-orm';
import { GUARDRAIL_PARTS, guardrailCtes } from './guardrail-sql.js';

/**
 * The single statement behind `effectivePolicies`. It returns uniform rows `(part, owner_name, policy_name,
 * policy_path, version_id, document, extra)`: one `head` row describing the principal and its account revision,
 * then one row per policy (and per group). One statement means one snapshot: the revision and the policies are
 * read at the same instant, whatever the number of groups and policies. A principal of a closed account has no head
 * row: it does not exist any more for authentication.
 */

/** Which principal the statement resolves, by unique id within its account. */
export type EffectiveTarget =
  | { kind: 'user'; accountId: string; userId: string }
  | { kind: 'role'; accountId: string; roleId: string }
  | { kind: 'session'; accountId: string; sessionId: string };

const MANAGED = (owner: string, joinColumn: string) =>
  sql.raw(`
  select '${owner}Managed', o.name, pol.name, pol.path, v.version_id, v.document, null
  from ${owner === 'group' ? 'g' : 'p'} o
  join policy_attachments pa on pa.${joinColumn} = o.id
  join policies pol on pol.id = pa.policy_id
  join policy_versions v on v.policy_id = pol.id and v.is_default`);

const INLINE = (owner: string, joinColumn: string) =>
  sql.raw(`
  select '${owner}Inline', o.name, ip.name, null, null, ip.document, null
  from ${owner === 'group' ? 'g' : 'p'} o
  join inline_policies ip on ip.${joinColumn} = o.id`);

const BOUNDARY = sql.raw(`
  select 'boundary', null, pol.name, pol.path, v.version_id, v.document, null
  from p
  join policies pol on pol.id = p.boundary_policy_id
  join policy_versions v on v.policy_id = pol.id and v.is_default`);

const HEAD = sql.raw(`
  select 'head' as part, p.name as owner_name, null as policy_name, p.path as policy_path,
    null as version_id, null as document, p.extra::text as extra
  from p`);

/** The head comes first: its column aliases name the columns of the whole union. */

/** Policies of a user: its own, its groups', and its boundary. `p` and `g` are defined by the caller's CTEs. */
const USER_PARTS = sql.join(
  [
    HEAD,
    BOUNDARY,
    INLINE('user', 'user_id'),
    MANAGED('user', 'user_id'),
    sql.raw(`select 'group', g.name, null, g.path, null, null, null from g`),
    INLINE('group', 'group_id'),
    MANAGED('group', 'group_id'),
  ],
  sql` union all `,
);

const ROLE_PARTS = sql.join(
  [HEAD, BOUNDARY, INLINE('role', 'role_id'), MANAGED('role', 'role_id')],
  sql` union all `,
);

/**
 * The statement for a target. A session's managed session policies are the documents it was issued with (kept in its
 * row), not the policies' current versions.
 */
export function effectiveStatement(target: EffectiveTarget): SQL {
  if (target.kind === 'user') {
    return sql`with recursive ${guardrailCtes(target.accountId)}, p as (
        select u.id, u.name, u.path, u.boundary_policy_id,
          json_build_object('accountId', u.account_id, 'revision', a.revision, 'tags', u.tags) as extra
        from users u join accounts a on a.id = u.account_id and a.closed_at is null
        where u.id = ${target.userId} and u.account_id = ${target.accountId}
      ), g as (
        select gr.id, gr.name, gr.path from group_memberships gm join groups gr on gr.id = gm.group_id
        join p on p.id = gm.user_id
      ) ${USER_PARTS} union all ${GUARDRAIL_PARTS}`;
  }
  if (target.kind === 'role') {
    return sql`with recursive ${guardrailCtes(target.accountId)}, p as (
        select r.id, r.name, r.path, r.boundary_policy_id,
          json_build_object('accountId', r.account_id, 'revision', a.revision, 'tags', r.tags) as extra
        from roles r join accounts a on a.id = r.account_id and a.closed_at is null
        where r.id = ${target.roleId} and r.account_id = ${target.accountId}
      ) ${ROLE_PARTS} union all ${GUARDRAIL_PARTS}`;
  }
  // A session: the principal is its role or user (or none, for root); the session row rides along in `extra`.
  return sql`with recursive ${guardrailCtes(target.accountId)}, s as (
      select * from sessions where id = ${target.sessionId} and account_id = ${target.accountId}
    ), p as (
      select coalesce(r.id, u.id) as id, coalesce(r.name, u.name) as name, coalesce(r.path, u.path, '/') as path,
        coalesce(r.boundary_policy_id, u.boundary_policy_id) as boundary_policy_id,
        json_build_object(
          'accountId', s.account_id, 'revision', a.revision, 'tags', coalesce(r.tags, u.tags, '[]'::jsonb),
          'sessionId', s.id, 'principalType', s.principal_type, 'source', s.source, 'sessionName', s.session_name,
          'sessionTags', s.tags, 'sessionPolicy', s.session_policy, 'sourceIdentity', s.source_identity,
          'issuedAt', s.issued_at, 'expiresAt', s.expires_at, 'revokedAt', s.revoked_at,
          'mfaAuthenticated', s.mfa_authenticated, 'mfaAuthenticatedAt', s.mfa_authenticated_at, 'roleId', s.role_id, 'userId', s.user_id
        ) as extra
      from s join accounts a on a.id = s.account_id and a.closed_at is null
      left join roles r on r.id = s.role_id
      left join users u on u.id = s.user_id
    ), g as (
      select gr.id, gr.name, gr.path from s
      join group_memberships gm on gm.user_id = s.user_id join groups gr on gr.id = gm.group_id
    ) ${USER_PARTS}
    union all ${INLINE('role', 'role_id')}
    union all ${MANAGED('role', 'role_id')}
    union all select 'sessionManaged', null, d->>'name', d->>'path', d->>'versionId', d->>'document', null
      from s, jsonb_array_elements(s.session_policy_documents) d
    union all ${GUARDRAIL_PARTS}`;
}

/** The statement for an account's root user: its head (revision) and its guardrails, in one snapshot. */
export function rootStatement(accountId: string): SQL {
  return sql`with recursive ${guardrailCtes(accountId)}
    select 'head' as part, null as owner_name, null as policy_name, null as policy_path, null as version_id,
      null as document, json_build_object('accountId', a.id, 'revision', a.revision)::text as extra
    from accounts a where a.id = ${accountId} and a.closed_at is null
    union all ${GUARDRAIL_PARTS}`;
}
