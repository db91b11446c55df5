import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/** A resource policy of at least `characters` characters without whitespace: one statement, many actions. */
function resourcePolicy(characters: number): string {
  const actions: string[] = [];
  let length = 100;
  while (length < characters) {
    const action = `orders:GetOrder${actions.length}`;
    actions.push(action);
    length += action.length + 3;
  }
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: actions, Resource: '*' }],
  });
}

/** A small identity policy padded with spaces to `characters` characters. */
function paddedPolicy(characters: number): string {
  const base = allow('iam:GetUser');
  return base.replace('{', `{${' '.repeat(characters - base.length)}`);
}

const AUTHORIZE =
  'query($p: String) { authorize(action: "orders:Get", resource: "*", resourcePolicy: $p) { allowed } }';
const CREATE_POLICY =
  'mutation($d: String!) { createPolicy(input: { policyName: "big", policyDocument: $d }) { arn } }';

// Every policy document is capped at AWS's sizes before it is parsed (API_CreatePolicy.html: PolicyDocument is at
// most 131,072 characters; reference_iam-quotas.html for the sizes without whitespace).
describe.each(testDrivers())('policy document sizes on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let nobody: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    nobody = await userWithPolicy(t, root, 'nobody', null);
  });
  afterAll(async () => t?.cleanup());

  it('refuses a 739 KiB resourcePolicy in authorize before parsing it, even for a caller with no permissions', async () => {
    const response = await t.gql(AUTHORIZE, { p: resourcePolicy(739 * 1024) }, { token: nobody });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('ValidationError');
  });

  it('refuses a resource policy over 20,480 characters without whitespace in authorize and simulate', async () => {
    const large = resourcePolicy(21_000);
    expect(codeOf(await t.gql(AUTHORIZE, { p: large }, { token: nobody }))).toBe('MalformedPolicyDocument');
    const batch = await t.gql(
      'query($p: String) { authorizeBatch(requests: [{ action: "orders:Get", resource: "*", resourcePolicy: $p }]) { allowed } }',
      { p: large },
      { token: nobody },
    );
    expect(codeOf(batch)).toBe('MalformedPolicyDocument');
    const simulate = await t.gql(
      'query($p: String) { simulateCustomPolicy(input: { policyInputList: [], actionNames: ["orders:Get"], resourcePolicy: $p }) { evalDecision } }',
      { p: large },
      { token: root },
    );
    expect(codeOf(simulate)).toBe('MalformedPolicyDocument');
    ok(await t.gql(AUTHORIZE, { p: resourcePolicy(20_000) }, { token: nobody }));
  });

  it('refuses a 900 KB policy padded with whitespace instead of storing it', async () => {
    const padded = paddedPolicy(900_000);
    const created = await t.gql(CREATE_POLICY, { d: padded }, { token: root });
    expect(created.status).toBe(400);
    expect(codeOf(created)).toBe('ValidationError');
    const inline = await t.gql(
      'mutation($d: String!) { putUserPolicy(userName: "nobody", policyName: "big", policyDocument: $d) { policyName } }',
      { d: padded },
      { token: root },
    );
    expect(codeOf(inline)).toBe('ValidationError');
    // Before authorization: a caller who may not create policies learns the same.
    expect(codeOf(await t.gql(CREATE_POLICY, { d: padded }, { token: nobody }))).toBe('ValidationError');
    // Within 131,072 characters, the size without whitespace is the store's quota (6,144 for a managed policy).
    ok(await t.gql(CREATE_POLICY, { d: paddedPolicy(131_000) }, { token: root }));
  });

  it('refuses session policies over 2,048 characters before any authorization work', async () => {
    const response = await t.gql(
      'mutation($p: String) { assumeRole(input: { roleArn: "arn:iamgate:iam::000000000000:role/none", roleSessionName: "session", policy: $p }) { credentials { sessionToken } } }',
      { p: paddedPolicy(3_000) },
      { token: nobody },
    );
    expect(codeOf(response)).toBe('PackedPolicyTooLarge');
  });

  it('bounds every list a caller sends: tags, tag keys, policy ARNs, context entries and values', async () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    const created = await t.gql(
      'mutation($t: [TagInput!]) { createUser(input: { userName: "tagged", tags: $t }) { arn } }',
      { t: tags },
      { token: root },
    );
    expect(codeOf(created)).toBe('ValidationError');
    const keys = Array.from({ length: 51 }, (_, i) => `k${i}`);
    expect(
      codeOf(
        await t.gql(
          'mutation($k: [String!]!) { untagUser(userName: "nobody", tagKeys: $k) { arn } }',
          { k: keys },
          { token: root },
        ),
      ),
    ).toBe('ValidationError');
    const arns = Array.from({ length: 11 }, (_, i) => `arn:iamgate:iam::000000000000:policy/p${i}`);
    expect(
      codeOf(
        await t.gql(
          'mutation($a: [String!]) { assumeRole(input: { roleArn: "arn:iamgate:iam::000000000000:role/none", roleSessionName: "session", policyArns: $a }) { credentials { sessionToken } } }',
          { a: arns },
          { token: nobody },
        ),
      ),
    ).toBe('ValidationError');
    const entries = Array.from({ length: 101 }, (_, i) => ({ key: `app:k${i}`, values: ['v'] }));
    const context =
      'query($c: [ContextEntryInput!]) { authorize(action: "a:b", resource: "*", context: $c) { allowed } }';
    expect(codeOf(await t.gql(context, { c: entries }, { token: nobody }))).toBe('ValidationError');
    const values = [{ key: 'app:k', values: Array.from({ length: 101 }, (_, i) => `v${i}`) }];
    expect(codeOf(await t.gql(context, { c: values }, { token: nobody }))).toBe('ValidationError');
    ok(await t.gql(context, { c: entries.slice(0, 100) }, { token: nobody }));
  });

  it('bounds the policy text one request carries in all: a batch of large resource policies is refused', async () => {
    const requests = Array.from({ length: 7 }, () => ({
      action: 'orders:Get',
      resource: '*',
      resourcePolicy: resourcePolicy(20_000),
    }));
    const response = await t.gql(
      'query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { allowed } }',
      { r: requests },
      { token: nobody },
    );
    expect(codeOf(response)).toBe('ValidationError');
    ok(
      await t.gql(
        'query($r: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $r) { allowed } }',
        { r: requests.slice(0, 6) },
        { token: nobody },
      ),
    );
  });
});
