import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  type AuthorizationInput,
  type AuthorizationResult,
  fromPassword,
  remoteAuthorizer,
} from '../src/index.js';
import { allow, trust } from './support/policies.js';
import { recordingFetch } from './support/recording-fetch.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway } from './support/test-gateway.js';

/** The decision kind of a result, or `stale`. */
const kind = (result: AuthorizationResult) =>
  result.kind === 'decided' ? result.decision.decision : 'stale';

describe.each(testDrivers())('remoteAuthorizer against a real gateway on %s', (driver) => {
  let t: TestGateway;
  let account: string;
  let alice: string;
  const order = (id: string) => `arn:iamgate:orders::${account}:order/${id}`;
  const input = (
    arn: string,
    action: string,
    over: Partial<AuthorizationInput> = {},
  ): AuthorizationInput => ({
    principal: { arn },
    action,
    resource: order('7'),
    context: {},
    ...over,
  });

  beforeAll(async () => {
    t = await startTestGateway(driver);
    account = t.account.id;
    alice = (await t.root.api.createUser({ userName: 'alice' })).arn;
    await t.root.api.putUserPolicy({
      userName: 'alice',
      policyName: 'regional',
      policyDocument: allow('orders:GetOrder', '*', {
        Condition: { StringEquals: { 'orders:Region': 'eu' } },
      }),
    });
    for (const [roleName, path] of [
      ['Reader', '/'],
      ['Writer', '/svc/'],
    ] as const) {
      await t.root.api.createRole({ roleName, path, assumeRolePolicyDocument: trust({ AWS: alice }) });
      await t.root.api.putRolePolicy({
        roleName,
        policyName: 'orders',
        policyDocument: allow(roleName === 'Reader' ? 'orders:GetOrder' : 'orders:CancelOrder'),
      });
    }
  });
  afterAll(async () => t?.cleanup());

  it("decides a user with the app's context, leaving out the keys the gateway takes from the principal", async () => {
    const authorizer = remoteAuthorizer(t.root);
    // The gateway refuses principal keys from apps (InvalidInput); a middleware's context carries them.
    const principalKeys = {
      'aws:PrincipalTag/team': 'orders',
      'aws:username': 'mallory',
      'aws:PrincipalOrgID': 'o',
    };
    const eu = await authorizer.authorize(
      input(alice, 'orders:GetOrder', { context: { 'orders:Region': 'eu', ...principalKeys } }),
    );
    expect(eu).toMatchObject({ kind: 'decided', decision: { decision: 'Allow' } });
    expect(eu.kind === 'decided' && eu.revision).toBeGreaterThan(0);
    const us = await authorizer.authorize(
      input(alice, 'orders:GetOrder', { context: { 'orders:Region': 'us' } }),
    );
    expect(us).toMatchObject({
      kind: 'decided',
      decision: { decision: 'ImplicitDeny', failedLayer: 'identity' },
    });
  });

  /** A session of `roleName` assumed by alice (named by the trust policy), with an optional session policy. */
  const session = async (roleName: string, sessionName: string, policy?: string) => {
    const key = await t.root.api.createAccessKey({ userName: 'alice' });
    const aliceClient = t.client(key);
    const assumed = await aliceClient.api.assumeRole({
      roleArn:
        roleName === 'Writer'
          ? `arn:iamgate:iam::${account}:role/svc/Writer`
          : `arn:iamgate:iam::${account}:role/${roleName}`,
      roleSessionName: sessionName,
      ...(policy === undefined ? {} : { policy }),
    });
    await t.root.api.deleteAccessKey({ userName: 'alice', accessKeyId: key.accessKeyId });
    return {
      arn: `arn:iamgate:sts::${account}:assumed-role/${roleName}/${sessionName}`,
      token: assumed.credentials.sessionToken,
    };
  };

  it('decides a role session as the caller, with its token: its session policy narrows it, as at the gateway', async () => {
    const authorizer = remoteAuthorizer(t.root);
    const reader = await session('Reader', 's1');
    const as = (s: { arn: string; token: string }, action: string) =>
      input(s.arn, action, { bearerToken: s.token });
    expect(kind(await authorizer.authorize(as(reader, 'orders:GetOrder')))).toBe('Allow');
    expect(kind(await authorizer.authorize(as(reader, 'orders:CancelOrder')))).toBe('ImplicitDeny');
    // A session narrowed to listing orders may not read one, though its role may (no escape through the app).
    const narrowed = await session('Reader', 'narrow', allow('orders:ListOrders'));
    expect(kind(await authorizer.authorize(as(narrowed, 'orders:GetOrder')))).toBe('ImplicitDeny');
    const writer = await session('Writer', 's2');
    expect(kind(await authorizer.authorize(as(writer, 'orders:CancelOrder')))).toBe('Allow');
    // Without its token a role session is not decided at all: as its role it would escape its session policy.
    expect(await authorizer.authorize(input(narrowed.arn, 'orders:GetOrder'))).toMatchObject({
      kind: 'stale',
    });
    expect(await authorizer.authorizeBatch([input(narrowed.arn, 'orders:GetOrder')])).toMatchObject([
      { kind: 'stale' },
    ]);
  });

  it('answers a batch in order, a hundred decisions per request', async () => {
    const recorder = recordingFetch(t.gateway.fetch);
    const root = fromPassword({ email: t.account.rootEmail, password: ROOT_PASSWORD });
    const authorizer = remoteAuthorizer(t.client(root, { fetch: recorder.fetch }));
    const reader = await session('Reader', 'batch');
    const actions = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? 'orders:CancelOrder' : 'orders:GetOrder',
    );
    const results = await authorizer.authorizeBatch(
      actions.map((action) => input(reader.arn, action, { bearerToken: reader.token })),
    );
    expect(results.map(kind)).toEqual(
      actions.map((action) => (action === 'orders:GetOrder' ? 'Allow' : 'ImplicitDeny')),
    );
    expect(recorder.sent.filter((sent) => sent === '/authorize')).toHaveLength(2);
    expect(await authorizer.authorizeBatch([])).toEqual([]);
  });

  it('rejects when the gateway refuses to decide about another principal, which the middleware answers with 503', async () => {
    const key = await t.root.api.createAccessKey({ userName: 'alice' });
    const authorizer = remoteAuthorizer(t.client(key));
    // Without a token the client asks about the user by ARN, which needs iam:SimulatePrincipalPolicy on it.
    const bob = (await t.root.api.createUser({ userName: 'bob' })).arn;
    await expect(authorizer.authorize(input(bob, 'orders:GetOrder'))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await t.root.api.deleteAccessKey({ userName: 'alice', accessKeyId: key.accessKeyId });
  });
});
