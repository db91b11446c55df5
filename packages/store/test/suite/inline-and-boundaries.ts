import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function inlineAndBoundariesSuite(store: GetStore) {
  describe('inline policies', () => {
    it('puts (create or replace), gets, lists and deletes inline policies of users, groups and roles', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'u' });
      await store().groups.create(acct, { name: 'g' });
      await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      for (const kind of ['user', 'group', 'role'] as const) {
        const owner = { kind, name: kind[0] as string };
        await store().inlinePolicies.put(acct, owner, 'B', allow('s3:Get*'));
        await store().inlinePolicies.put(acct, owner, 'a', allow('s3:List*'));
        const replaced = await store().inlinePolicies.put(acct, owner, 'b', allow('s3:Put*'));
        expect(replaced.policyName).toBe('b');
        expect(
          JSON.parse((await store().inlinePolicies.get(acct, owner, 'B')).document).Statement[0].Action,
        ).toBe('s3:Put*');
        const names = await store().inlinePolicies.list(acct, owner, { first: 1 });
        expect(names.edges.map((e) => e.node)).toEqual(['a']);
        const rest = await store().inlinePolicies.list(acct, owner, { after: names.pageInfo.endCursor });
        expect(rest.edges.map((e) => e.node)).toEqual(['b']);
        await store().inlinePolicies.delete(acct, owner, 'a');
        await expectCode(store().inlinePolicies.get(acct, owner, 'a'), 'NoSuchEntity');
        await expectCode(store().inlinePolicies.delete(acct, owner, 'a'), 'NoSuchEntity');
      }
      await expectCode(
        store().inlinePolicies.put(acct, { kind: 'user', name: 'ghost' }, 'p', allow('s3:*')),
        'NoSuchEntity',
      );
      await expectCode(
        store().inlinePolicies.put(acct, { kind: 'user', name: 'u' }, 'p', {
          Statement: [{ Effect: 'Maybe' }],
        }),
        'MalformedPolicyDocument',
      );
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: inline total per user 2,048, group 5,120, role 10,240
    it('caps the total size of one owner’s inline policies', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'u' });
      const doc = (n: number) => ({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: Array.from({ length: n }, (_, i) => `arn:iamgate:s3:::b${i}`),
          },
        ],
      });
      await store().inlinePolicies.put(acct, { kind: 'user', name: 'u' }, 'one', doc(60));
      const error = await expectCode(
        store().inlinePolicies.put(acct, { kind: 'user', name: 'u' }, 'two', doc(60)),
        'LimitExceeded',
      );
      expect(error.details).toMatchObject({ quota: 'inlinePolicySizePerUser', limit: 2048 });
      // Replacing the same policy only counts the new size.
      await store().inlinePolicies.put(acct, { kind: 'user', name: 'u' }, 'ONE', doc(70));
    });
  });

  describe('permissions boundaries', () => {
    // IAM/latest/UserGuide/access_policies_boundaries.html
    it('sets, replaces and removes the boundary of users and roles', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'u' });
      await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const b1 = await store().policies.create(acct, { name: 'b1', document: allow('s3:*') });
      const b2 = await store().policies.create(acct, { name: 'b2', document: allow('ec2:*') });
      await store().boundaries.put(acct, { kind: 'user', name: 'u' }, b1.arn);
      await store().boundaries.put(acct, { kind: 'user', name: 'u' }, b2.arn);
      expect((await store().users.get(acct, 'u')).permissionsBoundaryArn).toBe(b2.arn);
      await store().boundaries.put(acct, { kind: 'role', name: 'r' }, b1.arn);
      expect((await store().roles.get(acct, 'r')).permissionsBoundaryArn).toBe(b1.arn);
      await store().boundaries.delete(acct, { kind: 'user', name: 'u' });
      await store().boundaries.delete(acct, { kind: 'user', name: 'u' });
      expect((await store().users.get(acct, 'u')).permissionsBoundaryArn).toBeNull();
      await expectCode(store().boundaries.put(acct, { kind: 'role', name: 'ghost' }, b1.arn), 'NoSuchEntity');
      await expectCode(
        store().boundaries.put(acct, { kind: 'role', name: 'r' }, `arn:iamgate:iam::${acct}:policy/none`),
        'NoSuchEntity',
      );
    });
  });
}
