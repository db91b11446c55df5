import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createTokenVerifier } from '../src/index.js';
import { type JwksServer, startJwksServer } from './support/jwks-server.js';
import {
  AUDIENCE,
  generateTestKey,
  ISSUER,
  keySet,
  sign,
  type TestKey,
  userClaims,
} from './support/signing-keys.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'VERIFIED',
    (error: unknown) => (error instanceof AuthenticationError ? error.code : Promise.reject(error)),
  );
}

let server: JwksServer;
let current: TestKey;

beforeEach(async () => {
  current = await generateTestKey('EdDSA');
  server = await startJwksServer(keySet(current));
});

afterEach(() => server.close());

describe('createTokenVerifier with the gateway key set URL', () => {
  it('fetches the key set once and serves later verifications from the cache', async () => {
    const verifier = createTokenVerifier({ jwksUrl: server.url, issuer: ISSUER, audience: AUDIENCE });
    for (let i = 0; i < 5; i++)
      expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('VERIFIED');
    expect(server.fetches()).toBe(1);
  });

  it('fetches again on an unknown kid once the cooldown has passed (key rotation)', async () => {
    const verifier = createTokenVerifier({
      jwksUrl: server.url,
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksCooldown: 0,
    });
    expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('VERIFIED');
    const rotated = await generateTestKey('ES256');
    server.publish(keySet(current, rotated));
    expect(await codeOf(verifier.verify(await sign(rotated, userClaims())))).toBe('VERIFIED');
    expect(server.fetches()).toBe(2);
  });

  it('does not fetch again within the cooldown: a token with an unknown kid is InvalidClientTokenId', async () => {
    const verifier = createTokenVerifier({
      jwksUrl: server.url,
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksCooldown: 60_000,
    });
    expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('VERIFIED');
    const stranger = await generateTestKey('EdDSA');
    server.publish(keySet(current, stranger));
    expect(await codeOf(verifier.verify(await sign(stranger, userClaims())))).toBe('InvalidClientTokenId');
    expect(server.fetches()).toBe(1);
  });

  it('refuses a kid the gateway does not publish even after fetching again: InvalidClientTokenId', async () => {
    const verifier = createTokenVerifier({
      jwksUrl: server.url,
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksCooldown: 0,
    });
    expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('VERIFIED');
    const stranger = await generateTestKey('EdDSA');
    expect(await codeOf(verifier.verify(await sign(stranger, userClaims())))).toBe('InvalidClientTokenId');
    expect(server.fetches()).toBe(2);
  });

  it('answers ServiceUnavailable (503), not 401, when the key set cannot be fetched', async () => {
    server.fail(500);
    const verifier = createTokenVerifier({ jwksUrl: server.url, issuer: ISSUER, audience: AUDIENCE });
    const error = await verifier.verify(await sign(current, userClaims())).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ServiceUnavailable', status: 503 });
    server.fail(undefined);
    expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('VERIFIED');
  });

  it('answers ServiceUnavailable when the key server is down', async () => {
    const url = server.url;
    await server.close();
    server = await startJwksServer(keySet(current));
    const verifier = createTokenVerifier({
      jwksUrl: url,
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksTimeout: 1000,
    });
    expect(await codeOf(verifier.verify(await sign(current, userClaims())))).toBe('ServiceUnavailable');
  });
});
