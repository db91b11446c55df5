import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import {
  AUDIT_EVENTS,
  assume,
  createProvider,
  GATEWAY_ENV,
  type Provider,
  settle,
  timed,
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

  /** The refused `assumeRoleWithWebIdentity` of request `requestId`, as the role account reads its audit log. */
  async function deniedEvent(
    requestId: string,
  ): Promise<{ errorCode: string; details: Record<string, unknown> }> {
    const events = ok(
      await t.gql<{
        auditEvents: { edges: { node: { requestId: string; errorCode: string; details: string } }[] };
      }>(AUDIT_EVENTS, { f: { action: 'sts:AssumeRoleWithWebIdentity', decision: 'Deny' } }, { token: root }),
    ).auditEvents.edges.map((edge) => edge.node);
    const event = events.find((e) => e.requestId === requestId);
    if (event === undefined) throw new Error(`no audit event of request \`${requestId}\``);
    return { errorCode: event.errorCode, details: JSON.parse(event.details) as Record<string, unknown> };
  }

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

  it('fetches the issuer keys once, and again in the background when a token names a key the cached set lacks (at most every 30 s)', async () => {
    const issuer = await startTestIssuer('rotating', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Rotating', webIdentityTrust(p.arn, {}));
      for (let i = 0; i < 3; i++)
        ok(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }));
      expect(issuer.requests).toEqual(['/rotating/.well-known/openid-configuration', '/rotating/jwks']);
      await issuer.rotate();
      t.clock.advance(31);
      // The first token of the new key is refused at once (the refusal never waits on the issuer) and starts a
      // fetch of the set in the background; once it landed, the new key verifies.
      const rotated = await issuer.sign();
      expect(codeOf(await assume(t, { roleArn: role, webIdentityToken: rotated }))).toBe(
        'InvalidIdentityToken',
      );
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(4));
      await settle();
      ok(await assume(t, { roleArn: role, webIdentityToken: rotated }));
      expect(issuer.requests).toHaveLength(4);
      // Within the cooldown a token naming an unknown key fetches nothing.
      expect(
        codeOf(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) })),
      ).toBe('InvalidIdentityToken');
      expect(issuer.requests).toHaveLength(4);
      t.clock.advance(31);
      expect(
        codeOf(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) })),
      ).toBe('InvalidIdentityToken');
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(6));
    } finally {
      await issuer.close();
    }
  });

  // A forged token naming an unknown key must not take longer for an account that registered the issuer (which
  // fetches the issuer's keys again) than for one that did not (docs/SECURITY.md, "Federation").
  it('answers a token naming an unknown key at once, without waiting on the issuer', async () => {
    const issuer = await startTestIssuer('silent-after-rotation', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'SilentAfterRotation', webIdentityTrust(p.arn, {}));
      ok(await assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }));
      issuer.mode = 'hang';
      t.clock.advance(31);
      const forged = await issuer.sign({}, { foreignKey: true, kid: 'unknown' });
      const { value, ms } = await timed(() => assume(t, { roleArn: role, webIdentityToken: forged }));
      expect(codeOf(value)).toBe('InvalidIdentityToken');
      // IAMGATE_OIDC_FETCH_TIMEOUT_MS is 500 here: the refusal did not wait for the hanging read it started (a
      // hang guard with room for a loaded machine, not a budget).
      expect(ms).toBeLessThan(5_000);
      await vi.waitFor(() => expect(issuer.requests).toHaveLength(3));
    } finally {
      await issuer.close();
    }
  });

  it('answers IDPCommunicationError within the fetch timeout when the issuer is down, hangs or misbehaves', async () => {
    for (const mode of ['reset', 'hang', 'huge', 'garbage', 'redirect', 'wrong-issuer'] as const) {
      const issuer = await startTestIssuer(`faulty-${mode}`, t.clock.now);
      try {
        const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
        const role = await createRole(t, root, `Faulty-${mode}`, webIdentityTrust(p.arn, {}));
        issuer.mode = mode;
        const { value, ms } = await timed(async () =>
          assume(t, { roleArn: role, webIdentityToken: await issuer.sign() }),
        );
        expect(codeOf(value), mode).toBe('IDPCommunicationError');
        expect(value.status).toBe(502);
        // IAMGATE_OIDC_FETCH_TIMEOUT_MS is 500 here: no fault makes the call wait for the request deadline (30 s).
        expect(ms, mode).toBeLessThan(15_000);
        if (mode === 'redirect') expect(issuer.requests).toHaveLength(1);
      } finally {
        await issuer.close();
      }
    }
    // An issuer nobody listens at.
    const gone = await startTestIssuer('gone', t.clock.now);
    const p = await createProvider(t, root, { url: gone.issuer, clientIdList: ['sts.iamgate'] });
    const role = await createRole(t, root, 'Gone', webIdentityTrust(p.arn, {}));
    const token = await gone.sign();
    await gone.close();
    expect(codeOf(await assume(t, { roleArn: role, webIdentityToken: token }))).toBe('IDPCommunicationError');
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
  // how the gateway's network resolves names (split-horizon DNS) or which ports answer what.
  it('audits only a code when the issuer cannot be read, and leaves the detail to the operator log', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(line) });
    const loopbackAllowed = await t.variant(GATEWAY_ENV, logger);
    const strict = await t.variant({ IAMGATE_OIDC_ALLOW_LOOPBACK_ISSUERS: 'false' }, logger);
    const looping = await startTestIssuer('loops-back', t.clock.now);
    const redirecting = await startTestIssuer('redirects', t.clock.now);
    const gone = await startTestIssuer('went-away', t.clock.now);
    redirecting.mode = 'redirect';
    try {
      // Registered as a name while loopback issuers were allowed; read by a gateway that allows none: the name
      // resolves to 127.0.0.1 and is refused.
      const byName = looping.issuer.replace(/^http:\/\/127\.0\.0\.1/, 'https://localhost');
      const cases = [
        {
          g: strict,
          issuer: looping,
          url: byName,
          code: 'idp-unreachable',
          detail: /resolves to `127\.0\.0\.1`/,
        },
        {
          g: loopbackAllowed,
          issuer: gone,
          url: gone.issuer,
          code: 'idp-unreachable',
          detail: /ECONNREFUSED/,
        },
        {
          g: loopbackAllowed,
          issuer: redirecting,
          url: redirecting.issuer,
          code: 'idp-invalid-answer',
          detail: /answered a redirect \(302\)/,
        },
      ];
      const tokens = [];
      for (const [i, c] of cases.entries()) {
        const p = await createProvider(t, root, { url: c.url, clientIdList: ['sts.iamgate'] });
        const role = await createRole(t, root, `Unreadable${i}`, webIdentityTrust(p.arn, {}));
        tokens.push({ role, token: await c.issuer.sign({ iss: c.url }) });
      }
      await gone.close();
      for (const [i, c] of cases.entries()) {
        const requestId = `unreadable-issuer-${driver}-${i}`;
        const { role, token } = tokens[i] as { role: string; token: string };
        const answer = await assume(
          c.g,
          { roleArn: role, webIdentityToken: token },
          { 'x-request-id': requestId },
        );
        expect(codeOf(answer), c.code).toBe('IDPCommunicationError');
        const event = await deniedEvent(requestId);
        expect(event.errorCode).toBe('IDPCommunicationError');
        expect(event.details.reason).toBe(c.code);
        // The issuer is the tenant's own URL; nothing else may name an address, a resolution or a status.
        const { issuer: _issuer, ...rest } = event.details;
        expect(JSON.stringify(rest)).not.toMatch(
          /127\.0\.0\.1|::1|resolves|loopback|ECONN|redirect|\b30\d\b/,
        );
        expect(lines.filter((line) => line.includes(requestId)).join('\n'), c.code).toMatch(c.detail);
      }
    } finally {
      for (const issuer of [looping, redirecting]) await issuer.close();
    }
  });

  // Anyone can present a token, with whatever `iss` it likes: the audit event of the refusal stays small.
  it('keeps the audit event of a token from an unknown issuer small, however long its iss', async () => {
    const requestId = `long-issuer-${driver}`;
    const iss = `https://${'a'.repeat(10_000)}.example.com`;
    const answer = await assume(
      t,
      { roleArn: deployArn, webIdentityToken: ci.unsigned({ iss }) },
      { 'x-request-id': requestId },
    );
    expect(codeOf(answer)).toBe('InvalidIdentityToken');
    const event = await deniedEvent(requestId);
    expect(JSON.stringify(event.details).length).toBeLessThan(600);
    expect(event.details.reason).not.toContain('aaaa');
  });

  it('reads at most 8 issuers at once, and answers IDPCommunicationError at once past that', async () => {
    // Long enough that the eight reads still hang when the ninth call is answered, however loaded the machine.
    const g = await t.variant({ ...GATEWAY_ENV, IAMGATE_OIDC_FETCH_TIMEOUT_MS: '10000' });
    const issuers: TestIssuer[] = [];
    try {
      const roles: string[] = [];
      for (let i = 0; i < 9; i++) {
        const issuer = await startTestIssuer(`busy-${i}`, t.clock.now);
        issuers.push(issuer);
        const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
        roles.push(await createRole(t, root, `Busy${i}`, webIdentityTrust(p.arn, {})));
      }
      const [ninth, ...hanging] = [issuers[8] as TestIssuer, ...issuers.slice(0, 8)];
      for (const issuer of hanging) issuer.mode = 'hang';
      let settled = 0;
      const waiting = hanging.map(async (issuer, i) => {
        const answer = await assume(g, {
          roleArn: roles[i] as string,
          webIdentityToken: await issuer.sign(),
        });
        settled += 1;
        return answer;
      });
      await vi.waitFor(() => expect(hanging.every((issuer) => issuer.requests.length === 1)).toBe(true), {
        timeout: 60_000,
      });
      const token = await ninth.sign();
      const value = await assume(g, { roleArn: roles[8] as string, webIdentityToken: token });
      expect(codeOf(value)).toBe('IDPCommunicationError');
      // At once: answered while the eight reads still hung, without asking its issuer.
      expect(settled).toBe(0);
      expect(ninth.requests).toEqual([]);
      // The eight end as their issuers go away, without waiting out the fetch timeout.
      for (const issuer of hanging) await issuer.close();
      for (const answer of await Promise.all(waiting)) expect(codeOf(answer)).toBe('IDPCommunicationError');
      // The limit was the gateway's, not the issuer's failure: nothing of it is kept.
      ok(await assume(g, { roleArn: roles[8] as string, webIdentityToken: token }));
    } finally {
      for (const issuer of issuers) await issuer.close();
    }
  });

  it('gives the attempt back when the issuer failed, but not when an earlier failure answered', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_TRUST_PROXY: '1',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '3',
    });
    const from = { 'x-forwarded-for': '203.0.113.90' };
    const issuer = await startTestIssuer('failing', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Failing', webIdentityTrust(p.arn, {}));
      issuer.mode = 'reset';
      const token = await issuer.sign();
      // The first call asked the issuer, which failed: given back. The next ones within 5 s are answered by that
      // failure without asking anyone: each counts, as a refused token does.
      for (let i = 0; i < 4; i++) {
        expect(codeOf(await assume(g, { roleArn: role, webIdentityToken: token }, from)), `call ${i}`).toBe(
          'IDPCommunicationError',
        );
      }
      expect(issuer.requests).toHaveLength(1);
      expect(codeOf(await assume(g, { roleArn: role, webIdentityToken: token }, from))).toBe('Throttling');
    } finally {
      await issuer.close();
    }
  });

  it('waits on issuers at most half the request deadline in all, whatever the fetch timeout', async () => {
    const g = await t.variant({
      ...GATEWAY_ENV,
      IAMGATE_REQUEST_TIMEOUT_MS: '1000',
      IAMGATE_OIDC_FETCH_TIMEOUT_MS: '5000',
    });
    const issuer = await startTestIssuer('slow', t.clock.now);
    try {
      const p = await createProvider(t, root, { url: issuer.issuer, clientIdList: ['sts.iamgate'] });
      const role = await createRole(t, root, 'Slow', webIdentityTrust(p.arn, {}));
      issuer.mode = 'hang';
      const value = await assume(g, { roleArn: role, webIdentityToken: await issuer.sign() });
      // Not the request deadline's ServiceUnavailable at 1 s: the issuer's failure, at about 500 ms.
      expect(codeOf(value)).toBe('IDPCommunicationError');
      expect(value.status).toBe(502);
    } finally {
      await issuer.close();
    }
  });
});
