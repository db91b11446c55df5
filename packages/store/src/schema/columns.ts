import { jsonb, timestamp, varchar } from 'drizzle-orm/pg-core';

/** A tag as IAM stores it (`IAM/latest/APIReference/API_Tag.html`). */
export interface Tag {
  key: string;
  value: string;
}

/** `timestamptz` read and written as `Date`. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `timestamptz(3)`: millisecond precision, so a JS `Date` round-trips exactly (keyset cursors rely on it). */
export const atMs = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** The creation time every entity has. */
export const createdAt = () => at('created_at').notNull().defaultNow();

/** Entity ids (`AIDA...`) and 12-digit account ids. */
export const idColumn = (name: string) => varchar(name, { length: 32 });

/** A list of tags, ordered as they were added. */
export const tagsColumn = () => jsonb('tags').$type<Tag[]>().notNull().default([]);
