import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns.js';

/**
 * Token signing keys shared by every gateway instance. The private key is AES-256-GCM encrypted under the
 * store's secret key; the public half is kept as a JWK for the JWKS endpoint.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    kid: varchar('kid', { length: 64 }).primaryKey(),
    algorithm: varchar('algorithm', { length: 16 }).$type<'EdDSA' | 'ES256'>().notNull(),
    publicJwk: jsonb('public_jwk').$type<Record<string, string>>().notNull(),
    privateKeyCiphertext: text('private_key_ciphertext').notNull(),
    status: varchar('status', { length: 8 }).$type<'active' | 'retired'>().notNull(),
    createdAt: createdAt(),
    retiredAt: at('retired_at'),
    /** A retired key stays in the JWKS until then (when every token it signed has expired). */
    publishUntil: at('publish_until'),
  },
  // One active key at a time, even when several gateways start or rotate at once.
  (t) => [uniqueIndex('signing_keys_one_active_uq').on(t.status).where(sql`${t.status} = 'active'`)],
);
