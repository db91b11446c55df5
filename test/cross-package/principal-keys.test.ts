/**
 * The principal's condition keys are the same at the gateway and in an app (issue 17): `aws:PrincipalArn`,
 * `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:userid`, `aws:username`, `aws:PrincipalTag/*`,
 * `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:MultiFactorAuthPresent`, `aws:MultiFactorAuthAge`,
 * `aws:TokenIssueTime` and `aws:SourceIdentity`, built by `principalContext` of `@iamgate/policy` for both. A policy
 * allows one action per key only when the key holds the value it must, and the gateway, deciding for its caller,
 * and the middleware's context with the SDK's local evaluator decide every one of them alike.
 */
import { buildRequestContext, type TokenVerifier, type VerifiedPrincipal } from '@iamgate/middleware';
import { fromAssumeRole, type IamgateClient, type LocalEvaluator } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../packages/sdk/test/support/test-gateway.js';
import { trust } from '../support/policies.js';
import { gatewayTokenVerifier } from '../support/token-verifier.js';

const settle = { timeout: 10_000, interval: 20 };

/** One statement per key: `keys:<name>` is allowed when `condition` holds. */
type KeyChecks = Record<string, Record<string, Record<string, string | string[]>>>;

function policyOf(checks: KeyChecks): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: Object.entries(checks).map(([name, condition]) => ({
      Effect: 'Allow',
      Action: `keys:${name}`,
      Resource: '*',
      Condition: condition,
    })),
  });
}

/** What every session's keys have in common, whoever the principal. */
function sessionChecks(orgId: string): KeyChecks {
  return {
    PrincipalOrgID: { StringEquals: { 'aws:PrincipalOrgID': orgId } },
    PrincipalOrgPaths: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': `${orgId}/*` } },
    MultiFactorAuthPresent: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    MultiFactorAuthAge: { Null: { 'aws:MultiFactorAuthAge': 'true' } },
    // ISO 8601 to the second, as AWS writes it, on both sides.
    TokenIssueTime: { StringLike: { 'aws:TokenIssueTime': '????-??-??T??:??:??Z' } },
    // A control: no principal carries this tag, so neither side may allow it.
    WrongTag: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
  };
}

describe.each(testDrivers())('principal keys at the gateway and in an app on %s', (driver) => {
  let t: TestGateway;
  let verifier: TokenVerifier;
  let evaluator: LocalEvaluator;
  let orgId: string;
  let dev: IamgateClient;
  let reader: IamgateClient;
  let devChecks: KeyChecks;
  let readerChecks: KeyChecks;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    verifier = await gatewayTokenVerifier(t);
    const account = t.account.id;
    orgId = (await t.root.api.createOrganization()).id;

    const user = await t.root.api.createUser({
      userName: 'dev',
      path: '/eng/',
      tags: [{ key: 'team', value: 'red' }],
    });
    devChecks = {
      ...sessionChecks(orgId),
      PrincipalArn: { ArnEquals: { 'aws:PrincipalArn': `arn:iamgate:iam::${account}:user/eng/dev` } },
      PrincipalAccount: { StringEquals: { 'aws:PrincipalAccount': account } },
      PrincipalType: { StringEquals: { 'aws:PrincipalType': 'User' } },
      UserId: { StringEquals: { 'aws:userid': user.userId } },
      UserName: { StringEquals: { 'aws:username': 'dev' } },
      PrincipalTag: { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
      NoSourceIdentity: { Null: { 'aws:SourceIdentity': 'true' } },
    };
    await t.root.api.putUserPolicy({
      userName: 'dev',
      policyName: 'keys',
      policyDocument: policyOf(devChecks),
    });
    const devKey = await t.root.api.createAccessKey({ userName: 'dev' });
    dev = t.client(devKey);

    const role = await t.root.api.createRole({
      roleName: 'reader',
      path: '/ops/',
      assumeRolePolicyDocument: trust(
        { AWS: user.arn },
        { Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] },
      ),
    });
    readerChecks = {
      ...sessionChecks(orgId),
      // A role session's aws:PrincipalArn is its role's ARN, path included.
      PrincipalArn: { ArnEquals: { 'aws:PrincipalArn': `arn:iamgate:iam::${account}:role/ops/reader` } },
      PrincipalAccount: { StringEquals: { 'aws:PrincipalAccount': account } },
      PrincipalType: { StringEquals: { 'aws:PrincipalType': 'AssumedRole' } },
      UserId: { StringEquals: { 'aws:userid': `${role.roleId}:audit` } },
      NoUserName: { Null: { 'aws:username': 'true' } },
      SourceIdentity: { StringEquals: { 'aws:SourceIdentity': 'dev@example.com' } },
    };
    await t.root.api.putRolePolicy({
      roleName: 'reader',
      policyName: 'keys',
      policyDocument: policyOf(readerChecks),
    });
    reader = t.client(
      fromAssumeRole({
        roleArn: role.arn,
        roleSessionName: 'audit',
        sourceIdentity: 'dev@example.com',
        source: devKey,
      }),
    );

    evaluator = t.root.localEvaluator();
    await evaluator.ready();
  });
  afterAll(async () => {
    await evaluator?.close();
    await t?.cleanup();
  });

  /** The caller's decision of every `keys:*` action, at the gateway and as an app's middleware decides it. */
  async function decisions(client: IamgateClient, checks: KeyChecks) {
    const token = (await client.credentials())?.token ?? '';
    const principal: VerifiedPrincipal = await verifier.verify(token);
    const resource = `arn:iamgate:orders::${t.account.id}:order/1`;
    const context = buildRequestContext(principal, { secureTransport: true, now: t.clock.now() });
    const gateway: Record<string, string> = {};
    const local: Record<string, string> = {};
    for (const name of Object.keys(checks)) {
      const action = `keys:${name}`;
      gateway[name] = (await client.api.authorize({ action, resource })).decision;
      const result = await evaluator.authorize({ principal, action, resource, context, bearerToken: token });
      local[name] = result.kind === 'decided' ? result.decision.decision : result.kind;
    }
    return { gateway, local };
  }

  /** Every check allowed but the control, in the gateway's casing of decisions. */
  function expected(checks: KeyChecks, allow: string, deny: string): Record<string, string> {
    return Object.fromEntries(Object.keys(checks).map((name) => [name, name === 'WrongTag' ? deny : allow]));
  }

  it.each(['user', 'role'] as const)(
    "gives a %s session's keys the same values on both sides",
    async (kind) => {
      const [client, checks] = kind === 'user' ? [dev, devChecks] : [reader, readerChecks];
      await vi.waitFor(async () => {
        const { gateway, local } = await decisions(client, checks);
        expect(local).toEqual(expected(checks, 'Allow', 'ImplicitDeny'));
        expect(gateway).toEqual(expected(checks, 'allowed', 'implicitDeny'));
      }, settle);
    },
  );
});
