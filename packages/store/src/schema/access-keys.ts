import { index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn } from './columns.js';
import { users } from './users.js';

/**
 * Long-term access keys of users, and of the account's root user (`user_id` null; discouraged, as AWS discourages
 * them); the secret is kept only as a SHA-256 hash.
 */
export const accessKeys = pgTable(
  'access_keys',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    /** The user; null for the account's root user. */
    userId: idColumn('user_id').references(() => users.id),
    secretHash: text('secret_hash').notNull(),
    status: varchar('status', { length: 8 }).$type<'Active' | 'Inactive'>().notNull().default('Active'),
    lastUsedAt: at('last_used_at'),
    lastUsedAction: varchar('last_used_action', { length: 256 }),
    createdAt: createdAt(),
  },
  (t) => [index('access_keys_user_idx').on(t.userId)],
);
