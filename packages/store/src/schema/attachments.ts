import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from './columns.js';
import { groups } from './groups.js';
import { policies } from './policies.js';
import { roles } from './roles.js';
import { users } from './users.js';

/**
 * Managed policies attached to users, groups and roles. One row names exactly one principal; foreign keys keep
 * both sides (restrict: a principal or policy with attachments cannot be deleted, AWS's DeleteConflict).
 */
export const policyAttachments = pgTable(
  'policy_attachments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    policyId: idColumn('policy_id')
      .notNull()
      .references(() => policies.id),
    userId: idColumn('user_id').references(() => users.id),
    groupId: idColumn('group_id').references(() => groups.id),
    roleId: idColumn('role_id').references(() => roles.id),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'policy_attachments_one_principal_ck',
      sql`num_nonnulls(${t.userId}, ${t.groupId}, ${t.roleId}) = 1`,
    ),
    uniqueIndex('policy_attachments_user_uq').on(t.userId, t.policyId).where(sql`${t.userId} is not null`),
    uniqueIndex('policy_attachments_group_uq').on(t.groupId, t.policyId).where(sql`${t.groupId} is not null`),
    uniqueIndex('policy_attachments_role_uq').on(t.roleId, t.policyId).where(sql`${t.roleId} is not null`),
    index('policy_attachments_policy_idx').on(t.policyId),
  ],
);
