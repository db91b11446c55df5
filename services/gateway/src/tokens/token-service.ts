import { randomUUID } from 'node:crypto';
import {
  isSessionClaims,
  REGISTERED_CLAIMS,
  type SessionClaims,
  type SessionClaimsInput,
} from '@iamgate/policy/contracts';
import { errors, jwtVerify, SignJWT } from 'jose';
import { IamError } from '../errors/iam-error.js';
import { keyFitsAlgorithm } from './key-fits-algorithm.js';
import type { SigningKeyRing } from './signing-key-ring.js';
import { VerifiedTokens } from './verified-tokens.js';

/** Options of a `TokenService`. */
export interface TokenServiceOptions {
  issuer: string;
  audience: string;
  now: () => Date;
  /** Accepted clock skew in seconds between gateway instances (`nbf`, `exp`). */
  clockToleranceSeconds: number;
  /** How many verified tokens are kept in memory (least recently used dropped first); 10,000 by default. */
  verifiedTokens?: number;
}

/** The algorithms a token may be signed with; anything else (notably `none` and HMAC) is refused. */
export const TOKEN_ALGORITHMS = ['EdDSA', 'ES256'];

/** An issued token and its lifetime. */
export interface IssuedToken {
  token: string;
  claims: SessionClaims;
  expiresAt: Date;
}

/**
 * Issues and verifies session tokens: JWTs signed with the active key of the shared key ring, with a `kid`
 * header and the registered claims of RFC 7519 (`iss`, `aud`, `sub`, `iat`, `nbf`, `exp`, `jti`).
 */
export class TokenService {
  private readonly verified: VerifiedTokens;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly keys: SigningKeyRing,
    private readonly options: TokenServiceOptions,
  ) {
    this.verified = new VerifiedTokens(options.verifiedTokens ?? 10_000);
  }

  /** Signs a token for a session that lasts from `issuedAt` to `expiresAt`. */
  async issue(input: SessionClaimsInput, issuedAt: Date, expiresAt: Date): Promise<IssuedToken> {
    const key = this.keys.signingKey();
    const iat = Math.floor(issuedAt.getTime() / 1000);
    const exp = Math.floor(expiresAt.getTime() / 1000);
    const claims: SessionClaims = {
      ...input,
      iss: this.options.issuer,
      aud: this.options.audience,
      iat,
      nbf: iat,
      exp,
      jti: randomUUID(),
    };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: key.algorithm, kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
    return { token, claims, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Verifies a token's signature, algorithm (one of ours, and the one of the key its `kid` names), issuer,
   * audience and times. `ExpiredToken` when it has expired, `InvalidClientTokenId` for anything else wrong with it.
   * A token verified before is answered from memory (`VerifiedTokens`) while the key that signed it is published,
   * its times checked again against the clock.
   */
  async verify(token: string): Promise<SessionClaims> {
    try {
      const known = this.verified.get(token);
      if (known !== undefined && this.keys.publishes(known.kid)) {
        this.checkTimes(token, known.claims);
        this.hits += 1;
        return known.claims;
      }
      this.misses += 1;
      let kid: string | undefined;
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = header.kid === undefined ? undefined : await this.keys.verificationKey(header.kid);
          if (key === undefined) throw new errors.JWKSNoMatchingKey();
          if (!keyFitsAlgorithm(header.alg, key)) {
            throw new errors.JOSEAlgNotAllowed(`\`${header.alg}\` does not fit the key \`${header.kid}\``);
          }
          kid = header.kid;
          return key;
        },
        {
          algorithms: TOKEN_ALGORITHMS,
          issuer: this.options.issuer,
          audience: this.options.audience,
          currentDate: this.options.now(),
          clockTolerance: this.options.clockToleranceSeconds,
          requiredClaims: [...REGISTERED_CLAIMS],
        },
      );
      if (!isSessionClaims(payload)) throw new errors.JWTClaimValidationFailed('unexpected claims', payload);
      // INVARIANT: only a token that passed every check above is remembered.
      if (kid !== undefined) this.verified.add(token, { claims: payload, kid });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new IamError('ExpiredToken', 'the session token has expired');
      if (error instanceof errors.JOSEError) {
        throw new IamError('InvalidClientTokenId', 'the session token is not valid', { reason: error.code });
      }
      throw error;
    }
  }

  /** Tokens answered from memory (`hits`) and verified in full (`misses`) since start, and how many are kept. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hits, misses: this.misses, entries: this.verified.size };
  }

  /**
   * The time checks `jwtVerify` makes, for a token answered from memory, with the same clock and tolerance and the
   * same errors (RFC 7519 sections 4.1.4 and 4.1.5; jose compares whole seconds): not yet valid while
   * `nbf > now + tolerance`, expired once `exp <= now - tolerance`.
   */
  private checkTimes(token: string, claims: SessionClaims): void {
    const now = Math.floor(this.options.now().getTime() / 1000);
    const tolerance = this.options.clockToleranceSeconds;
    if (claims.nbf > now + tolerance) {
      throw new errors.JWTClaimValidationFailed('"nbf" claim timestamp check failed', claims, 'nbf');
    }
    if (claims.exp <= now - tolerance) {
      this.verified.delete(token);
      throw new errors.JWTExpired('"exp" claim timestamp check failed', claims, 'exp');
    }
  }
}
