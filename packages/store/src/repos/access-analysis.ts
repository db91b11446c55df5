import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
import { auditEvents } from '../schema/audit-events.js';
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

/** An audited request, as a replay needs it. */
export interface AuditedRequest {
  id: number;
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

const lastUsedMs = sql<number>`(extract(epoch from max(${auditEvents.occurredAt})) * 1000)::float8`.mapWith(
  Number,
);
const eventCount = sql<number>`count(*)::int`.mapWith(Number);

/** `principal_arn` is one of the ARNs or starts with one of the prefixes; JSON parameters keep the text constant. */
function ofPrincipals(who: AuditPrincipals): SQL {
  return sql`(${auditEvents.principalArn} in (select jsonb_array_elements_text(${JSON.stringify(who.arns)}::jsonb))
    or exists (select 1 from jsonb_array_elements_text(${JSON.stringify(who.prefixes)}::jsonb) p(v)
      where starts_with(${auditEvents.principalArn}, p.v)))`;
}

function bounded<T>(rows: T[], limit: number): Bounded<T> {
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/**
 * What access analysis reads of the audit log (IAM Access Analyzer's unused access and policy generation read
 * CloudTrail the same way): allowed calls grouped by principal and action, or by action and resource, and the
 * audited requests of some principals to replay. Aggregates are computed by the database, so a period of many
 * events costs one statement and returns one row per distinct group; every read takes the account and a limit.
 */
export class AccessAnalysisRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Allowed calls since `since`, per principal and action, at most `limit` groups (most recent first). */
  async activity(accountId: string, since: Date, limit: number): Promise<Bounded<PrincipalActionUse>> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({
          principalArn: sql<string>`${auditEvents.principalArn}`,
          action: auditEvents.action,
          count: eventCount,
          lastUsedMs,
        })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.accountId, accountId),
            eq(auditEvents.decision, 'Allow'),
            gte(auditEvents.occurredAt, since),
            sql`${auditEvents.principalArn} is not null`,
          ),
        )
        .groupBy(auditEvents.principalArn, auditEvents.action)
        .orderBy(desc(lastUsedMs))
        .limit(limit + 1);
      return bounded(
        rows.map((r) => ({
          principalArn: r.principalArn,
          action: r.action,
          count: r.count,
          lastUsedAt: new Date(r.lastUsedMs),
        })),
        limit,
      );
    });
  }

  /**
   * The actions and resources the principals were allowed since `since`, one row per distinct pair (ordered by
   * action, then resource), at most `limit` pairs.
   */
  async usedRequests(
    accountId: string,
    who: AuditPrincipals,
    since: Date,
    limit: number,
  ): Promise<Bounded<UsedRequest>> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ action: auditEvents.action, resource: auditEvents.resource, count: eventCount, lastUsedMs })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.accountId, accountId),
            eq(auditEvents.decision, 'Allow'),
            gte(auditEvents.occurredAt, since),
            ofPrincipals(who),
          ),
        )
        .groupBy(auditEvents.action, auditEvents.resource)
        .orderBy(auditEvents.action, auditEvents.resource)
        .limit(limit + 1);
      return bounded(
        rows.map((r) => ({
          action: r.action,
          resource: r.resource,
          count: r.count,
          lastUsedAt: new Date(r.lastUsedMs),
        })),
        limit,
      );
    });
  }

  /** The audited requests of a selection in `[from, to)`, newest first, at most `limit`. */
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
          ? ofPrincipals(selection.principals)
          : and(
              eq(auditEvents.resource, selection.resource),
              inArray(auditEvents.action, [...selection.actions]),
            );
      const rows = await select(db)
        .where(
          and(
            eq(auditEvents.accountId, accountId),
            gte(auditEvents.occurredAt, from),
            lt(auditEvents.occurredAt, to),
            sql`${auditEvents.principalArn} is not null`,
            which,
          ),
        )
        .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
        .limit(limit + 1);
      return bounded(
        rows.map((r) => ({ ...r, principalArn: r.principalArn ?? '' })),
        limit,
      );
    });
  }
}

function select(db: Executor) {
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      principalArn: auditEvents.principalArn,
      principalId: auditEvents.principalId,
      action: auditEvents.action,
      resource: auditEvents.resource,
      decision: auditEvents.decision,
      sourceIp: auditEvents.sourceIp,
      errorCode: auditEvents.errorCode,
    })
    .from(auditEvents);
}
