import { sql } from 'drizzle-orm';
import { index, pgTable, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn, tagsColumn } from './columns.js';
import { policies } from './policies.js';

/** IAM users. Names are unique per account ignoring case, as in AWS. */
export const users = pgTable(
  'users',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    name: varchar('name', { length: 64 }).notNull(),
    path: varchar('path', { length: 512 }).notNull(),
    tags: tagsColumn(),
    /** The managed policy used as permissions boundary (restrict: a policy in use cannot vanish). */
    boundaryPolicyId: idColumn('boundary_policy_id').references(() => policies.id),
    passwordLastUsed: at('password_last_used'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_account_name_uq').on(t.accountId, sql`lower(${t.name})`),
    index('users_boundary_idx').on(t.boundaryPolicyId),
  ],
);
