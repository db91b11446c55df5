import { type SQL, sql } from 'drizzle-orm';
import { columnJson } from '../db/column-json.js';
import { executeRows } from '../db/execute.js';
import { auditEvents } from '../schema/audit-events.js';
import { sessions } from '../schema/sessions.js';
import { type AuditInput, auditRows } from './audit-write.js';
import { read, type StoreContext } from './context.js';

/**
 * How often at most a role's `last_used_at` moves. AWS does not record role use per call either: `RoleLastUsed`
 * is reported over a trailing 400-day period (`IAM/latest/APIReference/API_RoleLastUsed.html`) and recent activity
 * "usually appears within four hours" (`API_GenerateServiceLastAccessedDetails.html`). A minute keeps the date
 * useful while a role assumed a thousand times a second is written once a minute, not a thousand times a second.
 */
export const ROLE_LAST_USED_GRANULARITY_SECONDS = 60;

/** A session row to insert, the session policy ARNs to check, and the audit event to write with it. */
export interface SessionInsert {
  row: typeof sessions.$inferInsert;
  /** The session policies' ARNs, already checked to be of the session's account, with their name and path. */
  policies: { arn: string; name: string; path: string }[];
  audit?: { input: AuditInput; defaultAccountId: string };
}

/** What the statement found and did. */
export interface SessionInsertOutcome {
  /** Whether the session (and its audit event) was written: only when every check below passed. */
  inserted: boolean;
  /** The session's role in the session's account (name and path), or `null` when it is not there (or none). */
  role: { name: string; path: string } | null;
  /** The session's user in the session's account, or `null`. */
  user: { name: string; path: string } | null;
  /** The session policy ARNs that name no managed policy of the account. */
  missingPolicyArns: string[];
}

/**
 * The whole of issuing a session as one statement, so that it is atomic without a transaction (no BEGIN and COMMIT
 * round trips, and no connection held between statements) and sent as a prepared statement of constant text:
 *
 * 1. `owner` checks that the role and the user named by id belong to the session's account (an id is no
 *    capability) and that every session policy ARN names a managed policy of it, and reads those policies' default
 *    documents, which the session keeps: a managed session policy deleted or edited later never widens the session;
 * 2. `inserted` inserts the row only when all of that holds, so a refused session leaves nothing behind;
 * 3. `audited` writes the audit event (and its copies for `alsoIn`) only when the session was inserted, so both commit
 *    or neither does;
 * 4. `used` moves the role's `last_used_at` at most once per `ROLE_LAST_USED_GRANULARITY_SECONDS`, skipping the
 *    role row when anything holds it (`skip locked`): concurrent sessions of one role never queue on its row lock.
 *    `no key update` is the lock an update of a non-key column takes anyway; unlike `for update` it does not stop
 *    other sessions' foreign-key checks, which take `key share` on the same row.
 *
 * The only parameter is the input as `jsonb` (`jsonb_populate_record` gives each value its column's type), which
 * PGlite's `EXECUTE` can take as one text literal. Column names follow `schema/sessions.ts` and
 * `schema/audit-events.ts`.
 */
const SESSION_INSERT_CTES = `
with input as (
  select ($1::text)::jsonb as j
),
new_session as (
  select s.* from input, jsonb_populate_record(null::sessions, input.j->'session') as s
),
owner as (
  select
    (select jsonb_build_object('name', r.name, 'path', r.path) from roles r
      where r.id = s.role_id and r.account_id = s.account_id) as role,
    (select jsonb_build_object('name', u.name, 'path', u.path) from users u
      where u.id = s.user_id and u.account_id = s.account_id) as "user",
    (select coalesce(jsonb_agg(w.arn), '[]'::jsonb)
      from input, jsonb_to_recordset(input.j->'policies') as w(arn text, name text, path text)
      where not exists (select 1 from policies p
        where p.account_id = s.account_id and lower(p.name) = lower(w.name) and p.path = w.path)) as missing,
    (select coalesce(jsonb_agg(jsonb_build_object('arn', w.e->>'arn', 'name', p.name, 'path', p.path,
        'versionId', v.version_id, 'document', v.document) order by w.ord), '[]'::jsonb)
      from input, jsonb_array_elements(input.j->'policies') with ordinality as w(e, ord)
      join policies p on p.account_id = s.account_id and lower(p.name) = lower(w.e->>'name')
        and p.path = w.e->>'path'
      join policy_versions v on v.policy_id = p.id and v.is_default) as documents
  from new_session s
),
inserted as (
  insert into sessions (id, account_id, principal_type, source, user_id, role_id, workload_id, parent_session_id,
    session_name, source_identity, tags, transitive_tag_keys, session_policy, session_policy_arns,
    session_policy_documents, mfa_authenticated, mfa_authenticated_at, source_ip, secret_hash, issued_at, expires_at)
  select s.id, s.account_id, s.principal_type, s.source, s.user_id, s.role_id, s.workload_id, s.parent_session_id,
    s.session_name, s.source_identity, s.tags, s.transitive_tag_keys, s.session_policy, s.session_policy_arns,
    o.documents, s.mfa_authenticated, s.mfa_authenticated_at, s.source_ip, s.secret_hash, s.issued_at, s.expires_at
  from new_session s, owner o
  where (s.role_id is null or o.role is not null)
    and (s.user_id is null or o."user" is not null)
    and o.missing = '[]'::jsonb
  returning role_id, issued_at
),
audited as (
  insert into audit_events (occurred_at, request_id, account_id, principal_arn, principal_id, action, resource,
    decision, source_ip, user_agent, error_code, details)
  select coalesce(a.occurred_at, now()), a.request_id, a.account_id, a.principal_arn, a.principal_id, a.action,
    a.resource, a.decision, a.source_ip, a.user_agent, a.error_code, a.details
  from inserted, input, jsonb_populate_recordset(null::audit_events,
    case when jsonb_typeof(input.j->'audit') = 'array' then input.j->'audit' else '[]'::jsonb end) as a
  returning id
),
used as (
  update roles set last_used_at = i.issued_at
  from inserted i
  where roles.id = (
    select r.id from roles r join inserted i2 on r.id = i2.role_id
    where r.last_used_at is null
      or r.last_used_at < i2.issued_at - interval '${ROLE_LAST_USED_GRANULARITY_SECONDS} seconds'
    for no key update of r skip locked
  )
  returning roles.id
)`;

/** What the statement answers, after its CTEs (and any follow-ups). */
const SESSION_INSERT_SELECT = `
select o.role, o."user", o.missing, exists (select 1 from inserted) as inserted from owner o`;

/**
 * More CTEs for the session statement, run in the same statement (sign-in resets its throttle and records the
 * credential's use this way): constant text, so the statement stays preparable, reading their values from
 * `input.j->'followUps'` and acting only when the session was inserted (`exists (select 1 from inserted)`).
 */
export interface FollowUps {
  /** Names the prepared statement: one name per text. */
  name: string;
  /** `, name as (...)` CTEs, after `used`. */
  ctes: string;
  /** Their values, as `input.j->'followUps'`. */
  data: Record<string, unknown>;
}

/** The statement with its one parameter, as Drizzle SQL, and the name it is prepared under. */
function statement(json: string, followUps: FollowUps | undefined): { name: string; sql: SQL } {
  const [before, after] = SESSION_INSERT_CTES.split('$1') as [string, string];
  return {
    name: followUps === undefined ? 'iamgate_session_insert' : `iamgate_session_insert_${followUps.name}`,
    sql: sql`${sql.raw(before)}${json}${sql.raw(after + (followUps?.ctes ?? '') + SESSION_INSERT_SELECT)}`,
  };
}

interface Row extends Record<string, unknown> {
  role: { name: string; path: string } | null;
  user: { name: string; path: string } | null;
  missing: string[];
  inserted: boolean;
}

/**
 * Runs the session statement: on the bound transaction when there is one, else as a prepared statement on its own
 * (atomic by itself). Errors leave as `StoreError`.
 */
export async function insertSession(
  ctx: StoreContext,
  input: SessionInsert,
  subject: string,
  followUps?: FollowUps,
): Promise<SessionInsertOutcome> {
  const json = JSON.stringify({
    session: columnJson(sessions, input.row),
    policies: input.policies,
    ...(input.audit === undefined
      ? {}
      : {
          audit: auditRows(input.audit.input, input.audit.defaultAccountId).map((row) =>
            columnJson(auditEvents, row),
          ),
        }),
    ...(followUps === undefined ? {} : { followUps: followUps.data }),
  });
  const query = statement(json, followUps);
  const rows = await read(
    ctx,
    (db) => (ctx.tx === undefined ? ctx.prepared(query.name, query.sql) : executeRows(db, query.sql)),
    subject,
  );
  const row = rows[0] as Row | undefined;
  return {
    inserted: row?.inserted === true,
    role: row?.role ?? null,
    user: row?.user ?? null,
    missingPolicyArns: row?.missing ?? [],
  };
}
