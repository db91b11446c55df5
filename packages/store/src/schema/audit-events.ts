import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { atMs } from './columns.js';

/**
 * The audit log. Append-only: a trigger (migration 0001) rejects UPDATE and DELETE. Written in the same
 * transaction as the change it records.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: atMs('occurred_at').notNull().defaultNow(),
    requestId: varchar('request_id', { length: 128 }),
    /** Null for events that belong to no known account (a sign-in with an unknown alias). */
    accountId: varchar('account_id', { length: 12 }),
    principalArn: text('principal_arn'),
    principalId: varchar('principal_id', { length: 64 }),
    action: varchar('action', { length: 256 }).notNull(),
    resource: text('resource'),
    decision: varchar('decision', { length: 16 }).$type<'Allow' | 'Deny'>().notNull(),
    sourceIp: varchar('source_ip', { length: 64 }),
    userAgent: text('user_agent'),
    errorCode: varchar('error_code', { length: 128 }),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_account_time_idx').on(t.accountId, t.occurredAt.desc(), t.id.desc()),
    index('audit_events_principal_time_idx').on(t.principalArn, t.occurredAt.desc(), t.id.desc()),
    // A principal's last allowed call (root's last use, for the security findings) in one index probe, however many
    // refused attempts anyone made in its name since: failed and throttled sign-ins are audited too.
    index('audit_events_principal_allowed_idx')
      .on(t.principalArn, t.occurredAt.desc())
      .where(sql`${t.decision} = 'Allow'`),
  ],
);
