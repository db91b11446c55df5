import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns.js';

/**
 * An account: the unit of isolation. Holds the root user's credentials, the per-account quotas and the policy
 * revision that every change to identities or policies increments (the row is also the lock every such change
 * takes first, which gives all writers of one account a single lock order).
 */
export const accounts = pgTable(
  'accounts',
  {
    id: varchar('id', { length: 12 }).primaryKey(),
    alias: varchar('alias', { length: 63 }),
    rootEmail: varchar('root_email', { length: 320 }).notNull(),
    rootPasswordHash: text('root_password_hash').notNull(),
    rootPasswordLastUsed: at('root_password_last_used'),
    /** Incremented in the same transaction as every change to identities or policies of the account. */
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    /** Overrides of the default quotas (`Quotas`); absent keys use the defaults. */
    quotas: jsonb('quotas').$type<Record<string, number>>().notNull().default({}),
    createdAt: createdAt(),
    /**
     * When the account was closed (`closeAccount`): from then on none of its principals authenticates or signs in.
     * The row stays, so that its id and root e-mail are never given to another account.
     */
    closedAt: at('closed_at'),
    /** When a closed account's data was deleted after the grace period (`purgeClosed`); the row itself stays. */
    purgedAt: at('purged_at'),
  },
  (t) => [
    uniqueIndex('accounts_alias_uq').on(t.alias),
    uniqueIndex('accounts_root_email_uq').on(sql`lower(${t.rootEmail})`),
  ],
);
