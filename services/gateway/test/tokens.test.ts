import { testDrivers } from '@iamgate/store/testing';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const WHO = '{ getUser(userName: "alice") { userName } }';

async function jwks(t: TestGateway): Promise<{ keys: { kid: string }[] }> {
  const response = await t.gateway.fetch(new Request('http://localhost/.well-known/jwks.json'));
  expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  return (await response.json()) as { keys: { kid: string }[] };
}

describe.each(testDrivers())('session tokens on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_SESSION_SECONDS: '900' });
    root = await t.rootToken();
    await userWithPolicy(t, root, 'alice', allow('iam:GetUser'));
  });
  afterAll(async () => t?.cleanup());

  it('expires at the end of the session lifetime (frozen clock)', async () => {
    const token = await t.rootToken();
    ok(await t.gql(WHO, {}, { token }));
    t.clock.advance(899);
    ok(await t.gql(WHO, {}, { token }));
    t.clock.advance(1 + 5 + 1); // past exp and the 5 s skew tolerance between instances
    const expired = await t.gql(WHO, {}, { token });
    expect(expired.status).toBe(401);
    expect(codeOf(expired)).toBe('ExpiredToken');
    // A client still sending its expired token can sign in again.
    const signIn =
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }';
    root = ok(
      await t.gql<{ signIn: { token: string } }>(
        signIn,
        { e: t.account.rootEmail, p: ROOT_PASSWORD },
        { token },
      ),
    ).signIn.token;
  });

  it('refuses tampered, foreign and malformed tokens with InvalidClientTokenId', async () => {
    const token = await t.rootToken();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(
      JSON.stringify({ ...claims, arn: 'arn:iamgate:iam::999999999999:root' }),
    ).toString('base64url');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const bad of [
      `${header}.${forged}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
      unsigned,
    ]) {
      const response = await t.gql(WHO, {}, { headers: { authorization: `Bearer ${bad}` } });
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('InvalidClientTokenId');
    }
    expect(codeOf(await t.gql(WHO, {}, { headers: { authorization: `Basic ${token}` } }))).toBe(
      'InvalidClientTokenId',
    );
  });

  it('refuses a token of a gateway with another audience', async () => {
    const other = await t.variant({ IAMGATE_TOKEN_AUDIENCE: 'someone-else' });
    const signIn =
      'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }';
    const foreign = ok(
      await other.gql<{ signIn: { token: string } }>(signIn, { e: t.account.rootEmail, p: ROOT_PASSWORD }),
    ).signIn.token;
    ok(await other.gql(WHO, {}, { token: foreign }));
    expect(codeOf(await t.gql(WHO, {}, { token: foreign }))).toBe('InvalidClientTokenId');
  });

  it('stops a session when it is revoked or its user deleted', async () => {
    const alice = await t.userToken('alice', 'User-passw0rd-for-tests');
    ok(await t.gql(WHO, {}, { token: alice }));
    const user = await t.store.users.get(t.account.id, 'alice');
    await t.store.sessions.revokeUserSessions(t.account.id, user.id);
    expect(codeOf(await t.gql(WHO, {}, { token: alice }))).toBe('ExpiredToken');
  });

  it('rotates the signing key: old tokens keep working, the JWKS publishes both, new tokens use the new key', async () => {
    const before = await t.rootToken();
    const oldKid = decodeProtectedHeader(before).kid;
    const rotated = ok(
      await t.gql<{ rotateSigningKey: { kid: string; status: string } }>(
        'mutation { rotateSigningKey { kid status } }',
        {},
        { token: before },
      ),
    ).rotateSigningKey;
    expect(rotated.status).toBe('active');
    expect(rotated.kid).not.toBe(oldKid);
    expect((await jwks(t)).keys.map((k) => k.kid).sort()).toEqual([oldKid, rotated.kid].sort());
    ok(await t.gql(WHO, {}, { token: before }));
    const after = await t.rootToken();
    expect(decodeProtectedHeader(after).kid).toBe(rotated.kid);
    type Keys = { listSigningKeys: { kid: string; status: string; publishUntil: string | null }[] };
    const keys = ok(
      await t.gql<Keys>('{ listSigningKeys { kid status publishUntil } }', {}, { token: after }),
    ).listSigningKeys;
    const retired = keys.find((k) => k.kid === oldKid);
    expect(retired?.status).toBe('retired');
    // Published until every token it signed has expired: the longest session (12 h) plus the refresh interval.
    expect(retired?.publishUntil).not.toBeNull();
  });

  it('keeps key rotation to the operator account', async () => {
    const other = await t.createAccount('other-root@example.com');
    const token = ok(
      await t.gql<{ signIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { root: { email: $e, password: $p } }) { token } }',
        { e: other.rootEmail, p: ROOT_PASSWORD },
      ),
    ).signIn.token;
    const refused = await t.gql('mutation { rotateSigningKey { kid } }', {}, { token });
    expect(codeOf(refused)).toBe('AccessDenied');
  });
});
