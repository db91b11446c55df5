import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, idColumn } from './columns.js';
import { users } from './users.js';

/** IAM groups: collections of users; never principals themselves. */
export const groups = pgTable(
  'groups',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    name: varchar('name', { length: 128 }).notNull(),
    path: varchar('path', { length: 512 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('groups_account_name_uq').on(t.accountId, sql`lower(${t.name})`)],
);

/** Which users are in which groups (a user is in at most 10 groups by default). */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    groupId: idColumn('group_id')
      .notNull()
      .references(() => groups.id),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'group_memberships_pk', columns: [t.groupId, t.userId] }),
    index('group_memberships_user_idx').on(t.userId),
  ],
);
