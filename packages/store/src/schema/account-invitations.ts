import { index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt } from './columns.js';

/**
 * One-time invitations to sign up (`IAMGATE_SIGN_UP=invite`), made by the operator account. Only the token's
 * SHA-256 is kept; a token makes one account, before it expires, and for its e-mail when it names one.
 */
export const accountInvitations = pgTable(
  'account_invitations',
  {
    id: varchar('id', { length: 32 }).primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The e-mail the new account's root must have, ignoring case; null for any. */
    email: varchar('email', { length: 320 }),
    /** The account that made it (the operator account). */
    createdBy: varchar('created_by', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    /** The account the invitation made. */
    usedBy: varchar('used_by', { length: 12 }).references(() => accounts.id),
  },
  (t) => [index('account_invitations_created_by_idx').on(t.createdBy)],
);
