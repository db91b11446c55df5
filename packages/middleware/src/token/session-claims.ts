import { type SessionClaims, sessionClaimsProblem, sessionMfa } from '@iamgate/policy/contracts';
import type { JWTPayload } from 'jose';
import { AuthenticationError } from '../errors.js';
import type { VerifiedPrincipal } from './verified-principal.js';

/**
 * The claims of an iamgate session token, as the gateway issues them: `@iamgate/policy`'s `SessionClaims` contract,
 * which the gateway signs with. Role sessions may carry the optional claims; the middleware reads them when present
 * and never requires them.
 */
export type SessionTokenClaims = SessionClaims;

/**
 * Checks the iamgate claims of a payload whose signature and registered claims `jose` has already verified, and
 * builds the principal. A missing or mistyped claim is `InvalidClientTokenId`: the gateway never issues one, so the
 * token was not made by it.
 */
export function principalFromClaims(payload: JWTPayload): VerifiedPrincipal {
  const problem = sessionClaimsProblem(payload);
  if (problem !== undefined) throw new AuthenticationError('InvalidClientTokenId', problem);
  const claims = payload as SessionClaims;
  const principal: VerifiedPrincipal = {
    arn: claims.arn,
    account: claims.acct,
    type: claims.ptyp,
    id: claims.sub,
    sessionId: claims.sid,
    tokenId: claims.jti,
    issuedAt: claims.iat,
    expiresAt: claims.exp,
    tags: claims.tags,
    claims: payload,
  };
  if (claims.name !== undefined) principal.userName = claims.name;
  if (claims.role !== undefined) principal.roleArn = claims.role;
  if (claims.srcid !== undefined) principal.sourceIdentity = claims.srcid;
  const mfa = sessionMfa(claims);
  if (mfa !== undefined) principal.mfa = mfa;
  return principal;
}
