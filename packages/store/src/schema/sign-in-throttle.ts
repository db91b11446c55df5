import { integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/**
 * Sign-in attempt counters per key (a principal, a source address), shared by every gateway instance so that a
 * lockout holds whichever instance the next attempt reaches.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: varchar('key', { length: 512 }).primaryKey(),
  /**
   * Attempts counted in the current window: reserved before the credentials are checked, kept when they fail,
   * refunded when they could not be checked (the column keeps its first name; it counted failures only).
   */
  failures: integer('failures').notNull(),
  windowStartedAt: at('window_started_at').notNull(),
  lockedUntil: at('locked_until'),
});
