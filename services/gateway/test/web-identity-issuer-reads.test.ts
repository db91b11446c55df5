import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import {
  assume,
  createProvider,
  deniedWebIdentityEvent,
  GATEWAY_ENV,
  settle,
  timed,
  webIdentityTrust,
} from './support/federation.js';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestIssuer, type TestIssuer } from './support/oidc-issuer.js';
import { createRole } from './support/roles.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

// How `assumeRoleWithWebIdentity` reads an OpenID Connect issuer's keys
// (IAM/latest/UserGuide/id_roles_providers_oidc.html): once, and again in the background; never in a way that lets an
// issuer that is down, slow or hostile hold a call, a source address's attempts or the gateway's readers. The
// sessions themselves are in web-identity.test.ts.
describe.each(testDrivers())(
  'reading OpenID Connect issuers for assumeRoleWithWebIdentity on %s',
  (driver) => {
    let t: TestGateway;
    let root: string;

    beforeAll(async () => {
      t = await startTestGateway(driver, GATEWAY_ENV);
      root = await t.rootToken();
    });
    afterAll(async () => {
      await t?.cleanup();
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
          codeOf(
            await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) }),
          ),
        ).toBe('InvalidIdentityToken');
        expect(issuer.requests).toHaveLength(4);
        t.clock.advance(31);
        expect(
          codeOf(
            await assume(t, { roleArn: role, webIdentityToken: await issuer.sign({}, { kid: 'nope' }) }),
          ),
        ).toBe('InvalidIdentityToken');
        await vi.waitFor(() => expect(issuer.requests).toHaveLength(6));
      } finally {
        await issuer.close();
      }
    });

    // A forged token naming an unknown key must not take longer for an account that registered the issuer (which

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
      expect(codeOf(await assume(t, { roleArn: role, webIdentityToken: token }))).toBe(
        'IDPCommunicationError',
      );
    });

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
          const event = await deniedWebIdentityEvent(t, root, requestId);
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
  },
);
