import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExpiredTokenError,
  fromEnv,
  fromWebIdentity,
  InvalidIdentityTokenError,
  isIamgateError,
} from '../../src/index.js';
import { allow } from '../support/policies.js';
import { recordingFetch } from '../support/recording-fetch.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

/** A JWS part: base64url of the JSON of `value`. */
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A real OpenID Connect issuer on 127.0.0.1 (discovery document and JWKS), whose ES256 tokens (RFC 7518, section
 * 3.4: the raw r||s signature) are dated by `now`. Signed with node:crypto, so the SDK needs no JOSE library.
 */
async function startIssuer(now: () => Date) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'ES256', use: 'sig' };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('request', (req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  return {
    issuer,
    sign: async (claims: Record<string, unknown> = {}, lifetime = 600) => {
      const iat = Math.floor(now().getTime() / 1000);
      const payload = {
        iss: issuer,
        aud: 'sts.iamgate',
        sub: 'system:serviceaccount:prod:orders',
        iat,
        exp: iat + lifetime,
        ...claims,
      };
      const input = `${part({ alg: 'ES256', kid: 'k1', typ: 'JWT' })}.${part(payload)}`;
      const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return `${input}.${signature.toString('base64url')}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html, and the AWS SDKs' AWS_WEB_IDENTITY_TOKEN_FILE provider.
describe.each(testDrivers())('fromWebIdentity on %s', (driver) => {
  let t: TestGateway;
  let oidc: Awaited<ReturnType<typeof startIssuer>>;
  let roleArn: string;
  let dir: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true' });
    oidc = await startIssuer(t.clock.now);
    dir = await mkdtemp(join(tmpdir(), 'iamgate-web-identity-'));
    const provider = await t.root.api.createOpenIDConnectProvider({
      url: oidc.issuer,
      clientIdList: ['sts.iamgate'],
    });
    const url = oidc.issuer.replace('http://', '');
    roleArn = (
      await t.root.api.createRole({
        roleName: 'orders',
        assumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: provider.arn },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { [`${url}:sub`]: 'system:serviceaccount:prod:orders' } },
            },
          ],
        }),
      })
    ).arn;
    await t.root.api.putRolePolicy({
      roleName: 'orders',
      policyName: 'list',
      policyDocument: allow('iam:ListUsers'),
    });
  });
  afterAll(async () => {
    await oidc?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it('assumes the role with the token file and reads the file again on every renewal', async () => {
    const file = join(dir, 'token');
    await writeFile(file, `${await oidc.sign()}\n`);
    const recorder = recordingFetch(t.gateway.fetch);
    const client = t.client(
      fromWebIdentity({
        roleArn,
        roleSessionName: 'orders-pod',
        webIdentityTokenFile: file,
        durationSeconds: 900,
      }),
      { fetch: recorder.fetch },
    );
    const identity = await client.api.getCallerIdentity();
    expect(identity.arn).toBe(`arn:iamgate:sts::${t.account.id}:assumed-role/orders/orders-pod`);
    expect((await client.api.listUsers()).edges).toHaveLength(0);
    const first = await client.credentials();
    // The platform replaces the token before the old one expires; the session is renewed 5 minutes before its end,
    // when the first token (10 minutes) has expired: only a fresh read of the file can renew it.
    t.clock.advance(601);
    await writeFile(file, await oidc.sign());
    await client.api.getCallerIdentity();
    expect((await client.credentials())?.sessionId).not.toBe(first?.sessionId);
    expect(recorder.sent).toEqual([
      'AssumeRoleWithWebIdentity',
      'GetCallerIdentity',
      'ListUsers',
      'AssumeRoleWithWebIdentity',
      'GetCallerIdentity',
    ]);
  });

  it('is what fromEnv uses for IAMGATE_WEB_IDENTITY_TOKEN_FILE and IAMGATE_ROLE_ARN', async () => {
    const file = join(dir, 'env-token');
    await writeFile(file, await oidc.sign());
    const env = {
      IAMGATE_WEB_IDENTITY_TOKEN_FILE: file,
      IAMGATE_ROLE_ARN: roleArn,
      IAMGATE_ROLE_SESSION_NAME: 'from-env',
    };
    const identity = await t.client(fromEnv({ env })).api.getCallerIdentity();
    expect(identity.arn).toBe(`arn:iamgate:sts::${t.account.id}:assumed-role/orders/from-env`);
    const half = await t
      .client(fromEnv({ env: { IAMGATE_WEB_IDENTITY_TOKEN_FILE: file } }))
      .api.getCallerIdentity()
      .catch((error: unknown) => error);
    expect(isIamgateError(half, 'MissingCredentials')).toBe(true);
    expect((half as Error).message).toContain('IAMGATE_ROLE_ARN');
  });

  it("fails with the gateway's code for a refused or expired token, and MissingCredentials for a missing file", async () => {
    const refused = t.client(
      fromWebIdentity({ roleArn, webIdentityToken: await oidc.sign({ sub: 'someone-else' }) }),
    );
    await expect(refused.api.getCallerIdentity()).rejects.toMatchObject({ code: 'AccessDenied' });
    const wrongAudience = t.client(
      fromWebIdentity({ roleArn, webIdentityToken: await oidc.sign({ aud: 'x' }) }),
    );
    await expect(wrongAudience.api.getCallerIdentity()).rejects.toBeInstanceOf(InvalidIdentityTokenError);
    const expired = t.client(fromWebIdentity({ roleArn, webIdentityToken: () => oidc.sign({}, -60) }));
    await expect(expired.api.getCallerIdentity()).rejects.toBeInstanceOf(ExpiredTokenError);
    const missing = t.client(fromWebIdentity({ roleArn, webIdentityTokenFile: join(dir, 'absent') }));
    const error = await missing.api.getCallerIdentity().catch((e: unknown) => e);
    expect(isIamgateError(error, 'MissingCredentials')).toBe(true);
    expect(() => fromWebIdentity({ roleArn, webIdentityToken: 't', webIdentityTokenFile: 'f' })).toThrow(
      expect.objectContaining({ code: 'InvalidConfiguration' }),
    );
  });
});
