import { bigint, index, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, createdAt, idColumn, tagsColumn } from './columns.js';
import { users } from './users.js';

/**
 * Virtual MFA devices (`IAM/latest/APIReference/API_CreateVirtualMFADevice.html`): a TOTP seed (RFC 6238), kept
 * encrypted with the secret key like signing keys, bound to its row by the device id. A device is created
 * unassigned and enabled for one IAM user or for the account's root user (`assigned_to`). `last_step` is the time
 * step of the last code accepted, so a code (or an earlier one) is never accepted twice.
 */
export const mfaDevices = pgTable(
  'mfa_devices',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    path: varchar('path', { length: 512 }).notNull().default('/'),
    name: varchar('name', { length: 128 }).notNull(),
    seedCiphertext: text('seed_ciphertext').notNull(),
    /** Who the device is enabled for: `user` (with `user_id`), `root`, or null while unassigned. */
    assignedTo: varchar('assigned_to', { length: 8 }).$type<'user' | 'root'>(),
    userId: idColumn('user_id').references(() => users.id, { onDelete: 'set null' }),
    enabledAt: at('enabled_at'),
    lastStep: bigint('last_step', { mode: 'number' }),
    lastUsedAt: at('last_used_at'),
    tags: tagsColumn(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mfa_devices_account_name_uq').on(t.accountId, t.name),
    index('mfa_devices_user_idx').on(t.userId),
  ],
);
