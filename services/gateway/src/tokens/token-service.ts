import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { IamError } from '../errors/iam-error.js';
import { keyFitsAlgorithm } from './key-fits-algorithm.js';
import { isSessionClaims, type SessionClaims, type SessionClaimsInput } from './session-claims.js';
import type { SigningKeyRing } from './signing-key-ring.js';

/** Options of a `TokenService`. */
export interface TokenServiceOptions {
  issuer: string;
  audience: string;
  now: () => Date;
  /** Accepted clock skew in seconds between gateway instances (`nbf`, `exp`). */
  clockToleranceSeconds: number;
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
  constructor(
    private readonly keys: SigningKeyRing,
    private readonly options: TokenServiceOptions,
  ) {}

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
   */
  async verify(token: string): Promise<SessionClaims> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = header.kid === undefined ? undefined : await this.keys.verificationKey(header.kid);
          if (key === undefined) throw new errors.JWKSNoMatchingKey();
          if (!keyFitsAlgorithm(header.alg, key)) {
            throw new errors.JOSEAlgNotAllowed(`\`${header.alg}\` does not fit the key \`${header.kid}\``);
          }
          return key;
        },
        {
          algorithms: TOKEN_ALGORITHMS,
          issuer: this.options.issuer,
          audience: this.options.audience,
          currentDate: this.options.now(),
          clockTolerance: this.options.clockToleranceSeconds,
          requiredClaims: ['sub', 'iat', 'nbf', 'exp', 'jti'],
        },
      );
      if (!isSessionClaims(payload)) throw new errors.JWTClaimValidationFailed('unexpected claims', payload);
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
}
