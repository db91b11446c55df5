import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn } from './columns.js';

/**
 * An app's service, as it declares it to iamgate (the Service Authorization Reference of an AWS service): its
 * prefix (`orders`), and in each version its actions, resource types and condition keys. Policy checks use them to
 * find misspelled actions, resource types that cannot match and mistyped condition keys.
 */
export const serviceDefinitions = pgTable(
  'service_definitions',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    /** The service prefix of its actions (`orders` in `orders:GetOrder`), lower case. */
    prefix: varchar('prefix', { length: 64 }).notNull(),
    nextVersion: integer('next_version').notNull().default(2),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_definitions_account_prefix_uq').on(t.accountId, t.prefix)],
);

/** The versions of a service definition (`v1`...), at most five; exactly one is the default. */
export const serviceDefinitionVersions = pgTable(
  'service_definition_versions',
  {
    definitionId: idColumn('definition_id')
      .notNull()
      .references(() => serviceDefinitions.id, { onDelete: 'cascade' }),
    versionId: varchar('version_id', { length: 16 }).notNull(),
    /** The definition as checked (`ServiceDefinitionDocument` of `@iamgate/policy`). */
    document: jsonb('document').notNull(),
    isDefault: boolean('is_default').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'service_definition_versions_pk', columns: [t.definitionId, t.versionId] }),
    uniqueIndex('service_definition_versions_default_uq').on(t.definitionId).where(sql`${t.isDefault}`),
    index('service_definition_versions_definition_idx').on(t.definitionId),
  ],
);
