import { pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at } from './columns.js';

/**
 * The latest credential report of each account (`IAM/latest/UserGuide/id_credentials_getting-report.html`): the CSV
 * as generated, kept so every instance serves the same report until the next `generateCredentialReport`.
 */
export const credentialReports = pgTable('credential_reports', {
  accountId: varchar('account_id', { length: 12 })
    .primaryKey()
    .references(() => accounts.id),
  content: text('content').notNull(),
  generatedAt: at('generated_at').notNull(),
});
