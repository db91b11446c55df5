import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount } from './helpers.js';

export function groupsSuite(store: GetStore) {
  describe('groups', () => {
    it('creates, gets, renames and lists groups', async () => {
      const { id: acct } = await newAccount(store());
      const group = await store().groups.create(acct, { name: 'Admins', path: '/ops/' });
      expect(group.id).toMatch(/^AGPA[A-Z0-9]{17}$/);
      expect(group.arn).toBe(`arn:iamgate:iam::${acct}:group/ops/Admins`);
      expect(await store().groups.get(acct, 'ADMINS')).toEqual(group);
      expect(await store().groups.getById(acct, group.id)).toEqual(group);
      await expectCode(store().groups.create(acct, { name: 'admins' }), 'EntityAlreadyExists');
      const renamed = await store().groups.update(acct, 'admins', { newName: 'ops', newPath: '/' });
      expect(renamed.arn).toBe(`arn:iamgate:iam::${acct}:group/ops`);
      await store().groups.create(acct, { name: 'devs' });
      const list = await store().groups.list(acct, { nameContains: 'o' });
      expect(list.edges.map((e) => e.node.name)).toEqual(['ops']);
      await expectCode(store().groups.get(acct, 'nope'), 'NoSuchEntity');
      await expectCode(store().groups.create(acct, { name: 'x'.repeat(129) }), 'InvalidInput');
    });

    it('adds and removes members; adding twice is a no-op; lists both directions', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'u1' });
      await store().users.create(acct, { name: 'u2' });
      await store().groups.create(acct, { name: 'g1' });
      await store().groups.create(acct, { name: 'g2' });
      await store().groups.addUser(acct, 'g1', 'u1');
      await store().groups.addUser(acct, 'g1', 'u1');
      await store().groups.addUser(acct, 'g1', 'u2');
      await store().groups.addUser(acct, 'g2', 'u1');
      const members = await store().groups.listUsers(acct, 'g1');
      expect(members.edges.map((e) => e.node.name)).toEqual(['u1', 'u2']);
      expect(members.edges[0]?.node.arn).toBe(`arn:iamgate:iam::${acct}:user/u1`);
      const forUser = await store().groups.listForUser(acct, 'u1', { first: 1 });
      expect(forUser.edges.map((e) => e.node.name)).toEqual(['g1']);
      const rest = await store().groups.listForUser(acct, 'u1', { after: forUser.pageInfo.endCursor });
      expect(rest.edges.map((e) => e.node.name)).toEqual(['g2']);
      await store().groups.removeUser(acct, 'g1', 'u1');
      await expectCode(store().groups.removeUser(acct, 'g1', 'u1'), 'NoSuchEntity');
      await expectCode(store().groups.addUser(acct, 'g1', 'ghost'), 'NoSuchEntity');
      await expectCode(store().groups.addUser(acct, 'ghost', 'u1'), 'NoSuchEntity');
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: a user is in at most 10 groups
    it('keeps a user in at most 10 groups', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'joiner' });
      for (let i = 0; i < 11; i++) await store().groups.create(acct, { name: `g${i}` });
      for (let i = 0; i < 10; i++) await store().groups.addUser(acct, `g${i}`, 'joiner');
      const error = await expectCode(store().groups.addUser(acct, 'g10', 'joiner'), 'LimitExceeded');
      expect(error.details).toMatchObject({ quota: 'groupsPerUser', limit: 10 });
      // Re-adding to a group it is already in is not a new membership.
      await store().groups.addUser(acct, 'g3', 'joiner');
    });

    it('enforces the groups-per-account quota', async () => {
      const { id: acct } = await newAccount(store());
      await store().accounts.setQuotas(acct, { groupsPerAccount: 1 });
      await store().groups.create(acct, { name: 'one' });
      await expectCode(store().groups.create(acct, { name: 'two' }), 'LimitExceeded');
    });

    // IAM/latest/APIReference/API_DeleteGroup.html: members and policies must be removed first
    it('refuses to delete a group with members or policies', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'm' });
      await store().groups.create(acct, { name: 'busy' });
      await store().groups.addUser(acct, 'busy', 'm');
      const policy = await store().policies.create(acct, { name: 'p', document: allow('s3:*') });
      await store().policies.attach(acct, { kind: 'group', name: 'busy' }, policy.arn);
      await store().inlinePolicies.put(acct, { kind: 'group', name: 'busy' }, 'i', allow('s3:Get*'));
      const error = await expectCode(store().groups.delete(acct, 'busy'), 'DeleteConflict');
      expect(error.details.dependents).toEqual(['members', 'attached policies', 'inline policies']);
      await store().groups.removeUser(acct, 'busy', 'm');
      await store().policies.detach(acct, { kind: 'group', name: 'busy' }, policy.arn);
      await store().inlinePolicies.delete(acct, { kind: 'group', name: 'busy' }, 'i');
      await store().groups.delete(acct, 'busy');
      await expectCode(store().groups.get(acct, 'busy'), 'NoSuchEntity');
    });
  });
}
