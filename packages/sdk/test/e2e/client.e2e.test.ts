import { readFileSync } from 'node:fs';
import { testDrivers } from '@iamgate/store/testing';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../scripts/generate.js';
import {
  AccessDeniedError,
  apiOperations,
  createClient,
  EntityAlreadyExistsError,
  fromEnv,
  fromPassword,
  GetUserDocument,
  type IamgateClient,
  isIamgateError,
  LimitExceededError,
  NoSuchEntityError,
} from '../../src/index.js';
import { allow } from '../support/policies.js';
import { sampleVariables } from '../support/sample-variables.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from '../support/test-gateway.js';

const USER_PASSWORD = 'User-passw0rd-for-sdk-tests';

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(testDrivers())('the SDK against a real gateway on %s', (driver) => {
  let t: TestGateway;
  let root: IamgateClient;
  let accessKey: { accessKeyId: string; secretAccessKey: string };
  const client = (credentials: Parameters<typeof createClient>[0]['credentials']) =>
    createClient({ url: t.url, fetch: t.gateway.fetch, now: t.clock.now, credentials });

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = client(fromPassword({ email: t.account.rootEmail, password: ROOT_PASSWORD }));
  });
  afterAll(async () => t?.cleanup());

  it('signs the root user in through the signIn mutation', async () => {
    const session = await root.credentials();
    expect(session?.principalArn).toBe(`arn:iamgate:iam::${t.account.id}:root`);
    expect(session?.accountId).toBe(t.account.id);
    // The gateway's default session lasts an hour (IAMGATE_SESSION_SECONDS); JWT times are whole seconds.
    const hourLater = Math.floor((t.clock.now().getTime() + 3_600_000) / 1000) * 1000;
    expect(session?.expiresAt).toEqual(new Date(hourLater));
    const summary = await root.api.getAccountSummary();
    expect(summary.users).toBe(0);
  });

  it('creates a user with an access key, denied until a policy allows it', async () => {
    const user = await root.api.createUser({ userName: 'app', tags: [{ key: 'team', value: 'orders' }] });
    expect(user.arn).toBe(`arn:iamgate:iam::${t.account.id}:user/app`);
    expect(user.tags).toEqual([{ key: 'team', value: 'orders' }]);
    accessKey = await root.api.createAccessKey({ userName: 'app' });
    expect(accessKey.accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    const app = client(accessKey);

    // Without a policy a request is implicitly denied (IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
    const denied = await rejection(app.api.listUsers());
    expect(denied).toBeInstanceOf(AccessDeniedError);
    if (!isIamgateError(denied, 'AccessDenied')) throw denied;
    expect(denied.code).toBe('AccessDenied');
    expect(denied.httpStatus).toBe(403);
    expect(denied.path).toEqual(['listUsers']);
    expect(denied.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const policy = await root.api.createPolicy({
      policyName: 'ReadUsers',
      policyDocument: allow(['iam:ListUsers', 'iam:GetUser']),
    });
    expect(await root.api.attachUserPolicy({ userName: 'app', policyArn: policy.arn })).toBe(true);
    const page = await app.api.listUsers({ first: 10 });
    expect(page.edges.map((edge) => edge.node.userName)).toEqual(['app']);
    expect(page.pageInfo.hasNextPage).toBe(false);

    // The denial is in the audit log under the request id the error carries.
    const events = await root.api.auditEvents({ filter: { decision: 'Deny', action: 'iam:ListUsers' } });
    expect(events.edges.map((edge) => edge.node.requestId)).toContain(denied.requestId);
  });

  it('throws the typed error of each gateway code', async () => {
    // API_GetUser.html: NoSuchEntity when the user does not exist.
    const missing = await rejection(root.api.getUser({ userName: 'nobody' }));
    expect(missing).toBeInstanceOf(NoSuchEntityError);
    expect(isIamgateError(missing, 'NoSuchEntity') && missing.httpStatus).toBe(404);
    // API_CreateUser.html: EntityAlreadyExists for a name in use, ignoring case.
    expect(await rejection(root.api.createUser({ userName: 'APP' }))).toBeInstanceOf(
      EntityAlreadyExistsError,
    );
    // API_CreateAccessKey.html: at most two access keys per user (reference_iam-quotas.html).
    await root.api.createAccessKey({ userName: 'app' });
    const third = await rejection(root.api.createAccessKey({ userName: 'app' }));
    expect(third).toBeInstanceOf(LimitExceededError);
    // API_CreatePolicy.html: MalformedPolicyDocument, with the engine's findings.
    const malformed = await rejection(
      root.api.createPolicy({ policyName: 'Bad', policyDocument: '{"Statement":' }),
    );
    expect(isIamgateError(malformed, 'MalformedPolicyDocument')).toBe(true);
    expect(isIamgateError(malformed) && Array.isArray(malformed.extensions.findings)).toBe(true);

    const anonymous = createClient({ url: t.url, fetch: t.gateway.fetch });
    expect(isIamgateError(await rejection(anonymous.api.listUsers()), 'Unauthenticated')).toBe(true);
    const wrongSecret = client({ accessKeyId: accessKey.accessKeyId, secretAccessKey: 'not-the-secret' });
    const refused = await rejection(wrongSecret.api.listUsers());
    expect(isIamgateError(refused, 'InvalidClientTokenId')).toBe(true);
    expect(isIamgateError(refused) && refused.path).toEqual(['signIn']);
  });

  it('runs any typed document through request', async () => {
    const data = await root.request(GetUserDocument, { userName: 'app' });
    expect(data.getUser.userName).toBe('app');
  });

  it('signs in from the environment: an access key pair, or a session token first', async () => {
    const fromKey = client(
      fromEnv({
        env: {
          IAMGATE_ACCESS_KEY_ID: accessKey.accessKeyId,
          IAMGATE_SECRET_ACCESS_KEY: accessKey.secretAccessKey,
        },
      }),
    );
    expect((await fromKey.api.getUser()).userName).toBe('app');
    const rootToken = (await root.credentials())?.token ?? '';
    const fromToken = client(
      fromEnv({ env: { IAMGATE_SESSION_TOKEN: rootToken, IAMGATE_ACCESS_KEY_ID: accessKey.accessKeyId } }),
    );
    expect((await fromToken.credentials())?.token).toBe(rootToken);
    expect((await fromToken.api.getAccountSummary()).users).toBe(1);
  });

  it('signs an IAM user in with its password and reports a required reset', async () => {
    // API_CreateLoginProfile.html: PasswordResetRequired makes the user set a new password at next sign-in.
    await root.api.createLoginProfile({
      userName: 'app',
      password: USER_PASSWORD,
      passwordResetRequired: true,
    });
    const byAccountId = client(
      fromPassword({ account: t.account.id, userName: 'app', password: USER_PASSWORD }),
    );
    const session = await byAccountId.credentials();
    expect(session?.principalArn).toBe(`arn:iamgate:iam::${t.account.id}:user/app`);
    expect(session?.passwordResetRequired).toBe(true);
  });

  it('sends every generated operation in a form the gateway accepts and within its limits', async () => {
    // Another account, so that the operations' effects (a password policy, an alias) stay out of the tests above.
    const other = await t.createAccount('other@example.com');
    const otherRoot = client(fromPassword({ email: other.rootEmail, password: ROOT_PASSWORD }));
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const refusedBeforeRunning: string[] = [];
    const methods = otherRoot.api as unknown as Record<string, (variables?: unknown) => Promise<unknown>>;
    for (const [name, document] of Object.entries(apiOperations)) {
      const variables = sampleVariables(schema, document);
      const keys = Object.keys(variables);
      const argument = keys.length === 1 && keys[0] === 'input' ? variables.input : variables;
      const method = methods[name];
      if (method === undefined) throw new Error(`no method \`${name}\``);
      try {
        await method(argument);
      } catch (error) {
        // Refusals of the arguments or of the caller are fine here; a refused document or an unreadable answer is not.
        if (!isIamgateError(error)) throw error;
        if (
          ['InvalidRequest', 'QueryTooComplex', 'Unrecognized', 'UnexpectedResponse'].includes(error.code)
        ) {
          refusedBeforeRunning.push(`${name}: ${error.code} ${error.message}`);
        }
      }
    }
    expect(refusedBeforeRunning).toEqual([]);
    expect(Object.keys(apiOperations).length).toBeGreaterThan(70);
  });
});
