import { bigint, boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { at, createdAt, idColumn } from './columns.js';
import { users } from './users.js';

/** A user's console password (`CreateLoginProfile`). Only the scrypt hash is stored. */
export const loginProfiles = pgTable('login_profiles', {
  userId: idColumn('user_id')
    .primaryKey()
    .references(() => users.id),
  passwordHash: text('password_hash').notNull(),
  passwordResetRequired: boolean('password_reset_required').notNull().default(false),
  passwordChangedAt: at('password_changed_at').notNull().defaultNow(),
  createdAt: createdAt(),
});

/** Previous password hashes of a user, for `PasswordReusePrevention` (at most 24 are ever compared). */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.id)],
);
