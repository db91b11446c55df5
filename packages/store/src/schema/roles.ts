import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import type { TrustBinding } from '../trust/trust-binding.js';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn, tagsColumn } from './columns.js';
import { policies } from './policies.js';

/** IAM roles: a trust policy, permissions, and a maximum session duration of 1 to 12 hours. */
export const roles = pgTable(
  'roles',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    name: varchar('name', { length: 64 }).notNull(),
    path: varchar('path', { length: 512 }).notNull(),
    description: varchar('description', { length: 1000 }),
    /** The trust policy as submitted. */
    trustPolicy: text('trust_policy').notNull(),
    /**
     * The user and role principals the trust policy named when it was saved, each with the unique id it was bound
     * to (`trust/trust-binding.ts`). NULL for policies saved before principals were bound (migration 0002): those are
     * evaluated as written until they are saved again.
     */
    trustBindings: jsonb('trust_bindings').$type<TrustBinding[]>(),
    /** The trust policy as evaluated: bound principals replaced by their ids; NULL when that is `trust_policy`. */
    boundTrustPolicy: text('bound_trust_policy'),
    maxSessionDuration: integer('max_session_duration').notNull().default(3600),
    boundaryPolicyId: idColumn('boundary_policy_id').references(() => policies.id),
    tags: tagsColumn(),
    lastUsedAt: at('last_used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('roles_account_name_uq').on(t.accountId, sql`lower(${t.name})`),
    index('roles_boundary_idx').on(t.boundaryPolicyId),
    check('roles_max_session_duration_ck', sql`${t.maxSessionDuration} between 3600 and 43200`),
  ],
);
