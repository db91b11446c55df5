import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { and, desc, eq, gt, or, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { invalidInput } from '../errors.js';
import { CHANGE_CHANNEL } from '../notify/change-event.js';
import { signingKeys } from '../schema/signing-keys.js';
import { open, seal } from '../secrets/envelope.js';
import { read, requireSecretKey, type StoreContext, write } from './context.js';

/** JWS algorithms the store can generate keys for. */
export type SigningAlgorithm = 'EdDSA' | 'ES256';

/** A public key as published in the JWKS (`kid`, `alg`, `use` and the key members). */
export type PublicJwk = Record<string, string>;

/** The key tokens are signed with now, decrypted. */
export interface ActiveSigningKey {
  kid: string;
  algorithm: SigningAlgorithm;
  publicJwk: PublicJwk;
  /** The private key, ready for jose's `SignJWT.sign`. */
  privateKey: KeyObject;
  createdAt: Date;
}

/** A key's public metadata. */
export interface SigningKeyInfo {
  kid: string;
  algorithm: SigningAlgorithm;
  status: 'active' | 'retired';
  publicJwk: PublicJwk;
  createdAt: Date;
  retiredAt: Date | null;
  publishUntil: Date | null;
}

// Serializes rotations across processes for the duration of one transaction.
const ROTATION_LOCK = 7_345_112_902;

/** RFC 7638 JWK thumbprint: SHA-256 over the required members in lexicographic order. */
function thumbprint(jwk: PublicJwk): string {
  const members = jwk.kty === 'OKP' ? ['crv', 'kty', 'x'] : ['crv', 'kty', 'x', 'y'];
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  return createHash('sha256').update(canonical).digest('base64url');
}

function generate(algorithm: SigningAlgorithm): { publicJwk: PublicJwk; pkcs8: string; kid: string } {
  const pair =
    algorithm === 'EdDSA'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = pair.publicKey.export({ format: 'jwk' }) as PublicJwk;
  const kid = thumbprint(jwk);
  const publicJwk: PublicJwk = { ...jwk, kid, alg: algorithm, use: 'sig' };
  const pkcs8 = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { publicJwk, pkcs8, kid };
}

/**
 * Token signing keys shared by all gateway instances: one active key, retired keys published until the tokens
 * they signed have expired. Private keys are AES-256-GCM encrypted under the store's secret key.
 */
export class SigningKeysRepository {
  constructor(private readonly ctx: StoreContext) {}

  private decrypt(row: typeof signingKeys.$inferSelect): ActiveSigningKey {
    const pem = open(requireSecretKey(this.ctx), row.privateKeyCiphertext, row.kid);
    return {
      kid: row.kid,
      algorithm: row.algorithm,
      publicJwk: row.publicJwk,
      privateKey: createPrivateKey(pem),
      createdAt: row.createdAt,
    };
  }

  private async insertActive(tx: Transaction, algorithm: SigningAlgorithm): Promise<ActiveSigningKey> {
    const key = requireSecretKey(this.ctx);
    const { publicJwk, pkcs8, kid } = generate(algorithm);
    const [row] = await tx
      .insert(signingKeys)
      .values({ kid, algorithm, publicJwk, privateKeyCiphertext: seal(key, pkcs8, kid), status: 'active' })
      .returning();
    await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify({ type: 'signingKeys' })})`);
    return this.decrypt(row as typeof signingKeys.$inferSelect);
  }

  /** The active key, or `null` when none was created yet. */
  async active(): Promise<ActiveSigningKey | null> {
    const row = await read(this.ctx, async (db) => {
      const [r] = await db.select().from(signingKeys).where(eq(signingKeys.status, 'active'));
      return r;
    });
    return row ? this.decrypt(row) : null;
  }

  /** The active key, creating one if there is none (safe when several gateways start at once). */
  async ensureActive(algorithm: SigningAlgorithm = 'EdDSA'): Promise<ActiveSigningKey> {
    checkAlgorithm(algorithm);
    requireSecretKey(this.ctx);
    return write(this.ctx, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${ROTATION_LOCK})`);
      const [row] = await tx.select().from(signingKeys).where(eq(signingKeys.status, 'active'));
      return row ? this.decrypt(row) : this.insertActive(tx, algorithm);
    });
  }

  /**
   * Makes a new key active and retires the current one, which stays published for `retiredKeyTtlSeconds` (set
   * it to the longest token lifetime, so every token the old key signed can still be verified).
   */
  async rotate(options: {
    algorithm?: SigningAlgorithm;
    retiredKeyTtlSeconds: number;
  }): Promise<ActiveSigningKey> {
    const algorithm = checkAlgorithm(options.algorithm ?? 'EdDSA');
    const ttl = options.retiredKeyTtlSeconds;
    if (!Number.isInteger(ttl) || ttl < 0)
      throw invalidInput('`retiredKeyTtlSeconds` must be a non-negative integer');
    requireSecretKey(this.ctx);
    return write(this.ctx, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${ROTATION_LOCK})`);
      const now = new Date();
      await tx
        .update(signingKeys)
        .set({ status: 'retired', retiredAt: now, publishUntil: new Date(now.getTime() + ttl * 1000) })
        .where(eq(signingKeys.status, 'active'));
      return this.insertActive(tx, algorithm);
    });
  }

  /** The public keys to publish at `now`: the active one and retired ones still within their publication time. */
  async verificationKeys(now: Date = new Date()): Promise<PublicJwk[]> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ jwk: signingKeys.publicJwk })
        .from(signingKeys)
        .where(
          or(
            eq(signingKeys.status, 'active'),
            and(eq(signingKeys.status, 'retired'), gt(signingKeys.publishUntil, now)),
          ),
        )
        .orderBy(desc(signingKeys.createdAt));
      return rows.map((r) => r.jwk);
    });
  }

  /** Every key's public metadata, newest first. */
  async list(): Promise<SigningKeyInfo[]> {
    return read(this.ctx, (db: Executor) =>
      db
        .select({
          kid: signingKeys.kid,
          algorithm: signingKeys.algorithm,
          status: signingKeys.status,
          publicJwk: signingKeys.publicJwk,
          createdAt: signingKeys.createdAt,
          retiredAt: signingKeys.retiredAt,
          publishUntil: signingKeys.publishUntil,
        })
        .from(signingKeys)
        .orderBy(desc(signingKeys.createdAt)),
    );
  }

  /** Deletes retired keys no longer published at `now`; returns how many. */
  async purge(now: Date = new Date()): Promise<number> {
    return read(this.ctx, async (db) => {
      const removed = await db
        .delete(signingKeys)
        .where(
          and(eq(signingKeys.status, 'retired'), sql`${signingKeys.publishUntil} <= ${now.toISOString()}`),
        )
        .returning({ kid: signingKeys.kid });
      return removed.length;
    });
  }
}

function checkAlgorithm(algorithm: string): SigningAlgorithm {
  if (algorithm !== 'EdDSA' && algorithm !== 'ES256') {
    throw invalidInput(`signing algorithm \`${algorithm}\` must be EdDSA or ES256`, { field: 'algorithm' });
  }
  return algorithm;
}
