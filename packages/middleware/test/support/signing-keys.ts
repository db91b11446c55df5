import { randomUUID } from 'node:crypto';
import { type CryptoKey, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK, SignJWT } from 'jose';

/** A signing key as the gateway holds one: private half to sign, public JWK to publish. */
export interface TestKey {
  kid: string;
  alg: 'EdDSA' | 'ES256' | 'ES384';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export const ISSUER = 'https://iam.test.iamgate.dev';
export const AUDIENCE = 'orders-service';
export const ACCOUNT = '123456789012';
export const ALICE = `arn:iamgate:iam::${ACCOUNT}:user/alice`;

/** Generates a real key pair for `alg`, with a fresh `kid`. */
export async function generateTestKey(alg: TestKey['alg'] = 'EdDSA'): Promise<TestKey> {
  const { publicKey, privateKey } =
    alg === 'EdDSA'
      ? await generateKeyPair('EdDSA', { crv: 'Ed25519' })
      : await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk };
}

/** The JSON Web Key Set publishing these keys. */
export function keySet(...keys: TestKey[]): JSONWebKeySet {
  return { keys: keys.map((k) => k.publicJwk) };
}

/** Claims of a session token, per `SessionClaims` of `@iamgate/policy/contracts`; each can be overridden. */
export function userClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'AIDAALICE0000000000',
    iat: now,
    nbf: now,
    exp: now + 900,
    jti: randomUUID(),
    sid: randomUUID(),
    arn: ALICE,
    acct: ACCOUNT,
    ptyp: 'user',
    name: 'alice',
    tags: { team: 'fulfilment' },
    ...overrides,
  };
}

/** Claims of a role session of `role/<path>Support`, with the optional role claims. */
export function roleSessionClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return userClaims({
    sub: 'AROASUPPORT00000000:bob-session',
    arn: `arn:iamgate:sts::${ACCOUNT}:assumed-role/Support/bob-session`,
    ptyp: 'role',
    name: undefined,
    tags: { team: 'support' },
    role: `arn:iamgate:iam::${ACCOUNT}:role/ops/Support`,
    srcid: 'bob',
    ...overrides,
  });
}

/** Signs claims as the gateway would (protected header with `alg` and `kid`); `undefined` claims are dropped. */
export async function sign(
  key: TestKey,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
) {
  const payload = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return new SignJWT(payload)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header })
    .sign(key.privateKey);
}
