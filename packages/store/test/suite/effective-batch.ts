import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function effectiveBatchSuite(store: GetStore) {
  describe('effective policies in batch', () => {
    it('gives every user and role what effectivePolicies gives it, in one statement', async () => {
      const management = await newAccount(store());
      const { id: acct } = await newAccount(store());
      // The account is a member of an organization: its guardrails come along, read once.
      await store().organizations.create(management.id);
      const now = new Date();
      const handshake = await store().organizations.invite(management.id, acct, now);
      await store().organizations.respond(acct, handshake.id, true, now);
      const s = store();
      const cap = await s.policies.create(acct, { name: 'cap', document: allow('s3:*') });
      const shared = await s.policies.create(acct, { name: 'shared', document: allow('s3:GetObject') });
      const viaGroup = await s.policies.create(acct, { name: 'grp', document: allow('s3:ListBucket') });
      await s.policies.versions.create(acct, viaGroup.arn, {
        document: allow('s3:List*'),
        setAsDefault: true,
      });
      await s.groups.create(acct, { name: 'readers', path: '/team/' });
      await s.groups.create(acct, { name: 'empty' });
      await s.policies.attach(acct, { kind: 'group', name: 'readers' }, viaGroup.arn);
      await s.inlinePolicies.put(
        acct,
        { kind: 'group', name: 'readers' },
        'theirs',
        allow('s3:DeleteObject'),
      );
      const users = [];
      for (const name of ['eve', 'bob', 'carol']) {
        users.push(await s.users.create(acct, { name, path: '/p/', tags: [{ key: 'team', value: name }] }));
      }
      await s.groups.addUser(acct, 'readers', 'eve');
      await s.groups.addUser(acct, 'readers', 'bob');
      await s.policies.attach(acct, { kind: 'user', name: 'eve' }, shared.arn);
      await s.policies.attach(acct, { kind: 'user', name: 'carol' }, shared.arn);
      await s.inlinePolicies.put(acct, { kind: 'user', name: 'eve' }, 'mine', allow('s3:PutObject'));
      await s.boundaries.put(acct, { kind: 'user', name: 'eve' }, cap.arn);
      const role = await s.roles.create(acct, {
        name: 'ops',
        path: '/svc/',
        assumeRolePolicyDocument: trust(acct),
      });
      await s.policies.attach(acct, { kind: 'role', name: 'ops' }, shared.arn);
      await s.inlinePolicies.put(acct, { kind: 'role', name: 'ops' }, 'run', allow('ec2:*'));
      await s.boundaries.put(acct, { kind: 'role', name: 'ops' }, cap.arn);
      const readers = await s.groups.get(acct, 'readers');
      const empty = await s.groups.get(acct, 'empty');
      const other = await newAccount(s);
      const stranger = await s.users.create(other.id, { name: 'eve' });

      const before = s.queryCount();
      const batch = await s.effectivePoliciesBatch(acct, {
        userIds: [...users.map((u) => u.id), stranger.id, 'AIDANOTAUSERATALL0000'],
        roleIds: [role.id],
        groupIds: [readers.id, empty.id],
      });
      expect(s.queryCount() - before).toBe(1);
      expect(batch.revision).toBe(await s.revisions.get(acct));
      expect([...batch.users.keys()].sort()).toEqual(users.map((u) => u.id).sort());
      for (const user of users) {
        const single = await s.effectivePolicies({ kind: 'user', accountId: acct, userId: user.id });
        expect(batch.users.get(user.id)).toEqual(single);
      }
      const single = await s.effectivePolicies({ kind: 'role', accountId: acct, roleId: role.id });
      expect(batch.roles.get(role.id)).toEqual(single);
      expect(single.guardrails.length).toBeGreaterThan(0);

      const group = batch.groups.get(readers.id);
      expect(group?.principalArn).toBe(readers.arn);
      expect(group?.identity.map((p) => p.id)).toEqual(['group/readers/inline/theirs', viaGroup.arn]);
      expect(JSON.parse(group?.identity[1]?.document ?? '{}').Statement[0].Action).toBe('s3:List*');
      expect(group?.guardrails).toEqual(single.guardrails);
      expect(batch.groups.get(empty.id)?.identity).toEqual([]);
    });

    it('refuses a closed or unknown account', async () => {
      await expectCode(store().effectivePoliciesBatch('000000000000', { userIds: [] }), 'NoSuchEntity');
    });
  });
}
