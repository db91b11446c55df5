import { readdir, readFile } from 'node:fs/promises';
import { StoreError } from '@iamgate/store';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { ERROR_CODES, ERROR_STATUS } from '../src/errors/error-codes.js';
import { fromStoreError } from '../src/errors/from-store-error.js';
import { createGateway } from '../src/gateway.js';
import { createLogger } from '../src/logging/logger.js';
import { codeOf, type GqlOptions, gql, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

describe.each(testDrivers())('error codes on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    ok(await t.gql('mutation { createUser(input: { userName: "erin" }) { arn } }', {}, { token: root }));
  });
  afterAll(async () => t?.cleanup());

  it('NoSuchEntity (404) for an entity that does not exist (API_GetUser.html#API_GetUser_Errors)', async () => {
    const response = await t.gql('{ getUser(userName: "nobody") { arn } }', {}, { token: root });
    expect(response.status).toBe(404);
    expect(codeOf(response)).toBe('NoSuchEntity');
    expect(response.errors?.[0]?.message).toBe('user `nobody` does not exist');
  });

  it('EntityAlreadyExists (409) for a name taken ignoring case (API_CreateUser.html#API_CreateUser_Errors)', async () => {
    const response = await t.gql(
      'mutation { createUser(input: { userName: "ERIN" }) { arn } }',
      {},
      { token: root },
    );
    expect(response.status).toBe(409);
    expect(codeOf(response)).toBe('EntityAlreadyExists');
  });

  it('LimitExceeded (409) for a third access key (reference_iam-quotas.html: 2 per user)', async () => {
    const create = 'mutation { createAccessKey(userName: "erin") { accessKeyId } }';
    ok(await t.gql(create, {}, { token: root }));
    ok(await t.gql(create, {}, { token: root }));
    const third = await t.gql(create, {}, { token: root });
    expect(third.status).toBe(409);
    expect(codeOf(third)).toBe('LimitExceeded');
  });

  it('DeleteConflict (409) for a user that still has access keys (API_DeleteUser.html#API_DeleteUser_Errors)', async () => {
    const response = await t.gql('mutation { deleteUser(userName: "erin") }', {}, { token: root });
    expect(response.status).toBe(409);
    expect(codeOf(response)).toBe('DeleteConflict');
    expect(response.errors?.[0]?.extensions?.dependents).toEqual(['access keys']);
  });

  it('MalformedPolicyDocument (400) with findings pointing into the document (API_PutUserPolicy.html)', async () => {
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser' }],
    });
    const response = await t.gql(
      'mutation($d: String!) { putUserPolicy(userName: "erin", policyName: "bad", policyDocument: $d) { policyName } }',
      { d: document },
      { token: root },
    );
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('MalformedPolicyDocument');
    const findings = response.errors?.[0]?.extensions?.findings as {
      code: string;
      path: string;
      severity: string;
    }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'MISSING_RESOURCE', path: '/Statement/0', severity: 'ERROR' }),
    );
    const notJson = await t.gql(
      'mutation { createPolicy(input: { policyName: "p", policyDocument: "{not json" }) { arn } }',
      {},
      { token: root },
    );
    expect(codeOf(notJson)).toBe('MalformedPolicyDocument');
  });

  it('InvalidInput (400) for a name outside AWS pattern (API_CreateUser.html: [\\w+=,.@-]+)', async () => {
    const response = await t.gql(
      'mutation { createUser(input: { userName: "no spaces" }) { arn } }',
      {},
      { token: root },
    );
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('InvalidInput');
    const badDate = await t.gql(
      '{ auditEvents(filter: { from: "yesterday" }) { edges { cursor } } }',
      {},
      { token: root },
    );
    expect(codeOf(badDate)).toBe('InvalidInput');
  });

  it('PasswordPolicyViolation (400) naming the broken rules (API_CreateLoginProfile.html#API_CreateLoginProfile_Errors)', async () => {
    ok(
      await t.gql(
        'mutation { updateAccountPasswordPolicy(input: { minimumPasswordLength: 14, requireSymbols: true }) { minimumPasswordLength } }',
        {},
        { token: root },
      ),
    );
    const response = await t.gql(
      'mutation { createLoginProfile(userName: "erin", password: "Short1pass") { userName } }',
      {},
      { token: root },
    );
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('PasswordPolicyViolation');
    expect(response.errors?.[0]?.extensions?.violations).toEqual(['minimumLength', 'symbols']);
  });

  it('Unauthenticated (401) without credentials, but signIn works anonymously', async () => {
    const response = await t.gql('{ listUsers { edges { cursor } } }');
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('Unauthenticated');
  });

  it('ServiceFailure (500) hides an unexpected failure behind the request id, which the log line carries', async () => {
    const lines: string[] = [];
    // A bug under the gateway: a repository method that throws what no code expects.
    const users = new Proxy(t.store.users, {
      get: (target, key, receiver) =>
        key === 'list'
          ? () => {
              throw new TypeError("Cannot read properties of undefined (reading 'rows')");
            }
          : Reflect.get(target, key, receiver),
    });
    const gateway = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'silent' }), {
      store: { ...t.store, users },
      operatorAccountId: t.account.id,
      logger: createLogger({ level: 'info', sink: (line) => lines.push(line) }),
    });
    const variant = { gql: (q: string, v: Record<string, unknown>, o: GqlOptions) => gql(gateway, q, v, o) };
    const token = await t.rootToken();
    const response = await variant.gql('{ listUsers { edges { cursor } } }', {}, { token });
    expect(response.status).toBe(500);
    expect(codeOf(response)).toBe('ServiceFailure');
    expect(response.errors?.[0]?.message).toBe('internal failure');
    expect(response.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
    expect(JSON.stringify(response.errors)).not.toMatch(/select|stack|pglite|postgres/i);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestId = response.headers.get('x-request-id');
    expect(logged.find((l) => l.msg === 'unexpected error')).toMatchObject({ level: 'error', requestId });
    expect(logged.find((l) => l.msg === 'request')).toMatchObject({
      requestId,
      method: 'POST',
      path: '/graphql',
      status: 500,
    });
    await gateway.close();
  });

  it('ServiceUnavailable (503, Retry-After) when the database goes away (CommonErrors.html)', async () => {
    const token = await t.rootToken();
    await t.breakStore();
    const response = await t.gql('{ listUsers { edges { cursor } } }', {}, { token });
    expect(response.status).toBe(503);
    expect(codeOf(response)).toBe('ServiceUnavailable');
    expect(response.headers.get('retry-after')).toBe('1');
    expect(JSON.stringify(response.errors)).not.toMatch(/select|stack|pglite|postgres/i);
  });
});

describe('the error code table', () => {
  it('maps store errors a client may see to the same code, and masks the rest', () => {
    expect(fromStoreError(new StoreError('ConcurrentModification', 'try again'))?.code).toBe(
      'ConcurrentModification',
    );
    expect(ERROR_STATUS.ConcurrentModification).toBe(409);
    expect(fromStoreError(new StoreError('ServiceFailure', 'connection refused'))).toBeUndefined();
    expect(fromStoreError(new Error('plain'))).toBeUndefined();
  });

  it('has every code produced by some test', async () => {
    const files = (await readdir(new URL('.', import.meta.url))).filter((f) => f.endsWith('.test.ts'));
    const text = (await Promise.all(files.map((f) => readFile(new URL(f, import.meta.url), 'utf8')))).join(
      '\n',
    );
    const untested = ERROR_CODES.filter((code) => !new RegExp(`toBe\\(\\s*'${code}',?\\s*\\)`).test(text));
    expect(untested).toEqual([]);
  });
});
