import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn, tagsColumn } from './columns.js';
import { roles } from './roles.js';

/**
 * Workloads: resources that hold at most one role, like EC2 instance profiles, and authenticate with their own
 * credential (stored as a SHA-256 hash) to get that role's sessions.
 */
export const workloads = pgTable(
  'workloads',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    name: varchar('name', { length: 128 }).notNull(),
    path: varchar('path', { length: 512 }).notNull(),
    /** The one role it holds; restrict, so a role held by a workload cannot be deleted (AWS: DeleteConflict). */
    roleId: idColumn('role_id').references(() => roles.id),
    credentialHash: text('credential_hash').notNull(),
    credentialRotatedAt: at('credential_rotated_at').notNull().defaultNow(),
    tags: tagsColumn(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('workloads_account_name_uq').on(t.accountId, sql`lower(${t.name})`),
    index('workloads_role_idx').on(t.roleId),
  ],
);
