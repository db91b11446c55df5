import { jsonb, pgTable, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { createdAt, idColumn, tagsColumn } from './columns.js';

/**
 * OpenID Connect identity providers an account trusts for `assumeRoleWithWebIdentity`
 * (`IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html`). `url` is the issuer without its scheme
 * (`token.actions.githubusercontent.com`), as it appears in the provider's ARN and condition keys.
 */
export const oidcProviders = pgTable(
  'oidc_providers',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    url: varchar('url', { length: 255 }).notNull(),
    /** The issuer as configured, with its scheme (`https://...`; `http://` only for loopback when allowed). */
    issuer: varchar('issuer', { length: 300 }).notNull(),
    clientIds: jsonb('client_ids').$type<string[]>().notNull().default([]),
    thumbprints: jsonb('thumbprints').$type<string[]>().notNull().default([]),
    tags: tagsColumn(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('oidc_providers_account_url_uq').on(t.accountId, t.url)],
);
