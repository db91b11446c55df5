import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { at, createdAt, idColumn } from './columns.js';
import { groups } from './groups.js';
import { roles } from './roles.js';
import { users } from './users.js';

/** Inline policies embedded in one user, group or role; names unique per owner ignoring case. */
export const inlinePolicies = pgTable(
  'inline_policies',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: idColumn('user_id').references(() => users.id),
    groupId: idColumn('group_id').references(() => groups.id),
    roleId: idColumn('role_id').references(() => roles.id),
    name: varchar('name', { length: 128 }).notNull(),
    document: text('document').notNull(),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('inline_policies_one_owner_ck', sql`num_nonnulls(${t.userId}, ${t.groupId}, ${t.roleId}) = 1`),
    uniqueIndex('inline_policies_user_uq')
      .on(t.userId, sql`lower(${t.name})`)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('inline_policies_group_uq')
      .on(t.groupId, sql`lower(${t.name})`)
      .where(sql`${t.groupId} is not null`),
    uniqueIndex('inline_policies_role_uq')
      .on(t.roleId, sql`lower(${t.name})`)
      .where(sql`${t.roleId} is not null`),
  ],
);
