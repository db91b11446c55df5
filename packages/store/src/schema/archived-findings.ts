import { pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at } from './columns.js';

/**
 * Access analysis findings an account archived (IAM Access Analyzer's archived findings): the finding's stable id
 * (derived from what it is about, so the same exposure keeps its id), why, by whom and when. An archived finding is
 * still listed with its status; one that no longer exists simply stops being found.
 */
export const archivedFindings = pgTable(
  'archived_findings',
  {
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    findingId: varchar('finding_id', { length: 64 }).notNull(),
    reason: text('reason').notNull(),
    archivedBy: varchar('archived_by', { length: 2048 }).notNull(),
    archivedAt: at('archived_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'archived_findings_pk', columns: [t.accountId, t.findingId] })],
);
