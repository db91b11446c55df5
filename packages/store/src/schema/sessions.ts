import { boolean, index, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { at, atMs, createdAt, idColumn, type Tag } from './columns.js';
import { roles } from './roles.js';
import { users } from './users.js';
import { workloads } from './workloads.js';

/** A managed session policy as the session was issued with it. */
export interface SessionPolicyDocument {
  arn: string;
  name: string;
  path: string;
  versionId: string;
  document: string;
}

/**
 * Sessions issued by sign-in, getSessionToken, assumeRole and assumeWorkloadRole. The token itself (a JWT) is
 * signed by the gateway; this row is what makes it revocable and what carries the session's policies and tags.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn('id').primaryKey(),
    accountId: varchar('account_id', { length: 12 })
      .notNull()
      .references(() => accounts.id),
    principalType: varchar('principal_type', { length: 8 }).$type<'root' | 'user' | 'role'>().notNull(),
    /** How it was obtained: `signIn`, `accessKey`, `getSessionToken`, `assumeRole`, `assumeWorkloadRole`. */
    source: varchar('source', { length: 32 }).notNull(),
    userId: idColumn('user_id').references(() => users.id, { onDelete: 'cascade' }),
    roleId: idColumn('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    workloadId: idColumn('workload_id').references(() => workloads.id, { onDelete: 'set null' }),
    /** For role chaining: the session that assumed this one. */
    parentSessionId: idColumn('parent_session_id'),
    sessionName: varchar('session_name', { length: 64 }),
    sourceIdentity: varchar('source_identity', { length: 64 }),
    tags: jsonb('tags').$type<Tag[]>().notNull().default([]),
    transitiveTagKeys: jsonb('transitive_tag_keys').$type<string[]>().notNull().default([]),
    sessionPolicy: text('session_policy'),
    sessionPolicyArns: jsonb('session_policy_arns').$type<string[]>().notNull().default([]),
    /**
     * The managed session policies as they were when the session was issued: their default version's document, so
     * that deleting or editing a policy later never widens (or changes) a session it narrows. AWS packs session
     * policies into the credentials the same way.
     */
    sessionPolicyDocuments: jsonb('session_policy_documents')
      .$type<SessionPolicyDocument[]>()
      .notNull()
      .default([]),
    mfaAuthenticated: boolean('mfa_authenticated').notNull().default(false),
    /** When the MFA code was checked (`aws:MultiFactorAuthAge`); inherited by the sessions derived from it. */
    mfaAuthenticatedAt: at('mfa_authenticated_at'),
    sourceIp: varchar('source_ip', { length: 64 }),
    /** Optional session secret, stored as a SHA-256 hash only. */
    secretHash: text('secret_hash'),
    issuedAt: atMs('issued_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sessions_role_idx').on(t.roleId, t.issuedAt),
    index('sessions_user_idx').on(t.userId, t.issuedAt),
    index('sessions_account_expiry_idx').on(t.accountId, t.expiresAt),
    // Revoking a session revokes the sessions derived from it: found by their parent.
    index('sessions_parent_idx').on(t.parentSessionId),
    // Housekeeping deletes sessions long expired, across accounts, oldest first.
    index('sessions_expiry_idx').on(t.expiresAt),
  ],
);
