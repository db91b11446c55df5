import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import {
  ROOT_PASSWORD,
  startTestGateway,
  type TestGateway,
  USER_PASSWORD,
  userWithPolicy,
} from './support/test-gateway.js';

const HOUR_MS = 3_600_000;
const WHO = '{ getCallerIdentity { arn } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token sessionId } }';

/** Base64url JSON of a token segment, decoded. */
function decode(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString()) as Record<string, unknown>;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** `text` with the character at `index` replaced by another one of the base64url alphabet. */
function flip(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

// Verified tokens are answered from memory (`VerifiedTokens`): what must still fail, at once, whatever was cached.
describe.each(testDrivers())('verified tokens on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    // Refreshes an hour apart, so that nothing below relies on the revision poll.
    t = await startTestGateway(
      driver,
      { IAMGATE_SESSION_SECONDS: '900' },
      { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } },
    );
    root = await t.rootToken();
    await userWithPolicy(t, root, 'alice', allow('iam:GetUser'));
  });
  afterAll(async () => t?.cleanup());

  async function signIn(): Promise<{ token: string; sessionId: string }> {
    type Signed = { signIn: { token: string; sessionId: string } };
    return ok(
      await t.gql<Signed>(SIGN_IN, {
        i: { user: { account: t.account.id, userName: 'alice', password: USER_PASSWORD } },
      }),
    ).signIn;
  }

  it('verifies a token in full once, then answers it from memory', async () => {
    const { token } = await signIn();
    const tokens = t.gateway.services.tokens;
    const before = tokens.stats();
    for (let i = 0; i < 3; i++) ok(await t.gql(WHO, {}, { token }));
    expect(tokens.stats().misses - before.misses).toBe(1);
    expect(tokens.stats().hits - before.hits).toBe(2);
  });

  it("fails a revoked session's cached token with ExpiredToken at once", async () => {
    const { token, sessionId } = await signIn();
    ok(await t.gql(WHO, {}, { token }));
    ok(await t.gql(WHO, {}, { token }));
    ok(
      await t.gql(
        'mutation($s: String!) { revokeSession(sessionId: $s) }',
        { s: sessionId },
        { token: root },
      ),
    );
    const refused = await t.gql(WHO, {}, { token });
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('ExpiredToken');
  });

  it('fails a cached token once the clock passes its expiry, and before its not-before', async () => {
    const { token } = await signIn();
    ok(await t.gql(WHO, {}, { token }));
    // The token service alone: its own check, not the session's (which expires with the token).
    const tokens = t.gateway.services.tokens;
    await tokens.verify(token);
    t.clock.advance(-(5 + 2)); // before `nbf` by more than the 5 s tolerance
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'InvalidClientTokenId' });
    t.clock.advance(5 + 2);
    await tokens.verify(token);
    t.clock.advance(900 + 5); // at `exp` plus the tolerance: expired
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'ExpiredToken' });
    const expired = await t.gql(WHO, {}, { token });
    expect(codeOf(expired)).toBe('ExpiredToken');
    root = await t.rootToken();
  });

  it('refuses every tampered variant of a cached token, and keeps answering the token itself', async () => {
    const { token } = await signIn();
    ok(await t.gql(WHO, {}, { token }));
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = decode(payload);
    const other = await t.createAccount('other-root@example.com');
    const variants = [
      // Another signature, and the same payload with a signature cut short.
      `${header}.${payload}.${flip(signature, 10)}`,
      `${header}.${payload}.${signature.slice(0, -4)}`,
      // The claims changed under the original signature: account, session, principal, expiry.
      `${header}.${encode({ ...claims, acct: other.id })}.${signature}`,
      `${header}.${encode({ ...claims, sid: 'ASIAAAAAAAAAAAAAAAAA' })}.${signature}`,
      `${header}.${encode({ ...claims, arn: `arn:iamgate:iam::${t.account.id}:root`, ptyp: 'root' })}.${signature}`,
      `${header}.${encode({ ...claims, exp: (claims.exp as number) + 3600 })}.${signature}`,
      // The header changed: no algorithm, another key id.
      `${encode({ ...decode(header), alg: 'none' })}.${payload}.`,
      `${encode({ ...decode(header), kid: 'made-up' })}.${payload}.${signature}`,
    ];
    for (const variant of variants) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const refused = await t.gql(WHO, {}, { headers: { authorization: `Bearer ${variant}` } });
        expect(refused.status).toBe(401);
        expect(codeOf(refused)).toBe('InvalidClientTokenId');
      }
    }
    ok(await t.gql(WHO, {}, { token }));
  });

  it('never answers a token of another audience from memory, even one its own gateway has cached', async () => {
    const other = await t.variant({ IAMGATE_TOKEN_AUDIENCE: 'someone-else' });
    type Signed = { signIn: { token: string } };
    const foreign = ok(
      await other.gql<Signed>(SIGN_IN.replace(' sessionId', ''), {
        i: { root: { email: t.account.rootEmail, password: ROOT_PASSWORD } },
      }),
    ).signIn.token;
    ok(await other.gql(WHO, {}, { token: foreign }));
    ok(await other.gql(WHO, {}, { token: foreign }));
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(codeOf(await t.gql(WHO, {}, { token: foreign }))).toBe('InvalidClientTokenId');
    }
  });
});
