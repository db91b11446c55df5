import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { codeOf, type GqlResponse } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

/** A log line as the gateway writes it. */
interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

// A client mistake is a 4xx with a stable code and no error-level log line; only our own faults are 5xx.
describe.each(testDrivers())('client mistakes on %s', (driver) => {
  let t: TestGateway;
  let gateway: Pick<TestGateway, 'gateway' | 'gql'>;
  let root: string;
  const lines: LogLine[] = [];
  const graphql = { headers: { accept: 'application/graphql-response+json' } };

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const logger = createLogger({ level: 'debug', sink: (line) => lines.push(JSON.parse(line) as LogLine) });
    gateway = await t.variant({ IAMGATE_INTROSPECTION: 'false' }, logger);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());
  beforeEach(() => {
    lines.length = 0;
  });

  /**
   * Asserts a refusal with `code` and `status`, and that nothing was logged above debug but the request line (and,
   * these calls being the root user's, its once-per-session `root user used`, see root-user-warning.test.ts).
   */
  function expectClientMistake(response: GqlResponse<unknown>, code: string, status: number): void {
    expect(codeOf(response)).toBe(code);
    expect(response.status).toBe(status);
    const loud = lines.filter(
      (l) => l.level !== 'debug' && l.msg !== 'request' && l.msg !== 'root user used',
    );
    expect(loud).toEqual([]);
  }

  it('ValidationError (400) for variables of the wrong type: a string, 2^31 or 1.5 for an Int', async () => {
    const list = 'query($n: Int) { listUsers(first: $n) { edges { cursor } } }';
    for (const n of ['abc', 2 ** 31, 1.5]) {
      expectClientMistake(
        await gateway.gql(list, { n }, { token: root, ...graphql }),
        'ValidationError',
        400,
      );
    }
    const duration = 'mutation($d: Int) { getSessionToken(durationSeconds: $d) { sessionToken } }';
    expectClientMistake(
      await gateway.gql(duration, { d: 2 ** 31 }, { token: root, ...graphql }),
      'ValidationError',
      400,
    );
  });

  it('ValidationError (400) for an unknown input field in variables, naming no real field', async () => {
    const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { arn } }';
    const response = await gateway.gql(
      create,
      { i: { userName: 'x', pth: '/' } },
      { token: root, ...graphql },
    );
    expectClientMistake(response, 'ValidationError', 400);
    expect(JSON.stringify(response.errors)).not.toContain('"path');
  });

  it('ValidationError (400) for a body nested 200,000 deep, before anything parses it', async () => {
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const body of [
      `{"query":"query($x: [String]) { __typename }","variables":{"x":${deep}}}`,
      `{"query":"{ __typename }","extensions":${deep}}`,
      `[${'{"a":'.repeat(depth / 2)}1${'}'.repeat(depth / 2)}]`,
    ]) {
      const response = await gateway.gateway.fetch(
        new Request('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
      const { errors } = (await response.json()) as Pick<GqlResponse, 'errors'>;
      expectClientMistake(
        { status: response.status, errors, headers: response.headers, data: undefined },
        'ValidationError',
        400,
      );
    }
    const viaGet = await gateway.gateway.fetch(
      new Request(
        `http://localhost/graphql?query=${encodeURIComponent('query($x: [String]) { __typename }')}&variables=${encodeURIComponent(`{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`)}`,
        { headers: { accept: 'application/json' } },
      ),
    );
    expect(viaGet.status).toBe(400);
    expect(
      ((await viaGet.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('ValidationError');
  });

  it('InvalidClientTokenId (401) for an ES256 token naming an EdDSA key', async () => {
    const [header, payload] = root.split('.') as [string, string];
    const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string };
    const es256 = Buffer.from(JSON.stringify({ alg: 'ES256', kid, typ: 'JWT' })).toString('base64url');
    const forged = `${es256}.${payload}.${Buffer.alloc(64, 7).toString('base64url')}`;
    const response = await gateway.gql('{ listUsers { edges { cursor } } }', {}, { token: forged });
    expectClientMistake(response, 'InvalidClientTokenId', 401);
  });
});
