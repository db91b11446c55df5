import { date, index, integer, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { atMs } from './columns.js';

/**
 * What principals did that the audit log does not record one by one: the gateway's allowed reads and apps'
 * decisions (`authorize`, `authorizeBatch`, `POST /authorize`), allowed or denied. One row per account, UTC day,
 * principal, action, resource and decision, with how many requests it stands for and the last one's time and source
 * address. Gateways batch it in memory and add to it once a minute (`activity.record`); access analysis reads it
 * beside the audit log (unused access, policy generation, the preview of a policy change).
 */
export const accessActivity = pgTable(
  'access_activity',
  {
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    day: date('day', { mode: 'string' }).notNull(),
    /** SHA-256 (hex) of principal, action, resource, decision and source: a bounded key whatever their lengths. */
    key: varchar('key', { length: 64 }).notNull(),
    principalArn: text('principal_arn').notNull(),
    action: varchar('action', { length: 256 }).notNull(),
    resource: text('resource').notNull(),
    decision: varchar('decision', { length: 16 }).$type<'Allow' | 'Deny'>().notNull(),
    /**
     * Who named the action and resource: `api`, the gateway (an operation's own target), or `authorize`, the caller
     * (an app's decision, whose strings only the caller vouches for: policy generation leaves patterns out of them).
     */
    source: varchar('source', { length: 16 }).$type<'api' | 'authorize'>().notNull(),
    count: integer('count').notNull(),
    lastAt: atMs('last_at').notNull(),
    lastSourceIp: varchar('last_source_ip', { length: 64 }),
  },
  (t) => [
    primaryKey({ name: 'access_activity_pk', columns: [t.accountId, t.day, t.key] }),
    // Retention deletes by day across accounts.
    index('access_activity_day_idx').on(t.day),
    // A principal's activity (a role's sessions by prefix) within an account's period.
    index('access_activity_principal_idx').on(t.accountId, t.principalArn, t.day),
  ],
);
