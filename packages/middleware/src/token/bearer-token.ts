import { AuthenticationError } from '../errors.js';

// RFC 6750 section 2.1: `Bearer` (case-insensitive scheme), one or more spaces, a b64token.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * The token of an `Authorization: Bearer <token>` header. A missing header is `Unauthenticated`; another scheme or a
 * value that is not a b64token is `InvalidClientTokenId`, as the gateway answers them.
 *
 * @example
 * bearerToken('Bearer eyJhbGciOi...'); // 'eyJhbGciOi...'
 */
export function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization === '') {
    throw new AuthenticationError('Unauthenticated', 'the request has no bearer token');
  }
  const token = authorization.slice(7).trim();
  if (authorization.slice(0, 7).toLowerCase() !== 'bearer ' || !B64TOKEN.test(token)) {
    throw new AuthenticationError('InvalidClientTokenId', 'the `authorization` header is not a bearer token');
  }
  return token;
}
