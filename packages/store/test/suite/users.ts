import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount } from './helpers.js';

export function usersSuite(store: GetStore) {
  describe('users', () => {
    // IAM/latest/APIReference/API_CreateUser.html: name pattern [\w+=,.@-]+, 1-64; path / or /.../
    it('creates a user with an AWS-style id and ARN including the path', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'Alice', path: '/eng/' });
      expect(user.id).toMatch(/^AIDA[A-Z0-9]{17}$/);
      expect(user.arn).toBe(`arn:iamgate:iam::${acct}:user/eng/Alice`);
      expect(await store().users.get(acct, 'alice')).toEqual(user);
      expect(await store().users.getById(acct, user.id)).toEqual(user);
      expect(await store().users.getByArn(acct, user.arn)).toEqual(user);
      await expectCode(store().users.getByArn(acct, `arn:iamgate:iam::${acct}:user/Alice`), 'NoSuchEntity');
      await expectCode(store().users.getByArn('000000000000', user.arn), 'NoSuchEntity');
    });

    // IAM/latest/UserGuide/reference_iam-friendly-names.html: names are unique case-insensitively
    it('refuses a second user whose name differs only in case', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'bob' });
      const error = await expectCode(store().users.create(acct, { name: 'BOB' }), 'EntityAlreadyExists');
      // The driver error is kept as the cause; the message carries no query parameters such as the account id.
      expect(error.message).not.toContain(acct);
      expect((error as unknown as { cause: unknown }).cause).toBeDefined();
    });

    it('keeps accounts apart: the same name in two accounts, no reads across', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      await store().users.create(a.id, { name: 'same' });
      await store().users.create(b.id, { name: 'same' });
      await store().users.create(a.id, { name: 'only-a' });
      await expectCode(store().users.get(b.id, 'only-a'), 'NoSuchEntity');
    });

    it('validates names, paths and tags', async () => {
      const { id: acct } = await newAccount(store());
      for (const name of ['', 'has space', 'x'.repeat(65), 'slash/']) {
        await expectCode(store().users.create(acct, { name }), 'InvalidInput');
      }
      for (const path of ['eng', '/eng', 'eng/', `/${'p'.repeat(512)}/`]) {
        await expectCode(store().users.create(acct, { name: 'u', path }), 'InvalidInput');
      }
      // IAM/latest/UserGuide/id_tags.html: `aws:` is reserved
      await expectCode(
        store().users.create(acct, { name: 'u', tags: [{ key: 'aws:x', value: '1' }] }),
        'InvalidInput',
      );
      await expectCode(
        store().users.create(acct, { name: 'u', tags: [{ key: '', value: '1' }] }),
        'InvalidInput',
      );
    });

    it('renames and moves a user; the new name must be free', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'old' });
      await store().users.create(acct, { name: 'taken' });
      const moved = await store().users.update(acct, 'old', { newName: 'new', newPath: '/x/' });
      expect(moved.arn).toBe(`arn:iamgate:iam::${acct}:user/x/new`);
      await expectCode(store().users.get(acct, 'old'), 'NoSuchEntity');
      await expectCode(store().users.update(acct, 'new', { newName: 'TAKEN' }), 'EntityAlreadyExists');
      await expectCode(store().users.update(acct, 'ghost', { newName: 'y' }), 'NoSuchEntity');
    });

    // IAM/latest/UserGuide/id_tags.html: keys that differ only in case are one key; 50 tags per entity
    it('tags and untags; a key differing in case replaces; 50 tags at most', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 't', tags: [{ key: 'Team', value: 'a' }] });
      let user = await store().users.tag(acct, 't', [
        { key: 'team', value: 'b' },
        { key: 'cost', value: '1' },
      ]);
      expect(user.tags).toEqual([
        { key: 'team', value: 'b' },
        { key: 'cost', value: '1' },
      ]);
      user = await store().users.untag(acct, 't', ['TEAM', 'absent']);
      expect(user.tags).toEqual([{ key: 'cost', value: '1' }]);
      const many = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      await expectCode(store().users.tag(acct, 't', many), 'LimitExceeded');
      expect((await store().users.get(acct, 't')).tags).toHaveLength(1);
    });

    it('lists users as a Relay connection with path prefix and name filters', async () => {
      const { id: acct } = await newAccount(store());
      for (const [name, path] of [
        ['carol', '/a/'],
        ['alice', '/a/'],
        ['bob', '/b/'],
        ['Alina', '/a/b/'],
      ] as const) {
        await store().users.create(acct, { name, path });
      }
      const page1 = await store().users.list(acct, { first: 2 });
      expect(page1.edges.map((e) => e.node.name)).toEqual(['alice', 'Alina']);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await store().users.list(acct, { first: 2, after: page1.pageInfo.endCursor });
      expect(page2.edges.map((e) => e.node.name)).toEqual(['bob', 'carol']);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const underA = await store().users.list(acct, { pathPrefix: '/a/' });
      expect(underA.edges.map((e) => e.node.name)).toEqual(['alice', 'Alina', 'carol']);
      const contains = await store().users.list(acct, { nameContains: 'LI' });
      expect(contains.edges.map((e) => e.node.name)).toEqual(['alice', 'Alina']);
      await expectCode(store().users.list(acct, { after: 'garbage' }), 'InvalidInput');
      await expectCode(store().users.list(acct, { first: 0 }), 'InvalidInput');
      await expectCode(store().users.list(acct, { pathPrefix: 'a' }), 'InvalidInput');
    });

    // IAM/latest/APIReference/API_DeleteUser.html: dependents must be removed first
    it('refuses to delete a user that still has credentials, groups or policies', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'd' });
      await store().groups.create(acct, { name: 'g' });
      await store().groups.addUser(acct, 'g', 'd');
      const key = await store().accessKeys.create(acct, 'd');
      await store().inlinePolicies.put(acct, { kind: 'user', name: 'd' }, 'p', allow('s3:GetObject'));
      const error = await expectCode(store().users.delete(acct, 'd'), 'DeleteConflict');
      expect(error.details.dependents).toEqual(['access keys', 'group memberships', 'inline policies']);
      await store().groups.removeUser(acct, 'g', 'd');
      await store().accessKeys.delete(acct, 'd', key.accessKeyId);
      await store().inlinePolicies.delete(acct, { kind: 'user', name: 'd' }, 'p');
      await store().users.delete(acct, 'd');
      await expectCode(store().users.get(acct, 'd'), 'NoSuchEntity');
      await expectCode(store().users.delete(acct, 'd'), 'NoSuchEntity');
    });

    it('enforces the users-per-account quota', async () => {
      const { id: acct } = await newAccount(store());
      await store().accounts.setQuotas(acct, { usersPerAccount: 2 });
      await store().users.create(acct, { name: 'u1' });
      await store().users.create(acct, { name: 'u2' });
      const error = await expectCode(store().users.create(acct, { name: 'u3' }), 'LimitExceeded');
      expect(error.details).toMatchObject({ quota: 'usersPerAccount', limit: 2 });
    });

    it('sets a permissions boundary at creation from a policy of the same account only', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const policy = await store().policies.create(a.id, { name: 'cap', document: allow('s3:*') });
      const user = await store().users.create(a.id, { name: 'capped', permissionsBoundary: policy.arn });
      expect(user.permissionsBoundaryArn).toBe(policy.arn);
      await expectCode(
        store().users.create(b.id, { name: 'x', permissionsBoundary: policy.arn }),
        'NoSuchEntity',
      );
    });
  });
}
