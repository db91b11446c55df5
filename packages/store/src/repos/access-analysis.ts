import { type SQL, sql } from 'drizzle-orm';
import { executeRows } from '../db/execute.js';
import { read, type StoreContext } from './context.js';

/** Whose audit events: principals by exact ARN, and by ARN prefix (a role's sessions, `arn:P:sts::A:assumed-role/R/`). */
export interface AuditPrincipals {
  arns: readonly string[];
  prefixes: readonly string[];
}

/** What one principal did with one action in a period: how often it was allowed and when last. */
export interface PrincipalActionUse {
  principalArn: string;
  action: string;
  count: number;
  lastUsedAt: Date;
}

/** An action on a resource that was allowed in a period, how often and when last (`resource` null: none recorded). */
export interface UsedRequest {
  action: string;
  resource: string | null;
  count: number;
  lastUsedAt: Date;
}

/**
 * A request as a replay needs it: one audited event (`id`, `count` 1), or a row of the activity record (`id` null),
 * which stands for `count` requests of one principal, action, resource and decision on one day, with the last one's
 * time and source address.
 */
export interface AuditedRequest {
  id: number | null;
  count: number;
  occurredAt: Date;
  principalArn: string;
  principalId: string | null;
  action: string;
  resource: string | null;
  decision: 'Allow' | 'Deny';
  sourceIp: string | null;
  errorCode: string | null;
}

/** Rows read up to a limit, and whether more were left unread. */
export interface Bounded<T> {
  rows: T[];
  truncated: boolean;
}

/** What events to replay: those of some principals, or those about one resource (a role's trust decisions). */
export type AuditSelection =
  | { principals: AuditPrincipals }
  | { resource: string; actions: readonly string[] };

/** `column` is one of the ARNs or starts with one of the prefixes; JSON parameters keep the text constant. */
function ofPrincipals(column: SQL, who: AuditPrincipals): SQL {
  return sql`(${column} in (select jsonb_array_elements_text(${JSON.stringify(who.arns)}::jsonb))
    or exists (select 1 from jsonb_array_elements_text(${JSON.stringify(who.prefixes)}::jsonb) p(v)
      where starts_with(${column}, p.v)))`;
}

function bounded<T>(rows: T[], limit: number): Bounded<T> {
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/** The UTC day of a time, as the activity record's `day`. */
function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The allowed requests of an account since `since` from both records, as `(principal_arn, action, resource, n,
 * last_at)`: audited events one by one, and the activity record's rows (reads and apps' decisions, counted per day;
 * a row counts whole when its last request is within the period).
 */
function allowedSince(
  accountId: string,
  since: Date,
  where: (column: SQL) => SQL,
  concreteOnly = false,
): SQL {
  // A caller of `authorize` names its own action and resource, and the engine matches them as text: `order/*` or
  // `*` asked and allowed would become a pattern granting more than was ever used. Where patterns are made of what
  // was used (policy generation), such rows are left out.
  const concrete = concreteOnly
    ? sql`and (source <> 'authorize' or (strpos(action, '*') = 0 and strpos(action, '?') = 0
        and strpos(resource, '*') = 0 and strpos(resource, '?') = 0 and strpos(resource, '$') = 0))`
    : sql``;
  return sql`
    select principal_arn, action, resource, 1 as n, occurred_at as last_at from audit_events
    where account_id = ${accountId} and decision = 'Allow' and occurred_at >= ${since.toISOString()}
      and principal_arn is not null and ${where(sql`principal_arn`)}
    union all
    select principal_arn, action, resource, count as n, last_at from access_activity
    where account_id = ${accountId} and day >= ${dayOf(since)}::date and decision = 'Allow'
      and last_at >= ${since.toISOString()} and ${where(sql`principal_arn`)} ${concrete}`;
}

/**
 * What access analysis reads of what principals did (IAM Access Analyzer's unused access and policy generation read
 * CloudTrail the same way): the audit log (every mutation, every refusal) together with the activity record (allowed
 * reads and apps' decisions, `AccessActivityRepository`). Allowed calls grouped by principal and action, or by
 * action and resource, and the requests of some principals to replay. Aggregates are computed by the database, so a
 * period of many events costs one statement and returns one row per distinct group; every read takes the account
 * and a limit.
 */
export class AccessAnalysisRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Allowed calls since `since`, per principal and action, at most `limit` groups (most recent first). */
  async activity(accountId: string, since: Date, limit: number): Promise<Bounded<PrincipalActionUse>> {
    return read(this.ctx, async (db) => {
      const rows = await executeRows<{ principal_arn: string; action: string; n: number; last_ms: number }>(
        db,
        sql`select principal_arn, action, least(sum(n), 2147483647)::int as n,
              (extract(epoch from max(last_at)) * 1000)::float8 as last_ms
            from (${allowedSince(accountId, since, () => sql`true`)}) used
            group by principal_arn, action
            order by last_ms desc, principal_arn, action
            limit ${limit + 1}`,
      );
      return bounded(
        rows.map((r) => ({
          principalArn: r.principal_arn,
          action: r.action,
          count: Number(r.n),
          lastUsedAt: new Date(Number(r.last_ms)),
        })),
        limit,
      );
    });
  }

  /**
   * The actions and resources the principals were allowed since `since`, one row per distinct pair (ordered by
   * action, then resource), at most `limit` pairs; apps' decisions only where they name no pattern.
   */
  async usedRequests(
    accountId: string,
    who: AuditPrincipals,
    since: Date,
    limit: number,
  ): Promise<Bounded<UsedRequest>> {
    return read(this.ctx, async (db) => {
      const rows = await executeRows<{ action: string; resource: string | null; n: number; last_ms: number }>(
        db,
        sql`select action, resource, least(sum(n), 2147483647)::int as n,
              (extract(epoch from max(last_at)) * 1000)::float8 as last_ms
            from (${allowedSince(accountId, since, (column) => ofPrincipals(column, who), true)}) used
            group by action, resource
            order by action, resource
            limit ${limit + 1}`,
      );
      return bounded(
        rows.map((r) => ({
          action: r.action,
          resource: r.resource,
          count: Number(r.n),
          lastUsedAt: new Date(Number(r.last_ms)),
        })),
        limit,
      );
    });
  }

  /**
   * The requests of a selection in `[from, to)`, newest first, at most `limit`: audited events, and rows of the
   * activity record whose last request falls in the period.
   */
  async requests(
    accountId: string,
    selection: AuditSelection,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<Bounded<AuditedRequest>> {
    return read(this.ctx, async (db) => {
      const which =
        'principals' in selection
          ? ofPrincipals(sql`principal_arn`, selection.principals)
          : sql`(resource = ${selection.resource}
              and action in (select jsonb_array_elements_text(${JSON.stringify(selection.actions)}::jsonb)))`;
      const rows = await executeRows<RequestRow>(
        db,
        sql`select * from (
              select id, 1 as n, (extract(epoch from occurred_at) * 1000)::float8 as at_ms, principal_arn,
                principal_id, action, resource, decision, source_ip, error_code
              from audit_events
              where account_id = ${accountId} and occurred_at >= ${from.toISOString()}
                and occurred_at < ${to.toISOString()} and principal_arn is not null and ${which}
              union all
              select null as id, count as n, (extract(epoch from last_at) * 1000)::float8 as at_ms, principal_arn,
                null as principal_id, action, resource, decision, last_source_ip as source_ip, null as error_code
              from access_activity
              where account_id = ${accountId} and day >= ${dayOf(from)}::date and day <= ${dayOf(to)}::date
                and last_at >= ${from.toISOString()} and last_at < ${to.toISOString()} and ${which}
            ) requests
            order by at_ms desc, id desc nulls last
            limit ${limit + 1}`,
      );
      return bounded(
        rows.map((r) => ({
          id: r.id === null ? null : Number(r.id),
          count: Number(r.n),
          occurredAt: new Date(Number(r.at_ms)),
          principalArn: r.principal_arn,
          principalId: r.principal_id,
          action: r.action,
          resource: r.resource,
          decision: r.decision,
          sourceIp: r.source_ip,
          errorCode: r.error_code,
        })),
        limit,
      );
    });
  }
}

interface RequestRow extends Record<string, unknown> {
  id: number | string | null;
  n: number;
  at_ms: number;
  principal_arn: string;
  principal_id: string | null;
  action: string;
  resource: string | null;
  decision: 'Allow' | 'Deny';
  source_ip: string | null;
  error_code: string | null;
}
