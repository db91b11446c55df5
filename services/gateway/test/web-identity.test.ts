import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assume,
  createProvider,
  deniedWebIdentityEvent,
  GATEWAY_ENV,
  type Provider,
  webIdentityTrust,
} from './support/federation.js';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestIssuer, type TestIssuer } from './support/oidc-issuer.js';
import { allow } from './support/policies.js';
import { createRole, secondsUntil, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

// STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html, IAM/latest/UserGuide/id_roles_providers_oidc.html and
// the condition keys of reference_policies_iam-condition-keys.html#condition-keys-wif.
describe.each(testDrivers())('assumeRoleWithWebIdentity on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let ci: TestIssuer;
  let provider: Provider;
  let deployArn: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, GATEWAY_ENV);
    root = await t.rootToken();
    ci = await startTestIssuer('ci', t.clock.now);
    provider = await createProvider(t, root, { url: ci.issuer, clientIdList: ['sts.iamgate', 'other-app'] });
    deployArn = await createRole(
      t,
      root,
      'Deploy',
      webIdentityTrust(provider.arn, {
        StringEquals: { [`${ci.url}:aud`]: 'sts.iamgate' },
        StringLike: { [`${ci.url}:sub`]: 'repo:octo-org/octo-repo:*' },
      }),
      allow(['iam:ListUsers', 'iam:GetUser']),
    );
  });
  afterAll(async () => {
    await ci?.close();
    await t?.cleanup();
  });

  it('starts a session of the role for a token the trust policy allows, with the permissions of the role', async () => {
    const token = await ci.sign();
    const answer = await assume(t, { roleArn: deployArn, webIdentityToken: token, durationSeconds: 900 });
    const assumed = ok(answer).assumeRoleWithWebIdentity;
    expect(assumed).toMatchObject({
      assumedRoleUser: { arn: `arn:iamgate:sts::${t.account.id}:assumed-role/Deploy/ci-run` },
      subjectFromWebIdentityToken: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      provider: ci.issuer,
      audience: 'sts.iamgate',
      sourceIdentity: null,
      packedPolicySize: 0,
    });
    expect(secondsUntil(assumed.credentials.expiration, t.clock.now())).toBe(900);
    const session = assumed.credentials.sessionToken;
    expect((await whoAmI(t, session)).arn).toBe(assumed.assumedRoleUser.arn);
    ok(await t.gql('{ listUsers { edges { node { userName } } } }', {}, { token: session }));
    expect(codeOf(await t.gql('{ listRoles { edges { node { roleName } } } }', {}, { token: session }))).toBe(
      'AccessDenied',
    );
    // Audited in the role's account, with what the token said and never the token itself.
    const events = await t.store.audit.list({
      accountId: t.account.id,
      action: 'sts:AssumeRoleWithWebIdentity',
      decision: 'Allow',
    });
    const event = events.edges[0]?.node;
    expect(event).toMatchObject({ principalArn: provider.arn, resource: deployArn });
    expect(event?.details).toMatchObject({
      subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      audience: 'sts.iamgate',
    });
    expect(JSON.stringify(event)).not.toContain(token.split('.')[2]);
  });

  it('refuses a token for another audience, subject or provider, and an expired one', async () => {
    const call = async (webIdentityToken: string, roleArn = deployArn) =>
      codeOf(await assume(t, { roleArn, webIdentityToken }));
    // An audience that is no client ID of the provider: the token is not for this account at all.
    expect(await call(await ci.sign({ aud: 'someone-else' }))).toBe('InvalidIdentityToken');
    // A client ID of the provider that the trust policy does not accept, a subject of another repository.
    expect(await call(await ci.sign({ aud: 'other-app' }))).toBe('AccessDenied');
    expect(await call(await ci.sign({ sub: 'repo:evil-org/octo-repo:ref:refs/heads/main' }))).toBe(
      'AccessDenied',
    );
    expect(await call(await ci.sign({ sub: undefined }))).toBe('InvalidIdentityToken');
    const expired = await assume(t, {
      roleArn: deployArn,
      webIdentityToken: await ci.sign({}, { expiresIn: -120 }),
    });
    expect(codeOf(expired)).toBe('ExpiredToken');
    expect(await call(await ci.sign({ nbf: Math.floor(t.clock.now().getTime() / 1000) + 3600 }))).toBe(
      'InvalidIdentityToken',
    );
    // A trust policy of sts:AssumeRole only does not allow web identities.
    const plain = await createRole(
      t,
      root,
      'PlainTrust',
      webIdentityTrust(provider.arn, {}, 'sts:AssumeRole'),
    );
    expect(await call(await ci.sign(), plain)).toBe('AccessDenied');
    const refused = await assume(t, {
      roleArn: deployArn,
      webIdentityToken: await ci.sign({ aud: 'someone-else' }),
    });
    expect(refused.errors?.[0]?.message).toMatch(/audience/);
  });

  it('refuses tokens that are not signed by a key of the issuer: another key, alg none, HS256, an unknown issuer', async () => {
    const call = async (webIdentityToken: string) => assume(t, { roleArn: deployArn, webIdentityToken });
    const signedElsewhere = [
      await ci.sign({}, { foreignKey: true }),
      await ci.sign({}, { foreignKey: true, kid: 'unknown-kid' }),
      ci.unsigned(),
      // The issuer's JWKS holds an `oct` key; a verifier taking it would accept anything signed with its secret.
      await ci.hmacSigned(),
      'not.a.jwt',
    ];
    const other = await startTestIssuer('unregistered', t.clock.now);
    try {
      signedElsewhere.push(await other.sign());
      const messages = new Set<string>();
      for (const token of signedElsewhere) {
        const answer = await call(token);
        expect(codeOf(answer)).toBe('InvalidIdentityToken');
        messages.add(answer.errors?.[0]?.message ?? '');
      }
      // Before a signature verified, every refusal reads the same: no probing which accounts registered an issuer.
      expect([...messages]).toEqual(['the web identity token could not be validated']);
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('reads the role of another account, a role that does not exist and one that does not trust the provider alike', async () => {
    const token = await ci.sign();
    const untrusting = await createRole(t, root, 'Untrusting', trust({ AWS: t.account.id }));
    const missing = `arn:iamgate:iam::${t.account.id}:role/Missing`;
    const refusals = [];
    for (const roleArn of [untrusting, missing]) {
      const answer = await assume(t, { roleArn, webIdentityToken: token });
      expect(codeOf(answer)).toBe('AccessDenied');
      const error = answer.errors?.[0];
      refusals.push(JSON.stringify(error).replaceAll(roleArn, '<role>'));
    }
    expect(refusals[0]).toBe(refusals[1]);
  });

  it('conditions on amr and sets the source identity only when the trust policy allows sts:SetSourceIdentity', async () => {
    const mfaOnly = await createRole(
      t,
      root,
      'MfaOnly',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: provider.arn },
            Action: ['sts:AssumeRoleWithWebIdentity', 'sts:SetSourceIdentity'],
            Condition: { 'ForAnyValue:StringEquals': { [`${ci.url}:amr`]: 'mfa' } },
          },
        ],
      }),
    );
    expect(
      codeOf(await assume(t, { roleArn: mfaOnly, webIdentityToken: await ci.sign({ amr: ['pwd'] }) })),
    ).toBe('AccessDenied');
    expect(codeOf(await assume(t, { roleArn: mfaOnly, webIdentityToken: await ci.sign() }))).toBe(
      'AccessDenied',
    );
    const withSource = await ci.sign({
      amr: ['pwd', 'mfa'],
      'https://aws.amazon.com/source_identity': 'octocat',
    });
    expect(
      ok(await assume(t, { roleArn: mfaOnly, webIdentityToken: withSource })).assumeRoleWithWebIdentity
        .sourceIdentity,
    ).toBe('octocat');
    // Deploy's trust policy does not allow sts:SetSourceIdentity (IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html).
    const sourced = await ci.sign({ 'https://aws.amazon.com/source_identity': 'octocat' });
    expect(codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: sourced }))).toBe('AccessDenied');
  });

  it('checks its arguments as AWS does', async () => {
    const token = await ci.sign();
    expect(codeOf(await assume(t, { roleArn: 'not-an-arn', webIdentityToken: token }))).toBe(
      'ValidationError',
    );
    expect(
      codeOf(await assume(t, { roleArn: deployArn, roleSessionName: 'x', webIdentityToken: token })),
    ).toBe('ValidationError');
    expect(
      codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: token, durationSeconds: 60 })),
    ).toBe('ValidationError');
    expect(codeOf(await assume(t, { roleArn: deployArn, webIdentityToken: 'x'.repeat(20_001) }))).toBe(
      'ValidationError',
    );
  });

  it('counts refused tokens per source address and refuses with Throttling past the limit; accepted ones are given back', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_TRUST_PROXY: '1',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3',
    });
    const from = { 'x-forwarded-for': '203.0.113.77' };
    const good = await ci.sign();
    for (let i = 0; i < 5; i++) ok(await assume(g, { roleArn: deployArn, webIdentityToken: good }, from));
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await assume(g, { roleArn: deployArn, webIdentityToken: ci.unsigned() }, from))).toBe(
        'InvalidIdentityToken',
      );
    }
    const throttled = await assume(g, { roleArn: deployArn, webIdentityToken: good }, from);
    expect(codeOf(throttled)).toBe('Throttling');
    expect(throttled.headers.get('retry-after')).not.toBeNull();
    ok(
      await assume(g, { roleArn: deployArn, webIdentityToken: good }, { 'x-forwarded-for': '203.0.113.78' }),
    );
  });

  // A tenant registers the issuer URL, so what the audit log says of a failed read is theirs to read: it must not tell

  it('keeps the audit event of a token from an unknown issuer small, however long its iss', async () => {
    const requestId = `long-issuer-${driver}`;
    const iss = `https://${'a'.repeat(10_000)}.example.com`;
    const answer = await assume(
      t,
      { roleArn: deployArn, webIdentityToken: ci.unsigned({ iss }) },
      { 'x-request-id': requestId },
    );
    expect(codeOf(answer)).toBe('InvalidIdentityToken');
    const event = await deniedWebIdentityEvent(t, root, requestId);
    expect(JSON.stringify(event.details).length).toBeLessThan(600);
    expect(event.details.reason).not.toContain('aaaa');
  });
});
