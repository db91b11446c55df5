import type { ActiveSigningKey, PublicJwk, SigningAlgorithm, SigningKeysRepository } from '@iamgate/store';
import { type CryptoKey, importJWK } from 'jose';

/** Options of a `SigningKeyRing`. */
export interface SigningKeyRingOptions {
  algorithm: SigningAlgorithm;
  /**
   * How long a retired key stays published: the longest lifetime of any token plus the refresh interval, so that a
   * token signed by an instance that has not yet noticed a rotation can still be verified until it expires.
   */
  retiredKeyTtlSeconds: number;
  /** How long the active key is cached before asking the store again (other instances may have rotated). */
  refreshMs: number;
  now: () => Date;
}

/** A JSON Web Key Set (RFC 7517 section 5). */
export interface JsonWebKeySet {
  keys: PublicJwk[];
}

/**
 * The gateway's view of the signing keys in the store, shared by every instance: the active key (cached for
 * `refreshMs`, and dropped at once when a change notification says keys changed), and the public keys by `kid`
 * for verification (looked up again in the store when a token names a `kid` not seen yet).
 */
export class SigningKeyRing {
  private active: { key: ActiveSigningKey; loadedAt: number } | undefined;
  private readonly publicKeys = new Map<string, Promise<CryptoKey | undefined>>();

  constructor(
    private readonly repo: SigningKeysRepository,
    private readonly options: SigningKeyRingOptions,
  ) {}

  /** The key to sign with now; creates the first key when the store has none. */
  async signingKey(): Promise<ActiveSigningKey> {
    const cached = this.active;
    if (cached !== undefined && Date.now() - cached.loadedAt < this.options.refreshMs) return cached.key;
    const key = (await this.repo.active()) ?? (await this.repo.ensureActive(this.options.algorithm));
    this.active = { key, loadedAt: Date.now() };
    return key;
  }

  /** The public key with this `kid`, or `undefined` when the store does not publish it. */
  verificationKey(kid: string): Promise<CryptoKey | undefined> {
    let key = this.publicKeys.get(kid);
    if (key === undefined) {
      key = this.loadPublicKey(kid);
      this.publicKeys.set(kid, key);
      // An unknown kid is not cached, so a key created later by another instance is found on a later request.
      key
        .then((k) => k === undefined && this.publicKeys.delete(kid))
        .catch(() => this.publicKeys.delete(kid));
    }
    return key;
  }

  private async loadPublicKey(kid: string): Promise<CryptoKey | undefined> {
    const jwk = (await this.repo.verificationKeys(this.options.now())).find((k) => k.kid === kid);
    if (jwk === undefined) return undefined;
    return (await importJWK(jwk, jwk.alg)) as CryptoKey;
  }

  /** The keys to publish at `/.well-known/jwks.json`: the active one and retired ones still valid for tokens. */
  async jwks(): Promise<JsonWebKeySet> {
    return { keys: await this.repo.verificationKeys(this.options.now()) };
  }

  /**
   * Makes a new key active; the previous one stays published until its tokens have expired. `repo` is the
   * repository of the caller's transaction, when it has one: the rotation then commits with its audit event.
   * The cached key is dropped rather than replaced, since the transaction may still roll back.
   */
  async rotate(repo: SigningKeysRepository = this.repo): Promise<ActiveSigningKey> {
    const key = await repo.rotate({
      algorithm: this.options.algorithm,
      retiredKeyTtlSeconds: this.options.retiredKeyTtlSeconds,
    });
    this.invalidate();
    return key;
  }

  /** Forgets the cached active key (called when another instance announces a key change). */
  invalidate(): void {
    this.active = undefined;
  }
}
