import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fromAssumeRole,
  fromWorkload,
  type IamgateClient,
  InvalidClientTokenIdError,
  isIamgateError,
} from '../../src/index.js';
import { allow, deny, trust } from '../support/policies.js';
import { recordingFetch } from '../support/recording-fetch.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

describe.each(testDrivers())('STS, remote authorization and subscriptions on %s', (driver) => {
  let t: TestGateway;
  let dev: { accessKeyId: string; secretAccessKey: string };
  let devArn: string;
  let deployerArn: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    devArn = (await t.root.api.createUser({ userName: 'dev' })).arn;
    dev = await t.root.api.createAccessKey({ userName: 'dev' });
    const deployer = await t.root.api.createRole({
      roleName: 'deployer',
      assumeRolePolicyDocument: trust({ AWS: devArn }),
    });
    deployerArn = deployer.arn;
    await t.root.api.putRolePolicy({
      roleName: 'deployer',
      policyName: 'list',
      policyDocument: allow('iam:ListUsers'),
    });
  });
  afterAll(async () => t?.cleanup());

  it('assumes a role with a source provider and assumes it again before the session expires', async () => {
    const recorder = recordingFetch(t.gateway.fetch);
    // A trust policy naming the user allows it without a policy of its own (IAM/latest/UserGuide/id_roles_compare-resource-policies.html).
    const deployer = t.client(
      fromAssumeRole({ roleArn: deployerArn, roleSessionName: 'ci-run', durationSeconds: 900, source: dev }),
      { fetch: recorder.fetch },
    );
    const identity = await deployer.api.getCallerIdentity();
    expect(identity.arn).toBe(`arn:iamgate:sts::${t.account.id}:assumed-role/deployer/ci-run`);
    expect((await deployer.api.listUsers()).edges).toHaveLength(1);
    await expect(t.client(dev).api.listUsers()).rejects.toMatchObject({ code: 'AccessDenied' });
    const first = await deployer.credentials();
    expect(first?.principalArn).toBe(identity.arn);
    expect(first?.accountId).toBe(t.account.id);
    // API_AssumeRole.html: DurationSeconds 900 is the minimum; renewal comes 5 minutes before the end.
    t.clock.advance(601);
    await deployer.api.getCallerIdentity();
    expect((await deployer.credentials())?.sessionId).not.toBe(first?.sessionId);
    expect(recorder.sent).toEqual([
      'SignIn',
      'AssumeRole',
      'GetCallerIdentity',
      'ListUsers',
      'AssumeRole',
      'GetCallerIdentity',
    ]);
  });

  it('refuses to assume a role the trust policy does not allow', async () => {
    const stranger = await t.root.api.createUser({ userName: 'stranger' });
    const key = await t.root.api.createAccessKey({ userName: stranger.userName });
    const client = t.client(
      fromAssumeRole({ roleArn: deployerArn, roleSessionName: 'stranger-session', source: key }),
    );
    await expect(client.api.getCallerIdentity()).rejects.toMatchObject({
      code: 'AccessDenied',
      path: ['assumeRole'],
    });
  });

  it("gets a workload's role sessions with the workload's own credential", async () => {
    const created = await t.root.api.createWorkload({ workloadName: 'orders-service' });
    const role = await t.root.api.createRole({
      roleName: 'orders',
      // A service principal with aws:SourceArn, as for EC2 instance profiles (IAM/latest/UserGuide/confused-deputy.html).
      assumeRolePolicyDocument: trust(
        { Service: 'workload.iamgate' },
        { Condition: { ArnEquals: { 'aws:SourceArn': created.workload.arn } } },
      ),
    });
    await t.root.api.attachRoleToWorkload({ workloadName: 'orders-service', roleArn: role.arn });
    const workload = t.client(fromWorkload(created.credential));
    const identity = await workload.api.getCallerIdentity();
    expect(identity.arn).toBe(
      `arn:iamgate:sts::${t.account.id}:assumed-role/orders/${created.credential.workloadId}`,
    );
    const wrong = t.client(fromWorkload({ workloadId: created.credential.workloadId, secret: 'not-it' }));
    await expect(wrong.api.getCallerIdentity()).rejects.toBeInstanceOf(InvalidClientTokenIdError);
  });

  describe('authorize', () => {
    const order = () => `arn:iamgate:orders::${t.account.id}:order/42`;

    it("decides for the client's own principal and for another with iam:SimulatePrincipalPolicy", async () => {
      const self = await t.client(dev).authorize({ action: 'orders:GetOrder', resource: order() });
      expect(self).toMatchObject({ allowed: false, principalArn: devArn, action: 'orders:GetOrder' });
      expect(self.decision).toMatchObject({
        decision: 'ImplicitDeny',
        failedLayer: 'identity',
        deniedBy: [],
      });

      await t.root.api.putUserPolicy({
        userName: 'dev',
        policyName: 'orders',
        policyDocument: allow('orders:GetOrder', '*', {
          Condition: { StringEquals: { 'orders:Region': 'eu' } },
        }),
      });
      const inEu = await t.root.authorize(
        { action: 'orders:GetOrder', resource: order(), context: { 'orders:Region': 'eu' } },
        { principalArn: devArn },
      );
      expect(inEu.allowed).toBe(true);
      expect(inEu.decision.decision).toBe('Allow');
      expect(inEu.decision.allowedBy).toEqual([
        { layer: 'identity', policyId: 'user/dev/inline/orders', index: 0, effect: 'Allow' },
      ]);
      expect(inEu.explanation).not.toBe('');
      const noRegion = await t.root.authorize(
        { action: 'orders:GetOrder', resource: order() },
        { principalArn: devArn },
      );
      expect(noRegion.decision.decision).toBe('ImplicitDeny');
      expect(noRegion.decision.missingContextKeys).toEqual(['orders:region']);
    });

    it('decides a batch in order, explicit denies included', async () => {
      await t.root.api.putUserPolicy({
        userName: 'dev',
        policyName: 'no-cancel',
        policyDocument: deny('orders:CancelOrder'),
      });
      const decisions = await t.client(dev).authorizeBatch([
        { action: 'orders:GetOrder', resource: order(), context: { 'orders:Region': ['eu', 'us'] } },
        { action: 'orders:GetOrder', resource: order(), context: { 'orders:Region': 'us' } },
        {
          action: 'orders:CancelOrder',
          resource: order(),
          context: { 'orders:Amount': 12, 'orders:Rush': true },
        },
      ]);
      expect(decisions.map((d) => d.decision.decision)).toEqual(['Allow', 'ImplicitDeny', 'ExplicitDeny']);
      expect(decisions[2]?.decision.deniedBy[0]?.policyId).toBe('user/dev/inline/no-cancel');
    });

    it('asks the decision endpoint beside the GraphQL endpoint, signing in once', async () => {
      const recorder = recordingFetch(t.gateway.fetch);
      const client = t.client(dev, { fetch: recorder.fetch });
      const one = await client.authorize({ action: 'orders:GetOrder', resource: order() });
      const many = await client.authorizeBatch([
        { action: 'orders:GetOrder', resource: order() },
        { action: 'orders:CancelOrder', resource: order() },
      ]);
      expect([one, ...many].map((d) => [d.action, d.principalArn, d.revision > 0])).toEqual([
        ['orders:GetOrder', devArn, true],
        ['orders:GetOrder', devArn, true],
        ['orders:CancelOrder', devArn, true],
      ]);
      expect(many[1]?.explanation).toMatch(/./);
      expect(recorder.sent).toEqual(['SignIn', '/authorize', '/authorize']);
    });

    it('refuses to decide for another principal without iam:SimulatePrincipalPolicy, and principal keys in the context', async () => {
      const other = await t
        .client(dev)
        .authorize({ action: 'orders:GetOrder', resource: '*' }, { principalArn: deployerArn })
        .catch((e: unknown) => e);
      expect(isIamgateError(other, 'AccessDenied')).toBe(true);
      const forged = await t
        .client(dev)
        .authorize({
          action: 'orders:GetOrder',
          resource: '*',
          context: { 'aws:PrincipalTag/team': 'admins' },
        })
        .catch((e: unknown) => e);
      expect(isIamgateError(forged, 'InvalidInput')).toBe(true);
    });
  });

  it('streams the account revision over server-sent events', async () => {
    const revisions = t.root.subscriptions.policyRevision();
    const first = await revisions.next();
    expect(first.value).toMatchObject({ accountId: t.account.id });
    const start = (first.value as { revision: number }).revision;
    await t.root.api.createGroup({ groupName: 'watchers' });
    const next = await revisions.next();
    expect((next.value as { revision: number }).revision).toBeGreaterThan(start);
    await revisions.return(undefined);
  });

  it('refuses a subscription without permission with the typed error', async () => {
    const client: IamgateClient = t.client(dev);
    const stream = client.subscriptions.policyRevision();
    await expect(stream.next()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
