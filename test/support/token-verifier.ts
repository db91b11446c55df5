import { createTokenVerifier, type TokenVerifier } from '@iamgate/middleware';
import type { TestGateway } from '../../packages/sdk/test/support/test-gateway.js';

/** A verifier of the test gateway's session tokens as an app's middleware makes one: its JWKS, issuer and clock. */
export async function gatewayTokenVerifier(t: TestGateway): Promise<TokenVerifier> {
  const jwks = await (await t.gateway.fetch(new Request('http://gateway.test/.well-known/jwks.json'))).json();
  return createTokenVerifier({
    jwks,
    issuer: 'http://localhost:4000',
    audience: 'iamgate',
    clock: t.clock.now,
  });
}
