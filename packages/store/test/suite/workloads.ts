import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function workloadsSuite(store: GetStore) {
  describe('workloads', () => {
    it('registers a workload with a one-time credential that verifies in constant time', async () => {
      const { id: acct } = await newAccount(store());
      const { workload, credential } = await store().workloads.create(acct, {
        name: 'api',
        path: '/svc/',
        tags: [{ key: 'a', value: 'b' }],
      });
      expect(workload.id).toMatch(/^AIPA[A-Z0-9]{17}$/);
      expect(workload.arn).toBe(`arn:iamgate:iam::${acct}:workload/svc/api`);
      expect(credential.workloadId).toBe(workload.id);
      expect(credential.secret).toHaveLength(40);
      expect((await store().workloads.verifyCredential(workload.id, credential.secret))?.id).toBe(
        workload.id,
      );
      expect(
        await store().workloads.verifyCredential(workload.id, `${credential.secret.slice(0, -1)}x`),
      ).toBeNull();
      expect(await store().workloads.verifyCredential('AIPANOPE', credential.secret)).toBeNull();
      const rotated = await store().workloads.rotateCredential(acct, 'api');
      expect(await store().workloads.verifyCredential(workload.id, credential.secret)).toBeNull();
      expect(await store().workloads.verifyCredential(workload.id, rotated.secret)).not.toBeNull();
      await expectCode(store().workloads.create(acct, { name: 'API' }), 'EntityAlreadyExists');
    });

    // IAM/latest/APIReference/API_AddRoleToInstanceProfile.html: one role per instance profile
    it('holds at most one role, of the same account', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const r1 = await store().roles.create(a.id, { name: 'r1', assumeRolePolicyDocument: trust(a.id) });
      const r2 = await store().roles.create(a.id, { name: 'r2', assumeRolePolicyDocument: trust(a.id) });
      const foreign = await store().roles.create(b.id, { name: 'r1', assumeRolePolicyDocument: trust(b.id) });
      await store().workloads.create(a.id, { name: 'w' });
      const held = await store().workloads.attachRole(a.id, 'w', r1.arn);
      expect(held).toMatchObject({ roleArn: r1.arn, roleName: 'r1', roleId: r1.id });
      await store().workloads.attachRole(a.id, 'w', r1.arn);
      await expectCode(store().workloads.attachRole(a.id, 'w', r2.arn), 'LimitExceeded');
      await expectCode(store().workloads.attachRole(a.id, 'w', foreign.arn), 'NoSuchEntity');
      await expectCode(store().workloads.detachRole(a.id, 'w', r2.arn), 'NoSuchEntity');
      await expectCode(store().workloads.delete(a.id, 'w'), 'DeleteConflict');
      expect((await store().workloads.detachRole(a.id, 'w', r1.arn)).roleArn).toBeNull();
      await store().workloads.delete(a.id, 'w');
      await expectCode(store().workloads.get(a.id, 'w'), 'NoSuchEntity');
    });

    it('lists, tags and enforces the workloads quota', async () => {
      const { id: acct } = await newAccount(store());
      await store().accounts.setQuotas(acct, { workloadsPerAccount: 2 });
      await store().workloads.create(acct, { name: 'b' });
      await store().workloads.create(acct, { name: 'a' });
      await expectCode(store().workloads.create(acct, { name: 'c' }), 'LimitExceeded');
      expect((await store().workloads.list(acct)).edges.map((e) => e.node.name)).toEqual(['a', 'b']);
      expect((await store().workloads.tag(acct, 'a', [{ key: 'k', value: 'v' }])).tags).toEqual([
        { key: 'k', value: 'v' },
      ]);
      expect((await store().workloads.untag(acct, 'a', ['k'])).tags).toEqual([]);
    });
  });
}
