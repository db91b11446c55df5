import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow, deny, variable } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

/** A policy with several statements, as JSON text. */
function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

// The request context the gateway fills in for every decision, checked through policies that depend on it
// (IAM/latest/UserGuide/reference_policies_condition-keys.html, reference_policies_variables.html).
describe.each(testDrivers())('request context on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let arn: (resource: string) => string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    arn = (resource) => `arn:iamgate:iam::${t.account.id}:${resource}`;
  });
  afterAll(async () => t?.cleanup());

  it('resolves aws:username policy variables in resources (reference_policies_variables.html)', async () => {
    const token = await userWithPolicy(
      t,
      root,
      'self',
      allow('iam:GetUser', arn(`user/${variable('aws:username')}`)),
    );
    ok(await t.gql('{ getUser { userName } }', {}, { token }));
    ok(await t.gql('mutation { createUser(input: { userName: "other" }) { arn } }', {}, { token: root }));
    expect(codeOf(await t.gql('{ getUser(userName: "other") { userName } }', {}, { token }))).toBe(
      'AccessDenied',
    );
  });

  it('fills aws:RequestTag/* and aws:TagKeys from the tags an operation sets (access_iam-tags.html)', async () => {
    const token = await userWithPolicy(
      t,
      root,
      'tagger',
      policy({
        Effect: 'Allow',
        Action: 'iam:CreateUser',
        Resource: '*',
        Condition: {
          StringEquals: { 'aws:RequestTag/team': variable('aws:PrincipalTag/team') },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] },
        },
      }),
    );
    ok(
      await t.gql(
        'mutation { tagUser(userName: "tagger", tags: [{ key: "team", value: "blue" }]) { userName } }',
        {},
        { token: root },
      ),
    );
    const create =
      'mutation($tags: [TagInput!]) { createUser(input: { userName: "tagged", tags: $tags }) { arn } }';
    expect(codeOf(await t.gql(create, { tags: [{ key: 'team', value: 'red' }] }, { token }))).toBe(
      'AccessDenied',
    );
    expect(
      codeOf(
        await t.gql(
          create,
          {
            tags: [
              { key: 'team', value: 'blue' },
              { key: 'x', value: 'y' },
            ],
          },
          { token },
        ),
      ),
    ).toBe('AccessDenied');
    ok(await t.gql(create, { tags: [{ key: 'team', value: 'blue' }] }, { token }));
  });

  it('fills aws:ResourceTag/* from the target (access_iam-tags.html#access_iam-tags_control-resources)', async () => {
    const token = await userWithPolicy(
      t,
      root,
      'teamlead',
      allow('iam:GetUser', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'blue' } } }),
    );
    ok(await t.gql('{ getUser(userName: "tagged") { userName } }', {}, { token }));
    expect(codeOf(await t.gql('{ getUser(userName: "other") { userName } }', {}, { token }))).toBe(
      'AccessDenied',
    );
  });

  it('fills aws:SourceIp (through a trusted proxy) and aws:SecureTransport', async () => {
    const token = await userWithPolicy(
      t,
      root,
      'office',
      allow('iam:ListUsers', '*', {
        Condition: {
          IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
          Bool: { 'aws:SecureTransport': 'true' },
        },
      }),
    );
    const proxied = await t.variant({ IAMGATE_TRUST_PROXY: '1' });
    const list = '{ listUsers { edges { cursor } } }';
    const https = 'https://iam.example.com/graphql';
    const via = (ip: string, proto: string) => ({
      token,
      headers: { 'x-forwarded-for': ip, 'x-forwarded-proto': proto },
    });
    ok(await proxied.gql(list, {}, via('203.0.113.9', 'https')));
    expect(codeOf(await proxied.gql(list, {}, via('198.51.100.9', 'https')))).toBe('AccessDenied');
    expect(codeOf(await proxied.gql(list, {}, via('203.0.113.9', 'http')))).toBe('AccessDenied');
    // Without a trusted proxy the forwarded headers are ignored: the in-process caller is 127.0.0.1.
    expect(codeOf(await t.gql(list, {}, { ...via('203.0.113.9', 'https'), url: https }))).toBe(
      'AccessDenied',
    );
  });

  it('fills aws:CurrentTime from the gateway clock', async () => {
    const until = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const token = await userWithPolicy(
      t,
      root,
      'temp',
      allow('iam:ListUsers', '*', { Condition: { DateLessThan: { 'aws:CurrentTime': until } } }),
    );
    ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token }));
    t.clock.advance(61);
    expect(codeOf(await t.gql('{ listUsers { edges { cursor } } }', {}, { token }))).toBe('AccessDenied');
  });

  it('fills aws:userid, aws:PrincipalArn, aws:EpochTime and aws:TokenIssueTime', async () => {
    const now = t.clock.now();
    await t.store.users.create(t.account.id, { name: 'ids' });
    const user = await t.store.users.get(t.account.id, 'ids');
    await t.store.inlinePolicies.put(t.account.id, { kind: 'user', name: 'ids' }, 'p', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:userid': user.id },
            ArnEquals: { 'aws:PrincipalArn': user.arn },
            NumericGreaterThanEquals: { 'aws:EpochTime': Math.floor(now.getTime() / 1000) },
            // Sessions issued before this instant are refused, as AWS's "revoke older sessions" policy does.
            DateGreaterThanEquals: { 'aws:TokenIssueTime': new Date(now.getTime() + 10_000).toISOString() },
          },
        },
      ],
    });
    await t.store.loginProfiles.create(t.account.id, 'ids', { password: 'User-passw0rd-for-tests' });
    const early = await t.userToken('ids', 'User-passw0rd-for-tests');
    expect(codeOf(await t.gql('{ listUsers { edges { cursor } } }', {}, { token: early }))).toBe(
      'AccessDenied',
    );
    t.clock.advance(11); // token times are whole seconds
    const late = await t.userToken('ids', 'User-passw0rd-for-tests');
    ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token: late }));
  });

  it('authorizes each mutation of a request on the target as the previous ones left it', async () => {
    const token = await userWithPolicy(
      t,
      root,
      'mover',
      policy(
        { Effect: 'Allow', Action: 'iam:UpdateUser', Resource: '*' },
        { Effect: 'Allow', Action: 'iam:TagUser', Resource: arn('user/before/*') },
        // May read the user, so denials name its real ARN (path included) rather than the path-less one.
        { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
      ),
    );
    ok(
      await t.gql(
        'mutation { createUser(input: { userName: "moved", path: "/before/" }) { arn } }',
        {},
        { token: root },
      ),
    );
    const both = await t.gql(
      'mutation { updateUser(userName: "moved", newPath: "/after/") { arn } tagUser(userName: "moved", tags: [{ key: "k", value: "v" }]) { arn } }',
      {},
      { token },
    );
    expect(codeOf(both)).toBe('AccessDenied');
    expect(both.errors?.[0]?.extensions?.resource).toBe(arn('user/after/moved'));
  });

  it('checks iam:PolicyARN on attachments', async () => {
    const readOnly = `arn:iamgate:iam::${t.account.id}:policy/ReadOnly`;
    ok(
      await t.gql(
        'mutation($d: String!) { createPolicy(input: { policyName: "ReadOnly", policyDocument: $d }) { arn } }',
        { d: allow('iam:Get*') },
        { token: root },
      ),
    );
    ok(
      await t.gql(
        'mutation($d: String!) { createPolicy(input: { policyName: "Admin", policyDocument: $d }) { arn } }',
        { d: allow('iam:*') },
        { token: root },
      ),
    );
    const token = await userWithPolicy(
      t,
      root,
      'delegate',
      allow('iam:AttachUserPolicy', '*', { Condition: { ArnEquals: { 'iam:PolicyARN': readOnly } } }),
    );
    const attach = 'mutation($a: String!) { attachUserPolicy(userName: "other", policyArn: $a) }';
    ok(await t.gql(attach, { a: readOnly }, { token }));
    expect(codeOf(await t.gql(attach, { a: readOnly.replace('ReadOnly', 'Admin') }, { token }))).toBe(
      'AccessDenied',
    );
  });

  it('names an explicit deny and a permissions boundary in the denial (access_policies_boundaries.html)', async () => {
    const denied = await userWithPolicy(
      t,
      root,
      'denied',
      policy(
        { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
        { Sid: 'NoDeletes', Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' },
      ),
    );
    const refusal = await t.gql('mutation { deleteUser(userName: "other") }', {}, { token: denied });
    expect(refusal.errors?.[0]?.extensions).toMatchObject({ decision: 'ExplicitDeny' });
    expect(refusal.errors?.[0]?.message).toContain(
      'with an explicit deny in an identity-based policy: `user/denied/inline/p#NoDeletes`',
    );

    ok(
      await t.gql(
        'mutation($d: String!) { createPolicy(input: { policyName: "OnlyReads", policyDocument: $d }) { arn } }',
        { d: allow(['iam:Get*', 'iam:List*']) },
        { token: root },
      ),
    );
    const bounded = await userWithPolicy(t, root, 'bounded', allow('iam:*'));
    ok(
      await t.gql(
        'mutation($b: String!) { putUserPermissionsBoundary(userName: "bounded", permissionsBoundary: $b) }',
        { b: arn('policy/OnlyReads') },
        { token: root },
      ),
    );
    ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token: bounded }));
    const capped = await t.gql(
      'mutation { createUser(input: { userName: "nope" }) { arn } }',
      {},
      { token: bounded },
    );
    expect(codeOf(capped)).toBe('AccessDenied');
    expect(capped.errors?.[0]?.extensions?.failedLayer).toBe('permissionsBoundary');
    expect(
      codeOf(
        await t.gql(
          '{ listUsers { edges { cursor } } }',
          {},
          { token: await userWithPolicy(t, root, 'denylist', deny('iam:List*')) },
        ),
      ),
    ).toBe('AccessDenied');
  });
});
