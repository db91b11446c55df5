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
import { at, createdAt, idColumn } from './columns.js';

/**
 * Resource-based policies an app keeps in iamgate for its own resources (like an S3 bucket policy), each for one
 * resource ARN or an ARN pattern (`*`, `?`) of the account's own resources. The decision for a request without a
 * resource policy of its own uses every stored policy whose ARN matches the resource.
 */
export const resourcePolicies = pgTable(
  'resource_policies',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    /** The resource ARN or ARN pattern the policy is for, in the account. */
    resourceArn: varchar('resource_arn', { length: 2048 }).notNull(),
    /** Next version number to hand out; version ids are never reused. */
    nextVersion: integer('next_version').notNull().default(2),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resource_policies_account_arn_uq').on(t.accountId, t.resourceArn)],
);

/** The stored versions of a resource policy (`v1`, `v2`...), at most five; exactly one is the default. */
export const resourcePolicyVersions = pgTable(
  'resource_policy_versions',
  {
    policyId: idColumn('policy_id')
      .notNull()
      .references(() => resourcePolicies.id, { onDelete: 'cascade' }),
    versionId: varchar('version_id', { length: 16 }).notNull(),
    document: text('document').notNull(),
    isDefault: boolean('is_default').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'resource_policy_versions_pk', columns: [t.policyId, t.versionId] }),
    uniqueIndex('resource_policy_versions_default_uq').on(t.policyId).where(sql`${t.isDefault}`),
    index('resource_policy_versions_policy_idx').on(t.policyId),
  ],
);
