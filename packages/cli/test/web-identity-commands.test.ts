import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An OpenID Connect issuer on 127.0.0.1 signing ES256 tokens with node:crypto (RFC 7518, section 3.4). */
async function startIssuer() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'ES256', use: 'sig' };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('request', (req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  return {
    issuer,
    token: (sub: string) => {
      // The CLI's gateway keeps the real clock.
      const iat = Math.floor(Date.now() / 1000);
      const input = `${part({ alg: 'ES256', kid: 'k1' })}.${part({ iss: issuer, aud: 'sts.iamgate', sub, iat, exp: iat + 600 })}`;
      return `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html; the AWS CLI's `aws sts assume-role-with-web-identity`
// and its AWS_WEB_IDENTITY_TOKEN_FILE / AWS_ROLE_ARN variables.
describe.each(testDrivers())('iamgate and web identity tokens on %s', (driver) => {
  let t: CliGateway;
  let oidc: Awaited<ReturnType<typeof startIssuer>>;
  let dir: string;
  let roleArn: string;

  beforeAll(async () => {
    t = await startCliGateway(driver, { IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'true' });
    oidc = await startIssuer();
    dir = await mkdtemp(join(tmpdir(), 'iamgate-cli-wif-'));
    const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(signIn.code).toBe(ExitCode.Ok);
    const provider = await t.run([
      'iam',
      'create-open-id-connect-provider',
      '--issuer-url',
      oidc.issuer,
      '--client-id-list',
      '["sts.iamgate"]',
    ]);
    expect(provider.stderr).toBe('');
    const url = oidc.issuer.replace('http://', '');
    const trustFile = join(dir, 'trust.json');
    await writeFile(
      trustFile,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: provider.json().arn },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringEquals: { [`${url}:sub`]: 'job:deploy' } },
          },
        ],
      }),
    );
    const role = await t.run([
      'iam',
      'create-role',
      '--role-name',
      'Deploy',
      '--assume-role-policy-document',
      `file://${trustFile}`,
    ]);
    roleArn = role.json().arn;
  });
  afterAll(async () => {
    await oidc?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    await t?.cleanup();
  });

  it('assumes a role with `sts assume-role-with-web-identity`, without a session', async () => {
    const env = { IAMGATE_URL: t.url, IAMGATE_CONFIG_DIR: join(dir, 'no-profiles') };
    const run = await t.run(
      [
        'sts',
        'assume-role-with-web-identity',
        '--role-arn',
        roleArn,
        '--role-session-name',
        'deploy-42',
        '--web-identity-token',
        oidc.token('job:deploy'),
      ],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.json()).toMatchObject({
      assumedRoleUser: { arn: `arn:iamgate:sts::${t.account.id}:assumed-role/Deploy/deploy-42` },
      subjectFromWebIdentityToken: 'job:deploy',
      audience: 'sts.iamgate',
    });
    const refused = await t.run(
      [
        'sts',
        'assume-role-with-web-identity',
        '--role-arn',
        roleArn,
        '--role-session-name',
        'x1',
        '--web-identity-token',
        oidc.token('job:other'),
      ],
      { env },
    );
    expect(refused.code).toBe(ExitCode.ServiceError);
    expect(refused.stderr).toMatch(/^iamgate: AccessDenied: /);
  });

  it('runs any command as the role with IAMGATE_WEB_IDENTITY_TOKEN_FILE and IAMGATE_ROLE_ARN', async () => {
    const file = join(dir, 'token');
    await writeFile(file, `${oidc.token('job:deploy')}\n`);
    const me = await t.run(['sts', 'get-caller-identity'], {
      env: {
        IAMGATE_URL: t.url,
        IAMGATE_CONFIG_DIR: join(dir, 'no-profiles'),
        IAMGATE_WEB_IDENTITY_TOKEN_FILE: file,
        IAMGATE_ROLE_ARN: roleArn,
        IAMGATE_ROLE_SESSION_NAME: 'from-env',
      },
    });
    expect(me.stderr).toBe('');
    expect(me.json().arn).toBe(`arn:iamgate:sts::${t.account.id}:assumed-role/Deploy/from-env`);
  });
});
