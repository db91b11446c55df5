import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt } from './columns.js';

/**
 * Organizations (AWS Organizations, `organizations/latest/userguide/orgs_introduction.html`): a management account
 * and member accounts in a tree of organizational units under one root, capped by guardrail policies (iamgate's
 * service control policies) attached to the root, units and accounts.
 */
export const organizations = pgTable('organizations', {
  /** `o-` and 10 lowercase letters and digits. */
  id: varchar('id', { length: 34 }).primaryKey(),
  managementAccountId: varchar('management_account_id', { length: 12 })
    .notNull()
    .unique()
    .references(() => accounts.id),
  createdAt: createdAt(),
});

/** The root (`r-...`, no parent) and organizational units (`ou-...`) of an organization. */
export const organizationalUnits = pgTable(
  'organizational_units',
  {
    id: varchar('id', { length: 68 }).primaryKey(),
    organizationId: varchar('organization_id', { length: 34 })
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The parent unit or root; null for the root. */
    parentId: varchar('parent_id', { length: 68 }),
    name: varchar('name', { length: 128 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('organizational_units_org_idx').on(t.organizationId),
    uniqueIndex('organizational_units_parent_name_uq').on(t.parentId, sql`lower(${t.name})`),
  ],
);

/** Member accounts (the management account included), each in one organization, under one parent. */
export const organizationAccounts = pgTable(
  'organization_accounts',
  {
    accountId: varchar('account_id', { length: 12 })
      .primaryKey()
      .references(() => accounts.id),
    organizationId: varchar('organization_id', { length: 34 })
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    parentId: varchar('parent_id', { length: 68 })
      .notNull()
      .references(() => organizationalUnits.id),
    joinedAt: createdAt(),
  },
  (t) => [
    index('organization_accounts_org_idx').on(t.organizationId),
    index('organization_accounts_parent_idx').on(t.parentId),
  ],
);

/** Invitations of accounts to an organization (`API_Handshake.html`), accepted by the invited account. */
export const handshakes = pgTable(
  'handshakes',
  {
    /** `h-` and 10 lowercase letters and digits. */
    id: varchar('id', { length: 34 }).primaryKey(),
    organizationId: varchar('organization_id', { length: 34 })
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    targetAccountId: varchar('target_account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    /** `OPEN`, `ACCEPTED`, `DECLINED`, `CANCELED` or `EXPIRED` (AWS's states). */
    state: varchar('state', { length: 16 }).notNull(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    index('handshakes_target_idx').on(t.targetAccountId),
    index('handshakes_org_idx').on(t.organizationId),
  ],
);

/** Guardrail policies of an organization (AWS's SCPs), JSON policy documents that never grant. */
export const guardrailPolicies = pgTable(
  'guardrail_policies',
  {
    /** `p-` and 8 lowercase letters and digits. */
    id: varchar('id', { length: 34 }).primaryKey(),
    organizationId: varchar('organization_id', { length: 34 })
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 128 }).notNull(),
    description: varchar('description', { length: 512 }).notNull().default(''),
    document: text('document').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('guardrail_policies_org_name_uq').on(t.organizationId, sql`lower(${t.name})`)],
);

/** Which guardrail policies are attached to which root, unit or account (`target_id`). */
export const guardrailAttachments = pgTable(
  'guardrail_attachments',
  {
    policyId: varchar('policy_id', { length: 34 })
      .notNull()
      .references(() => guardrailPolicies.id, { onDelete: 'cascade' }),
    /** A root or unit id, or a 12-digit account id. */
    targetId: varchar('target_id', { length: 68 }).notNull(),
    organizationId: varchar('organization_id', { length: 34 })
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ name: 'guardrail_attachments_pk', columns: [t.policyId, t.targetId] }),
    index('guardrail_attachments_target_idx').on(t.targetId),
  ],
);
