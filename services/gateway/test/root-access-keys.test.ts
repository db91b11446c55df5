/**
 * The root user's own access keys (issue 12): AWS lets root create them (`CreateAccessKey` without `UserName`) and
 * discourages it (`id_root-user_manage_add-key.html`). They sign root in, count against the same quota of two, can
 * be deactivated and deleted, and no IAM user can reach them.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const SIGN_IN_KEY =
  'mutation($k: String!, $s: String!) { signIn(input: { accessKey: { accessKeyId: $k, secretAccessKey: $s } }) { token } }';

describe.each(testDrivers())("the root user's access keys on %s", (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('are made, listed, used to sign in as root, deactivated and deleted by root', async () => {
    type Made = {
      createAccessKey: { accessKeyId: string; secretAccessKey: string; userName: string | null };
    };
    const key = ok(
      await t.gql<Made>(
        'mutation { createAccessKey { accessKeyId secretAccessKey userName } }',
        {},
        { token: root },
      ),
    ).createAccessKey;
    expect(key.userName).toBeNull();
    const listed = ok(
      await t.gql<{ listAccessKeys: { accessKeyId: string; userName: string | null }[] }>(
        '{ listAccessKeys { accessKeyId userName status } }',
        {},
        { token: root },
      ),
    ).listAccessKeys;
    expect(listed).toEqual([{ accessKeyId: key.accessKeyId, userName: null, status: 'Active' }]);
    const token = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN_KEY, { k: key.accessKeyId, s: key.secretAccessKey }),
    ).signIn.token;
    expect((await whoAmI(t, token)).arn).toBe(`arn:iamgate:iam::${t.account.id}:root`);
    // At most two, as for users.
    ok(await t.gql('mutation { createAccessKey { accessKeyId } }', {}, { token: root }));
    expect(codeOf(await t.gql('mutation { createAccessKey { accessKeyId } }', {}, { token: root }))).toBe(
      'LimitExceeded',
    );
    ok(
      await t.gql(
        'mutation($k: String!) { updateAccessKey(accessKeyId: $k, status: Inactive) { status } }',
        { k: key.accessKeyId },
        { token: root },
      ),
    );
    expect(codeOf(await t.gql(SIGN_IN_KEY, { k: key.accessKeyId, s: key.secretAccessKey }))).toBe(
      'InvalidClientTokenId',
    );
    ok(
      await t.gql(
        'mutation($k: String!) { deleteAccessKey(accessKeyId: $k) }',
        { k: key.accessKeyId },
        { token: root },
      ),
    );
    expect(codeOf(await t.gql(SIGN_IN_KEY, { k: key.accessKeyId, s: key.secretAccessKey }))).toBe(
      'InvalidClientTokenId',
    );
  });

  it('cannot be changed by any IAM user, whatever its policies', async () => {
    const admin = await userWithPolicy(t, root, 'admin', allow('iam:*'));
    const rootKey = ok(
      await t.gql<{ listAccessKeys: { accessKeyId: string }[] }>(
        '{ listAccessKeys { accessKeyId } }',
        {},
        { token: root },
      ),
    ).listAccessKeys[0]?.accessKeyId as string;
    // Without a user name an administrator manages its own keys, never root's.
    ok(await t.gql('mutation { createAccessKey { accessKeyId } }', {}, { token: admin }));
    const own = ok(
      await t.gql<{ listAccessKeys: { accessKeyId: string; userName: string }[] }>(
        '{ listAccessKeys { accessKeyId userName } }',
        {},
        { token: admin },
      ),
    ).listAccessKeys;
    expect(own.map((k) => k.userName)).toEqual(['admin']);
    for (const mutation of [
      'mutation($k: String!) { deleteAccessKey(accessKeyId: $k) }',
      'mutation($k: String!) { updateAccessKey(accessKeyId: $k, status: Inactive) { status } }',
    ]) {
      expect(codeOf(await t.gql(mutation, { k: rootKey }, { token: admin }))).toBe('NoSuchEntity');
    }
    // When root's key was last used is account metadata an administrator may read (`iam:GetAccessKeyLastUsed` on
    // the account root), as AWS's credential report shows root's keys to administrators.
    ok(
      await t.gql(
        'query($k: String!) { getAccessKeyLastUsed(accessKeyId: $k) { accessKeyId } }',
        { k: rootKey },
        { token: admin },
      ),
    );
  });
});
