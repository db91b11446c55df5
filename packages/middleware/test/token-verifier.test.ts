import { createPublicKey } from 'node:crypto';
import { exportSPKI, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createRevocationList,
  createTokenVerifier,
  MiddlewareConfigError,
} from '../src/index.js';
import {
  ACCOUNT,
  ALICE,
  AUDIENCE,
  generateTestKey,
  ISSUER,
  keySet,
  roleSessionClaims,
  sign,
  type TestKey,
  userClaims,
} from './support/signing-keys.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthenticationError) return error.code;
    throw error;
  }
  return 'VERIFIED';
}

let ed: TestKey;
let es: TestKey;
let other: TestKey;

beforeAll(async () => {
  [ed, es, other] = await Promise.all([
    generateTestKey('EdDSA'),
    generateTestKey('ES256'),
    generateTestKey('EdDSA'),
  ]);
});

const local = () => createTokenVerifier({ jwks: keySet(ed, es), issuer: ISSUER, audience: AUDIENCE });

describe('createTokenVerifier with a local key set', () => {
  it('verifies an EdDSA user token and builds its principal', async () => {
    const claims = userClaims();
    const principal = await local().verify(await sign(ed, claims));
    expect(principal).toMatchObject({
      arn: ALICE,
      account: ACCOUNT,
      type: 'user',
      id: claims.sub,
      userName: 'alice',
      sessionId: claims.sid,
      tokenId: claims.jti,
      issuedAt: claims.iat,
      expiresAt: claims.exp,
      tags: { team: 'fulfilment' },
    });
    expect(principal.roleArn).toBeUndefined();
  });

  it('verifies an ES256 role-session token and reads the optional role claims', async () => {
    const principal = await local().verify(
      await sign(es, roleSessionClaims({ amr: ['pwd', 'mfa'], auth_time: 1_700_000_000 })),
    );
    expect(principal.type).toBe('role');
    expect(principal.roleArn).toBe(`arn:iamgate:iam::${ACCOUNT}:role/ops/Support`);
    expect(principal.sourceIdentity).toBe('bob');
    expect(principal.mfa).toEqual({ present: true, authenticatedAt: 1_700_000_000 });
  });

  it('refuses a token signed by a key that is not in the set under a known kid: InvalidClientTokenId', async () => {
    const forged = await sign({ ...other, kid: ed.kid }, userClaims());
    expect(await codeOf(local().verify(forged))).toBe('InvalidClientTokenId');
  });

  it('refuses a token whose kid is unknown: InvalidClientTokenId', async () => {
    expect(await codeOf(local().verify(await sign(other, userClaims())))).toBe('InvalidClientTokenId');
  });

  it('refuses HS256 signed with the public key as the HMAC secret (algorithm confusion): InvalidClientTokenId', async () => {
    const pem = await exportSPKI(createPublicKey({ key: ed.publicJwk as never, format: 'jwk' }));
    const confused = await new SignJWT(userClaims())
      .setProtectedHeader({ alg: 'HS256', kid: ed.kid })
      .sign(new TextEncoder().encode(pem));
    expect(await codeOf(local().verify(confused))).toBe('InvalidClientTokenId');
  });

  it('refuses an unsecured token (`alg: none`): InvalidClientTokenId', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsecured = `${b64({ alg: 'none', kid: ed.kid })}.${b64(userClaims())}.`;
    expect(await codeOf(local().verify(unsecured))).toBe('InvalidClientTokenId');
  });

  it('refuses an algorithm outside the pinned list even with a valid signature: InvalidClientTokenId', async () => {
    const es384 = await generateTestKey('ES384');
    const verifier = createTokenVerifier({ jwks: keySet(ed, es384), issuer: ISSUER, audience: AUDIENCE });
    expect(await codeOf(verifier.verify(await sign(es384, userClaims())))).toBe('InvalidClientTokenId');
    const onlyEd = createTokenVerifier({
      jwks: keySet(ed, es),
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['EdDSA'],
    });
    expect(await codeOf(onlyEd.verify(await sign(es, userClaims())))).toBe('InvalidClientTokenId');
  });

  it('refuses another issuer or audience: InvalidClientTokenId', async () => {
    expect(await codeOf(local().verify(await sign(ed, userClaims({ iss: 'https://evil.example' }))))).toBe(
      'InvalidClientTokenId',
    );
    expect(await codeOf(local().verify(await sign(ed, userClaims({ aud: 'billing-service' }))))).toBe(
      'InvalidClientTokenId',
    );
    const either = createTokenVerifier({
      jwks: keySet(ed),
      issuer: ISSUER,
      audience: ['billing-service', AUDIENCE],
    });
    expect(await codeOf(either.verify(await sign(ed, userClaims())))).toBe('VERIFIED');
  });

  it('refuses an expired token beyond the clock tolerance: ExpiredToken', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = userClaims({ iat: now - 1000, nbf: now - 1000, exp: now - 60 });
    expect(await codeOf(local().verify(await sign(ed, claims)))).toBe('ExpiredToken');
    const lenient = createTokenVerifier({
      jwks: keySet(ed),
      issuer: ISSUER,
      audience: AUDIENCE,
      clockTolerance: 120,
    });
    expect(await codeOf(lenient.verify(await sign(ed, claims)))).toBe('VERIFIED');
  });

  it('checks exp and nbf against the given clock, with the default 5 s tolerance', async () => {
    const token = await sign(ed, userClaims({ iat: 1_800_000_000, nbf: 1_800_000_000, exp: 1_800_000_900 }));
    const at = (seconds: number) =>
      createTokenVerifier({
        jwks: keySet(ed),
        issuer: ISSUER,
        audience: AUDIENCE,
        clock: () => new Date(seconds * 1000),
      });
    expect(await codeOf(at(1_799_999_990).verify(token))).toBe('InvalidClientTokenId');
    expect(await codeOf(at(1_799_999_996).verify(token))).toBe('VERIFIED');
    expect(await codeOf(at(1_800_000_904).verify(token))).toBe('VERIFIED');
    expect(await codeOf(at(1_800_000_906).verify(token))).toBe('ExpiredToken');
  });

  it('refuses a token that is not valid yet: InvalidClientTokenId, as the gateway does', async () => {
    const now = Math.floor(Date.now() / 1000);
    const early = local().verify(await sign(ed, userClaims({ nbf: now + 600 })));
    await expect(early).rejects.toMatchObject({
      code: 'InvalidClientTokenId',
      message: 'the token is not valid yet',
    });
  });

  it.each([
    ['jti', { jti: undefined }],
    ['exp', { exp: undefined }],
    ['nbf', { nbf: undefined }],
    ['sub', { sub: undefined }],
    ['sid', { sid: undefined }],
    ['acct', { acct: 42 }],
    ['arn', { arn: 'alice' }],
    ['ptyp', { ptyp: 'admin' }],
    ['tags', { tags: { team: 7 } }],
    ['tags missing', { tags: undefined }],
    ['role', { role: '' }],
    ['amr', { amr: 'mfa' }],
  ])('refuses a token with a missing or mistyped `%s` claim: InvalidClientTokenId', async (_, overrides) => {
    expect(await codeOf(local().verify(await sign(ed, userClaims(overrides))))).toBe('InvalidClientTokenId');
  });

  it('refuses garbled tokens: InvalidClientTokenId', async () => {
    expect(await codeOf(local().verify('not-a-jwt'))).toBe('InvalidClientTokenId');
    expect(await codeOf(local().verify('a.b.c'))).toBe('InvalidClientTokenId');
  });
});

describe('revocation', () => {
  it('refuses a revoked session: ExpiredToken, and leaves other sessions alone', async () => {
    const revocation = createRevocationList();
    const verifier = createTokenVerifier({
      jwks: keySet(ed),
      issuer: ISSUER,
      audience: AUDIENCE,
      revocation,
    });
    const revoked = userClaims();
    revocation.revokeSession(revoked.sid as string);
    await expect(verifier.verify(await sign(ed, revoked))).rejects.toMatchObject({
      code: 'ExpiredToken',
      message: "the token's session has been revoked",
    });
    expect(await codeOf(verifier.verify(await sign(ed, userClaims())))).toBe('VERIFIED');
  });

  it('revokes every session of a role issued before the revocation, not later ones', async () => {
    const revocation = createRevocationList();
    const verifier = createTokenVerifier({
      jwks: keySet(ed),
      issuer: ISSUER,
      audience: AUDIENCE,
      revocation,
    });
    const now = Math.floor(Date.now() / 1000);
    revocation.revokeIssuedBefore(
      `arn:iamgate:iam::${ACCOUNT}:role/ops/Support`,
      new Date((now - 10) * 1000),
    );
    const before = roleSessionClaims({ iat: now - 20, nbf: now - 20 });
    const withoutRoleClaim = roleSessionClaims({ iat: now - 20, nbf: now - 20, role: undefined });
    expect(await codeOf(verifier.verify(await sign(ed, before)))).toBe('ExpiredToken');
    expect(await codeOf(verifier.verify(await sign(ed, withoutRoleClaim)))).toBe('ExpiredToken');
    expect(await codeOf(verifier.verify(await sign(ed, roleSessionClaims())))).toBe('VERIFIED');
    expect(await codeOf(verifier.verify(await sign(ed, userClaims({ iat: now - 20 }))))).toBe('VERIFIED');
  });

  it('fails closed when the revocation check fails: ServiceUnavailable (503)', async () => {
    const revocation = { isRevoked: async () => Promise.reject(new Error('feed down')) };
    const verifier = createTokenVerifier({
      jwks: keySet(ed),
      issuer: ISSUER,
      audience: AUDIENCE,
      revocation,
    });
    const error = await verifier.verify(await sign(ed, userClaims())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('ServiceUnavailable');
    expect((error as AuthenticationError).status).toBe(503);
  });
});

describe('configuration', () => {
  it.each([
    ['a symmetric algorithm', { jwks: { keys: [] }, algorithms: ['HS256'] }],
    ['no algorithm', { jwks: { keys: [] }, algorithms: [] }],
    ['both key sources', { jwks: { keys: [] }, jwksUrl: 'https://iam.example.com/.well-known/jwks.json' }],
    ['no key source', {}],
    ['plain http off loopback', { jwksUrl: 'http://iam.example.com/.well-known/jwks.json' }],
    ['a malformed key set', { jwks: { keys: 'nope' } }],
    ['a negative tolerance', { jwks: { keys: [] }, clockTolerance: -1 }],
  ])('refuses %s: InvalidOption', (_, options) => {
    const create = () => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, ...(options as object) });
    expect(create).toThrow(MiddlewareConfigError);
    expect(() => create()).toThrow(expect.objectContaining({ code: 'InvalidOption' }));
  });
});
