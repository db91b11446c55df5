import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { invalidInput } from '../errors.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { auditEvents } from '../schema/audit-events.js';
import { type AuditInput, insertAuditEvent } from './audit-write.js';
import { read, type StoreContext } from './context.js';

/** A recorded audit event. */
export interface AuditEvent {
  id: number;
  occurredAt: Date;
  requestId: string | null;
  accountId: string | null;
  principalArn: string | null;
  principalId: string | null;
  action: string;
  resource: string | null;
  decision: 'Allow' | 'Deny';
  sourceIp: string | null;
  userAgent: string | null;
  errorCode: string | null;
  details: Record<string, unknown> | null;
}

/** Filters of `audit.list`; `accountId` is required so no one reads another account's log. */
export interface AuditFilter extends PageArgs {
  accountId: string;
  principalArn?: string;
  action?: string;
  decision?: 'Allow' | 'Deny';
  /** Inclusive lower bound of `occurredAt`. */
  from?: Date;
  /** Exclusive upper bound of `occurredAt`. */
  to?: Date;
}

/**
 * The audit log: append-only (the database refuses UPDATE and DELETE on it). To record an event atomically with
 * a change, pass `{ audit }` to the repository write, or call `record` inside `store.transaction`.
 */
export class AuditRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Appends one event (in the bound transaction, if any); returns its id. */
  async record(input: AuditInput): Promise<number> {
    if (!input.action) throw invalidInput('an audit event needs an action', { field: 'action' });
    return read(this.ctx, (db) => insertAuditEvent(db, input));
  }

  /** Events of one account, newest first, filtered by principal, action, decision and time range. */
  async list(filter: AuditFilter): Promise<Connection<AuditEvent>> {
    return read(this.ctx, async (db) => {
      const size = pageSize(filter.first);
      const conditions: (SQL | undefined)[] = [eq(auditEvents.accountId, filter.accountId)];
      if (filter.principalArn !== undefined)
        conditions.push(eq(auditEvents.principalArn, filter.principalArn));
      if (filter.action !== undefined) conditions.push(eq(auditEvents.action, filter.action));
      if (filter.decision !== undefined) conditions.push(eq(auditEvents.decision, filter.decision));
      if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from));
      if (filter.to) conditions.push(lt(auditEvents.occurredAt, filter.to));
      if (filter.after) {
        const [time, id] = decodeCursor(filter.after, 2);
        conditions.push(
          sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${String(time)}::timestamptz, ${Number(id)})`,
        );
      }
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(...conditions))
        .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
        .limit(size + 1);
      return toConnection(
        rows,
        size,
        (r) => [r.occurredAt.toISOString(), r.id],
        (r) => r as AuditEvent,
      );
    });
  }
}
