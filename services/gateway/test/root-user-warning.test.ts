import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/**
 * Using the root user warns, in the response and in the log: AWS's best practice is to keep the root user for the
 * tasks only it can do (`IAM/latest/UserGuide/id_root-user.html`). Issue 13: "root used ... also warn in the
 * response `extensions` and the log".
 */

const WARNING = {
  code: 'RootUserUsed',
  message:
    'this request used the root user, which can do anything in the account: use it only for the tasks that need ' +
    'it, and an administrator user or role for everything else',
  documentationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
};

const SIGN_IN_ROOT =
  'mutation($e: String!, $p: String!) { session: signIn(input: { root: { email: $e, password: $p } }) { token sessionId } }';

async function send(t: Pick<TestGateway, 'gateway'>, query: string, variables: object, token?: string) {
  const response = await t.gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  return (await response.json()) as {
    data?: Record<string, { token?: string; sessionId?: string } | null> | null;
    errors?: unknown[];
    extensions?: { warnings?: unknown[] };
  };
}

describe.each(testDrivers())('the root user warning on %s', (driver) => {
  let t: TestGateway;
  let warned: Pick<TestGateway, 'gateway' | 'gql'>;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(JSON.parse(line)) });
    warned = await t.variant({}, logger);
  });
  afterAll(async () => t?.cleanup());

  const rootLines = () => lines.filter((line) => line.msg === 'root user used');

  it('warns in the response of a root sign-in and of every request of a root session; logs once per session', async () => {
    const signedIn = await send(warned, SIGN_IN_ROOT, { e: t.account.rootEmail, p: ROOT_PASSWORD });
    expect(signedIn.extensions?.warnings).toEqual([WARNING]);
    expect(rootLines()).toHaveLength(1);
    const token = signedIn.data?.session?.token as string;
    for (let i = 0; i < 3; i++) {
      const response = await send(warned, '{ getCallerIdentity { arn } }', {}, token);
      expect(response.extensions?.warnings).toEqual([WARNING]);
    }
    const refused = await send(warned, '{ getUser(userName: "nobody") { arn } }', {}, token);
    expect(refused.errors).toBeDefined();
    expect(refused.extensions?.warnings).toEqual([WARNING]);
    // One line for the sign-in, one for the session's requests, whatever their number.
    expect(rootLines()).toHaveLength(2);
    expect(rootLines()[1]).toMatchObject({
      level: 'warn',
      accountId: t.account.id,
      sessionId: signedIn.data?.session?.sessionId,
    });
  });

  it('does not warn IAM users, failed root sign-ins or anonymous requests', async () => {
    const before = rootLines().length;
    const root = await t.rootToken();
    const user = await userWithPolicy(t, root, 'admin', allow('*'));
    const response = await send(warned, '{ getCallerIdentity { arn } }', {}, user);
    expect(response.extensions?.warnings).toBeUndefined();
    const wrong = await send(warned, SIGN_IN_ROOT, { e: t.account.rootEmail, p: 'Wrong-passw0rd-here' });
    expect(wrong.errors).toBeDefined();
    expect(wrong.extensions?.warnings).toBeUndefined();
    const anonymous = await send(warned, '{ __typename }', {});
    expect(anonymous.extensions).toBeUndefined();
    expect(rootLines()).toHaveLength(before);
    ok(await warned.gql('{ __typename }'));
  });
});
