import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const DELETE = 'mutation($n: String!) { deleteUser(userName: $n) }';

function deniedResource(response: GqlResponse<unknown>): unknown {
  expect(codeOf(response)).toBe('AccessDenied');
  return response.errors?.[0]?.extensions?.resource;
}

/**
 * A refused caller learns nothing of an entity it may not read (issue "Trust first", hole 8): the denial names the
 * path-less ARN a missing entity would have, so neither the path nor the existence of the entity shows. A caller
 * that may read the entity is told the real ARN, as AWS's messages do (`troubleshoot_access-denied.html`).
 */
describe.each(testDrivers())('denials that reveal nothing on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let nobody: string;
  let reader: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
    ok(
      await t.gql(
        'mutation { createUser(input: { userName: "pathy", path: "/secret-division/", tags: [{ key: "k", value: "v" }] }) { arn } }',
        {},
        { token: root },
      ),
    );
    nobody = await userWithPolicy(t, root, 'nobody', null);
    reader = await userWithPolicy(t, root, 'reader', allow('iam:GetUser'));
  });
  afterAll(async () => t?.cleanup());

  it('names the path-less ARN to a caller that may not read the user, exactly as for a missing user', async () => {
    const existing = await t.gql(DELETE, { n: 'pathy' }, { token: nobody });
    const missing = await t.gql(DELETE, { n: 'ghost' }, { token: nobody });
    expect(deniedResource(existing)).toBe(`arn:iamgate:iam::${t.account.id}:user/pathy`);
    expect(deniedResource(missing)).toBe(`arn:iamgate:iam::${t.account.id}:user/ghost`);
    expect(JSON.stringify(existing.errors)).not.toContain('secret-division');
    const { resource: _a, principal: _b, ...existingRest } = existing.errors?.[0]?.extensions ?? {};
    const { resource: _c, principal: _d, ...missingRest } = missing.errors?.[0]?.extensions ?? {};
    expect(existingRest).toEqual(missingRest);
  });

  it('names the real ARN to a caller that may read the user', async () => {
    const response = await t.gql(DELETE, { n: 'pathy' }, { token: reader });
    expect(deniedResource(response)).toBe(`arn:iamgate:iam::${t.account.id}:user/secret-division/pathy`);
  });

  it('does not tell an explicit deny on the path from an implicit one to a caller that may not read', async () => {
    const denier = await userWithPolicy(
      t,
      root,
      'denier',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:TagUser', Resource: '*' },
          { Effect: 'Deny', Action: 'iam:TagUser', Resource: `arn:iamgate:iam::*:user/secret-division/*` },
        ],
      }),
    );
    const tag = 'mutation($n: String!) { tagUser(userName: $n, tags: [{ key: "a", value: "b" }]) { arn } }';
    const response = await t.gql(tag, { n: 'pathy' }, { token: denier });
    // Denied (the Deny holds), but shown as a denial on the path-less ARN, which the Deny does not name.
    expect(codeOf(response)).toBe('AccessDenied');
    expect(JSON.stringify(response.errors)).not.toContain('secret-division');
    expect(ok(await t.gql(tag, { n: 'nobody' }, { token: denier })).tagUser).toBeDefined();
  });

  it('answers a role of an account that does not exist exactly as a role that does not trust the caller (API_AssumeRole.html)', async () => {
    const assumer = await userWithPolicy(t, root, 'assumer', allow('sts:AssumeRole'));
    const other = await t.createAccount('existence-other@example.com');
    const ASSUME =
      'mutation($r: String!) { assumeRole(input: { roleArn: $r, roleSessionName: "probe" }) { assumedRoleUser { arn } } }';
    const existingAccount = await t.gql(
      ASSUME,
      { r: `arn:iamgate:iam::${other.id}:role/Nope` },
      { token: assumer },
    );
    const noAccount = await t.gql(
      ASSUME,
      { r: 'arn:iamgate:iam::999999999990:role/Nope' },
      { token: assumer },
    );
    expect(codeOf(existingAccount)).toBe('AccessDenied');
    expect(codeOf(noAccount)).toBe('AccessDenied');
    const shape = (r: typeof noAccount) =>
      JSON.stringify(r.errors).replaceAll(other.id, 'ACCOUNT').replaceAll('999999999990', 'ACCOUNT');
    expect(shape(noAccount)).toBe(shape(existingAccount));
  });
});
