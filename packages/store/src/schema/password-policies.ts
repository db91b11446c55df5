import { boolean, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at } from './columns.js';

/** An account's custom password policy (`IAM/latest/APIReference/API_PasswordPolicy.html`); absent means default. */
export const passwordPolicies = pgTable('password_policies', {
  accountId: varchar('account_id', { length: 12 })
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  minimumPasswordLength: integer('minimum_password_length').notNull(),
  requireSymbols: boolean('require_symbols').notNull(),
  requireNumbers: boolean('require_numbers').notNull(),
  requireUppercaseCharacters: boolean('require_uppercase_characters').notNull(),
  requireLowercaseCharacters: boolean('require_lowercase_characters').notNull(),
  allowUsersToChangePassword: boolean('allow_users_to_change_password').notNull(),
  maxPasswordAge: integer('max_password_age'),
  passwordReusePrevention: integer('password_reuse_prevention'),
  hardExpiry: boolean('hard_expiry').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
