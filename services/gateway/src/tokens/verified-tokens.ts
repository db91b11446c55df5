import type { SessionClaims } from '@iamgate/policy/contracts';
import { LruMap } from '../cache/lru-map.js';

/** A token whose signature, algorithm, issuer, audience and claims were verified, and the key that signed it. */
export interface VerifiedToken {
  /** The verified claims, frozen: every request presenting the token shares them. */
  claims: SessionClaims;
  /** The `kid` of the key that verified it: the token is only answered from memory while that key is published. */
  kid: string;
}

/**
 * Tokens already verified, by their exact text, until they expire. The Ed25519 check costs 150-175 µs, most of an
 * authenticated trivial request, and the same token comes back with every request of its session. Only tokens that
 * passed every check enter, keyed by the whole string, so a token differing in any character (another signature,
 * payload, header, audience or issuer) is verified in full. What a cached token does not skip: its `exp` and `nbf`
 * are checked against the gateway's clock on every use (`TokenService.verify`), and its session's revocation and
 * expiry are checked by `authenticate`, which follows the account revision.
 */
export class VerifiedTokens {
  private readonly entries: LruMap<string, VerifiedToken>;

  constructor(maxEntries: number) {
    this.entries = new LruMap(maxEntries);
  }

  get(token: string): VerifiedToken | undefined {
    return this.entries.get(token);
  }

  /** Remembers a token that has just been verified in full. */
  add(token: string, verified: VerifiedToken): void {
    Object.freeze(verified.claims.tags);
    Object.freeze(verified.claims);
    this.entries.set(token, Object.freeze(verified));
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }
}
