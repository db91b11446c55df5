import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../src/audit/redact.js';
import { createLogger } from '../src/logging/logger.js';
import { codeOf, ok } from './support/graphql-client.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from './support/test-gateway.js';

describe('the logger', () => {
  function capture(level: 'debug' | 'info' | 'warn' | 'error' | 'silent' = 'debug') {
    const lines: string[] = [];
    const logger = createLogger({ level, sink: (line) => lines.push(line), now: () => new Date(0) });
    return { logger, lines };
  }

  it('writes one JSON object per line with time, level, msg, bindings and fields', () => {
    const { logger, lines } = capture('info');
    logger.child({ requestId: 'r-1' }).info('request', { status: 200, ms: 1.5 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0] as string)).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      msg: 'request',
      requestId: 'r-1',
      status: 200,
      ms: 1.5,
    });
  });

  it('drops lines below its level, and everything when silent', () => {
    const info = capture('info');
    info.logger.debug('hidden');
    info.logger.warn('shown');
    expect(info.lines.map((l) => JSON.parse(l).level)).toEqual(['warn']);
    const silent = capture('silent');
    silent.logger.error('hidden');
    expect(silent.lines).toEqual([]);
  });

  it('flattens errors with their code and cause', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('outer', { cause: new Error('inner') }), { code: 'E_OUTER' });
    logger.error('failed', { error });
    expect(JSON.parse(lines[0] as string).error).toMatchObject({
      name: 'Error',
      message: 'outer',
      code: 'E_OUTER',
      cause: { message: 'inner' },
    });
  });

  it('redacts secrets at any depth, in fields and bindings, with the audit log’s list', () => {
    const { logger, lines } = capture();
    logger.child({ sessionToken: 'binding-secret' }).info('x', {
      password: 'p-secret',
      input: { user: { newPassword: 'np-secret' }, accessKey: { secretAccessKey: 's-secret' } },
      headers: { authorization: 'Bearer h-secret', cookie: 'c-secret', accept: 'application/json' },
      list: [{ token: 't-secret' }],
    });
    const line = lines[0] as string;
    for (const secret of [
      'binding-secret',
      'p-secret',
      'np-secret',
      's-secret',
      'h-secret',
      'c-secret',
      't-secret',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line)).toMatchObject({
      password: '[redacted]',
      headers: { authorization: '[redacted]', accept: 'application/json' },
    });
    // The audit log redacts the same names.
    expect(redact({ headers: { authorization: 'Bearer h-secret' } })).toEqual({
      headers: { authorization: '[redacted]' },
    });
  });
});

// Through the real entry point: whatever the level, a password sent to the gateway is written in no log line.
describe.each(testDrivers())('logs of a gateway on %s', (driver) => {
  let t: TestGateway;
  let gateway: Pick<TestGateway, 'gateway' | 'gql'>;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestGateway(driver);
    gateway = await t.variant(
      { IAMGATE_LOG_LEVEL: 'debug' },
      createLogger({ level: 'debug', sink: (l) => lines.push(l) }),
    );
  });
  afterAll(async () => t?.cleanup());
  beforeEach(() => {
    lines.length = 0;
  });

  it('writes no password of a sign-in at any level, succeeded, refused or malformed', async () => {
    const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
    const wrong = 'Wrong-log-passw0rd-7';
    ok(
      await gateway.gql(SIGN_IN, {
        input: { root: { email: t.account.rootEmail, password: ROOT_PASSWORD } },
      }),
    );
    const refused = await gateway.gql(SIGN_IN, {
      input: { user: { account: t.account.id, userName: 'nobody', password: wrong } },
    });
    expect(codeOf(refused)).toBe('InvalidClientTokenId');
    const inline = await gateway.gql(
      `mutation { signIn(input: { root: { email: "${t.account.rootEmail}", password: "${wrong}" } }) { token } }`,
    );
    expect(codeOf(inline)).toBe('InvalidClientTokenId');
    // A variable GraphQL refuses: its message quotes the value, and the refusal must not reach the log either.
    const malformed = await gateway.gql(SIGN_IN, {
      input: { root: { email: t.account.rootEmail, password: 7654321 } },
    });
    expect(codeOf(malformed)).toBe('ValidationError');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(ROOT_PASSWORD);
      expect(line).not.toContain(wrong);
      expect(line).not.toContain('7654321');
    }
    // Every request line carries its request id; client mistakes stay below info. The one root sign-in that
    // succeeded is warned about (`root user used`, see root-user-warning.test.ts), without its password.
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = parsed.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(4);
    for (const line of requests) expect(line.requestId).toEqual(expect.any(String));
    expect(parsed.filter((l) => l.msg === 'root user used')).toHaveLength(1);
    expect(
      parsed.filter((l) => l.level !== 'debug' && l.msg !== 'request' && l.msg !== 'root user used'),
    ).toEqual([]);
  });
});
