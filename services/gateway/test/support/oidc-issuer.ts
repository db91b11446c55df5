import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** How the issuer answers (`ok` serves its documents; the rest are the faults a real issuer can have). */
export type IssuerMode =
  | 'ok'
  /** Closes the connection without answering. */
  | 'reset'
  /** Accepts the request and never answers. */
  | 'hang'
  /** Serves a key set larger than the gateway reads. */
  | 'huge'
  /** Serves text that is not JSON. */
  | 'garbage'
  /** Redirects to the real documents (which the gateway must not follow). */
  | 'redirect'
  /** Serves a discovery document naming another issuer. */
  | 'wrong-issuer';

/** Options of one token. */
export interface SignOptions {
  /** Sign with a key the issuer does not publish (under the published key's `kid`, or `kid` when given). */
  foreignKey?: boolean;
  kid?: string;
  /** Seconds from the clock's now until `exp` (default 600; negative for an expired token). */
  expiresIn?: number;
}

/** A real OpenID Connect issuer on 127.0.0.1: discovery document, JWKS, tokens signed with jose (RS256). */
export interface TestIssuer {
  /** `http://127.0.0.1:<port>/<name>`: the issuer, as tokens' `iss` says it. */
  issuer: string;
  /** The issuer without its scheme, as in the provider ARN and condition keys. */
  url: string;
  mode: IssuerMode;
  /** Paths requested, in order. */
  requests: string[];
  /** A token with `claims` over the defaults (`iss`, `sub`, `aud`, `iat`, `exp`). */
  sign(claims?: Record<string, unknown>, options?: SignOptions): Promise<string>;
  /** A token with `alg: none` (no signature). */
  unsigned(claims?: Record<string, unknown>): string;
  /** A token signed with HS256 by the secret of an `oct` key the JWKS publishes (kid `hmac`). */
  hmacSigned(claims?: Record<string, unknown>): Promise<string>;
  /** Publishes a new signing key under a new `kid` (the old one is withdrawn). */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

/**
 * RSA keys by kid, for the process: a test file starts its issuers again for each database driver, and an RSA key
 * costs a tenth of a second to make, seconds on a loaded machine. A kid names one issuer's key of one generation
 * (`<issuer>-<n>`, `<issuer>-foreign`), so no two issuers of a run share a key.
 */
const keys = new Map<string, Promise<SigningKey>>();

function newKey(kid: string): Promise<SigningKey> {
  let key = keys.get(kid);
  if (key === undefined) {
    key = (async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
    })();
    keys.set(kid, key);
  }
  return key;
}

const HMAC_SECRET = new TextEncoder().encode('a-shared-secret-that-must-never-verify-anything');

/**
 * Starts an issuer named `name` (its path) whose tokens are dated by `now`, like the gateway's frozen clock. The
 * JWKS also publishes an `oct` key, which a verifier must never use.
 */
export async function startTestIssuer(name: string, now: () => Date): Promise<TestIssuer> {
  let key = await newKey(`${name}-1`);
  const foreign = await newKey(`${name}-foreign`);
  let generation = 1;
  const requests: string[] = [];
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/${name}`;
  const jwks = () => ({
    keys: [
      key.jwk,
      { kty: 'oct', kid: 'hmac', alg: 'HS256', k: Buffer.from(HMAC_SECRET).toString('base64url') },
    ],
  });
  const state: TestIssuer = {
    issuer,
    url: issuer.replace(/^http:\/\//, ''),
    mode: 'ok',
    requests,
    async sign(claims = {}, options = {}) {
      const iat = Math.floor(now().getTime() / 1000);
      const signer = options.foreignKey ? foreign : key;
      return new SignJWT({
        iss: issuer,
        sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        aud: 'sts.iamgate',
        iat,
        exp: iat + (options.expiresIn ?? 600),
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? key.kid, typ: 'JWT' })
        .sign(signer.privateKey);
    },
    unsigned(claims = {}) {
      const iat = Math.floor(now().getTime() / 1000);
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: issuer, sub: 'x', aud: 'sts.iamgate', iat, exp: iat + 600, ...claims })}.`;
    },
    async hmacSigned(claims = {}) {
      const iat = Math.floor(now().getTime() / 1000);
      return new SignJWT({ iss: issuer, sub: 'x', aud: 'sts.iamgate', iat, exp: iat + 600, ...claims })
        .setProtectedHeader({ alg: 'HS256', kid: 'hmac', typ: 'JWT' })
        .sign(HMAC_SECRET);
    },
    async rotate() {
      generation += 1;
      key = await newKey(`${name}-${generation}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    switch (state.mode) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        return;
      case 'garbage':
        send(200, '<html>not json</html>');
        return;
      case 'redirect':
        send(302, '', { location: `${base}/${name}-moved${path}` });
        return;
      default:
    }
    if (path === `/${name}/.well-known/openid-configuration`) {
      send(
        200,
        JSON.stringify({
          issuer: state.mode === 'wrong-issuer' ? `${base}/somebody-else` : issuer,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['id_token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (path === `/${name}/jwks`) {
      const body = jwks();
      send(200, JSON.stringify(state.mode === 'huge' ? { ...body, padding: 'x'.repeat(200_000) } : body));
    } else {
      send(404, '{}');
    }
  });
  return state;
}
