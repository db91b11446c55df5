import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn, tagsColumn } from './columns.js';

/** Customer-managed policies: a name, a path and up to five stored versions, one of them the default. */
export const policies = pgTable(
  'policies',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    name: varchar('name', { length: 128 }).notNull(),
    path: varchar('path', { length: 512 }).notNull(),
    description: varchar('description', { length: 1000 }),
    /** Next version number to hand out: AWS never reuses a version id, even after it was deleted. */
    nextVersion: integer('next_version').notNull().default(2),
    tags: tagsColumn(),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    /**
     * When a decision last used the policy to allow a request, by whom and for what: recorded by the gateways that
     * decided, at most once a minute per policy and instance (`policies.recordUse`).
     */
    lastUsedAt: at('last_used_at'),
    lastUsedBy: varchar('last_used_by', { length: 2048 }),
    lastUsedAction: varchar('last_used_action', { length: 256 }),
  },
  (t) => [uniqueIndex('policies_account_name_uq').on(t.accountId, sql`lower(${t.name})`)],
);

/** The stored versions of a managed policy (`v1`, `v2`...). Exactly one is the default. */
export const policyVersions = pgTable(
  'policy_versions',
  {
    policyId: idColumn('policy_id')
      .notNull()
      .references(() => policies.id, { onDelete: 'cascade' }),
    versionId: varchar('version_id', { length: 16 }).notNull(),
    document: text('document').notNull(),
    isDefault: boolean('is_default').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'policy_versions_pk', columns: [t.policyId, t.versionId] }),
    // At most one default per policy, whatever the interleaving of writers.
    uniqueIndex('policy_versions_default_uq').on(t.policyId).where(sql`${t.isDefault}`),
    index('policy_versions_policy_idx').on(t.policyId),
  ],
);
