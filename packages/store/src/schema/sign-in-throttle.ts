import { integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/**
 * Failed sign-in counters per key (a principal, a source address), shared by every gateway instance so that a
 * lockout holds whichever instance the next attempt reaches.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: varchar('key', { length: 512 }).primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: at('window_started_at').notNull(),
  lockedUntil: at('locked_until'),
});
