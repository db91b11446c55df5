import type { CryptoKey } from 'jose';

/**
 * Whether a verification key can check a signature made with the JWS algorithm `alg` of a token's header: `EdDSA`
 * needs an Ed25519 key, `ES256` a P-256 ECDSA key (RFC 8037, RFC 7518 section 3.4). The header names both the
 * algorithm and the key (`kid`), so a token can pair a key with an algorithm it was never used with; that token
 * is simply not valid, and must not reach the signature check, which throws on a mismatched key.
 */
export function keyFitsAlgorithm(alg: string | undefined, key: CryptoKey): boolean {
  const algorithm = key.algorithm as { name: string; namedCurve?: string };
  if (alg === 'EdDSA') return algorithm.name === 'Ed25519';
  if (alg === 'ES256') return algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256';
  return false;
}
