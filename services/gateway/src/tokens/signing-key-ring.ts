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
  /** How often the keys are read again in the background (other instances may have rotated). */
  refreshMs: number;
  /**
   * The shortest time between two reloads caused by tokens naming a `kid` this instance does not know, so that
   * tokens with made-up key ids cannot turn every request into a database read.
   */
  unknownKidReloadMs?: number;
  now: () => Date;
  /** Told when a background refresh fails; the keys in memory stay in use. */
  onRefreshError?: (error: unknown) => void;
}

/** A JSON Web Key Set (RFC 7517 section 5). */
export interface JsonWebKeySet {
  keys: PublicJwk[];
}

/** What the ring holds in memory: the key to sign with, and every published public key. */
interface Loaded {
  active: ActiveSigningKey;
  published: PublicJwk[];
  verifiers: Map<string, Promise<CryptoKey>>;
}

/**
 * The gateway's view of the signing keys in the store, shared by every instance. The keys live in memory and are
 * refreshed off the request path: on a timer, when a change notification says another instance rotated, and (at
 * most once per `unknownKidReloadMs`) when a token names a key not seen yet. Signing therefore never touches the
 * database, which matters because tokens are issued inside the transaction of `assumeRole` and friends: a database
 * read there would wait for that very transaction on PGlite's single connection, and freeze the gateway.
 */
export class SigningKeyRing {
  private loaded: Loaded | undefined;
  private refreshing: Promise<void> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastUnknownKidReload = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly repo: SigningKeysRepository,
    private readonly options: SigningKeyRingOptions,
  ) {}

  /** Loads the keys (creating the first one when the store has none) and starts the background refresh. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.timer === undefined && this.options.refreshMs > 0) {
      this.timer = setInterval(() => this.refreshInBackground(), this.options.refreshMs);
      this.timer.unref?.();
    }
  }

  /** Stops the background refresh. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The key to sign with now, from memory. */
  signingKey(): ActiveSigningKey {
    if (this.loaded === undefined) throw new Error('the signing key ring has not been started');
    return this.loaded.active;
  }

  /** The public key with this `kid`, or `undefined` when it is not published. */
  async verificationKey(kid: string): Promise<CryptoKey | undefined> {
    const known = this.loaded?.verifiers.get(kid);
    if (known !== undefined) return known;
    const now = Date.now();
    if (now - this.lastUnknownKidReload < (this.options.unknownKidReloadMs ?? 1000)) return undefined;
    this.lastUnknownKidReload = now;
    await this.refresh().catch((error: unknown) => this.options.onRefreshError?.(error));
    return this.loaded?.verifiers.get(kid);
  }

  /** Whether the key `kid` is published now (verified tokens it signed are only trusted from memory while it is). */
  publishes(kid: string): boolean {
    return this.loaded?.verifiers.has(kid) ?? false;
  }

  /** The keys to publish at `/.well-known/jwks.json`: the active one and retired ones still valid for tokens. */
  jwks(): JsonWebKeySet {
    return { keys: this.loaded?.published ?? [] };
  }

  /**
   * Makes a new key active in `repo`, the repository of the caller's transaction, so that the rotation commits with
   * its audit event; the previous key stays published until its tokens have expired. Call `adopt` with the result
   * once the transaction has committed.
   */
  rotate(repo: SigningKeysRepository): Promise<ActiveSigningKey> {
    return repo.rotate({
      algorithm: this.options.algorithm,
      retiredKeyTtlSeconds: this.options.retiredKeyTtlSeconds,
    });
  }

  /** Signs with `key` from now on (a rotation this instance committed), and reloads the published keys. */
  adopt(key: ActiveSigningKey): void {
    const published = this.loaded?.published ?? [];
    this.install(key, published.some((k) => k.kid === key.kid) ? published : [key.publicJwk, ...published]);
    this.refreshInBackground();
  }

  /** Reloads in the background (called when another instance announces a key change). */
  invalidate(): void {
    this.refreshInBackground();
  }

  private refreshInBackground(): void {
    this.refresh().catch((error: unknown) => this.options.onRefreshError?.(error));
  }

  /** One reload at a time; callers arriving during a reload share it. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const active = (await this.repo.active()) ?? (await this.repo.ensureActive(this.options.algorithm));
    const published = await this.repo.verificationKeys(this.options.now());
    // A read that started before this instance adopted a newer key must not take it back: keys only move forward.
    const current = this.loaded?.active;
    if (current !== undefined && current.createdAt.getTime() > active.createdAt.getTime()) {
      this.install(
        current,
        published.some((k) => k.kid === current.kid) ? published : [current.publicJwk, ...published],
      );
    } else {
      this.install(active, published);
    }
  }

  private install(active: ActiveSigningKey, published: PublicJwk[]): void {
    const previous = this.loaded?.verifiers;
    const verifiers = new Map<string, Promise<CryptoKey>>();
    for (const jwk of published) {
      const kid = jwk.kid as string;
      verifiers.set(kid, previous?.get(kid) ?? (importJWK(jwk, jwk.alg) as Promise<CryptoKey>));
    }
    this.loaded = { active, published, verifiers };
  }
}
