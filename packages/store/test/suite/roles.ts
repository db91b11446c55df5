import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function rolesSuite(store: GetStore) {
  describe('roles', () => {
    // IAM/latest/APIReference/API_CreateRole.html: MaxSessionDuration 3600..43200, default 3600
    it('creates a role with its trust policy, default duration, tags and boundary', async () => {
      const { id: acct } = await newAccount(store());
      const boundary = await store().policies.create(acct, { name: 'cap', document: allow('s3:*') });
      const role = await store().roles.create(acct, {
        name: 'Deployer',
        path: '/ci/',
        assumeRolePolicyDocument: trust(`arn:iamgate:iam::${acct}:root`),
        description: 'deploys',
        tags: [{ key: 'team', value: 'ci' }],
        permissionsBoundary: boundary.arn,
      });
      expect(role).toMatchObject({
        arn: `arn:iamgate:iam::${acct}:role/ci/Deployer`,
        maxSessionDuration: 3600,
        description: 'deploys',
        permissionsBoundaryArn: boundary.arn,
        tags: [{ key: 'team', value: 'ci' }],
      });
      expect(role.id).toMatch(/^AROA[A-Z0-9]{17}$/);
      expect(JSON.parse(role.assumeRolePolicyDocument).Statement[0].Action).toBe('sts:AssumeRole');
      expect(await store().roles.getByArn(acct, role.arn)).toEqual(role);
      expect(await store().roles.getById(acct, role.id)).toEqual(role);
      await expectCode(
        store().roles.getByArn(acct, `arn:iamgate:iam::${acct}:role/other/Deployer`),
        'NoSuchEntity',
      );
      await expectCode(
        store().roles.create(acct, { name: 'deployer', assumeRolePolicyDocument: trust(acct) }),
        'EntityAlreadyExists',
      );
    });

    it('validates the session duration and the trust policy', async () => {
      const { id: acct } = await newAccount(store());
      for (const maxSessionDuration of [3599, 43201, 1.5]) {
        await expectCode(
          store().roles.create(acct, {
            name: 'r',
            assumeRolePolicyDocument: trust(acct),
            maxSessionDuration,
          }),
          'InvalidInput',
        );
      }
      // A trust policy needs a Principal (validated as kind `trust`).
      await expectCode(
        store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: allow('s3:*') }),
        'MalformedPolicyDocument',
      );
      const role = await store().roles.create(acct, {
        name: 'r',
        assumeRolePolicyDocument: trust(acct),
        maxSessionDuration: 43200,
      });
      expect(role.maxSessionDuration).toBe(43200);
    });

    it('updates description, duration and trust policy', async () => {
      const { id: acct } = await newAccount(store());
      await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const updated = await store().roles.update(acct, 'r', { description: 'new', maxSessionDuration: 7200 });
      expect(updated).toMatchObject({ description: 'new', maxSessionDuration: 7200 });
      const retrusted = await store().roles.updateAssumeRolePolicy(acct, 'r', trust('123456789012'));
      expect(JSON.parse(retrusted.assumeRolePolicyDocument).Statement[0].Principal.AWS).toBe('123456789012');
      await expectCode(store().roles.updateAssumeRolePolicy(acct, 'r', '{'), 'MalformedPolicyDocument');
      await expectCode(store().roles.update(acct, 'ghost', { description: 'x' }), 'NoSuchEntity');
      const tagged = await store().roles.tag(acct, 'r', [{ key: 'k', value: 'v' }]);
      expect(tagged.tags).toEqual([{ key: 'k', value: 'v' }]);
      expect((await store().roles.untag(acct, 'r', ['K'])).tags).toEqual([]);
      const page = await store().roles.list(acct, { pathPrefix: '/' });
      expect(page.edges.map((e) => e.node.name)).toEqual(['r']);
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: role trust policy 2,048 characters by default
    it('enforces the trust policy size and roles-per-account quotas', async () => {
      const { id: acct } = await newAccount(store());
      const principals = Array.from(
        { length: 60 },
        // An account this installation does not have: kept as written, not bound (see trust-bindings.ts).
        (_, i) => `arn:iamgate:iam::012345678901:user/user-number-${i}`,
      );
      await expectCode(
        store().roles.create(acct, { name: 'big', assumeRolePolicyDocument: trust(principals) }),
        'LimitExceeded',
      );
      await store().accounts.setQuotas(acct, { trustPolicySize: 8192, rolesPerAccount: 1 });
      await store().roles.create(acct, { name: 'big', assumeRolePolicyDocument: trust(principals) });
      await expectCode(
        store().roles.create(acct, { name: 'second', assumeRolePolicyDocument: trust(acct) }),
        'LimitExceeded',
      );
    });

    // IAM/latest/APIReference/API_DeleteRole.html: instance profiles, attached and inline policies first
    it('refuses to delete a role held by a workload or with policies', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      await store().workloads.create(acct, { name: 'w' });
      await store().workloads.attachRole(acct, 'w', role.arn);
      await store().inlinePolicies.put(acct, { kind: 'role', name: 'r' }, 'i', allow('s3:*'));
      const error = await expectCode(store().roles.delete(acct, 'r'), 'DeleteConflict');
      expect(error.details.dependents).toEqual(['workloads', 'inline policies']);
      await store().workloads.detachRole(acct, 'w', role.arn);
      await store().inlinePolicies.delete(acct, { kind: 'role', name: 'r' }, 'i');
      await store().roles.delete(acct, 'r');
      await expectCode(store().roles.get(acct, 'r'), 'NoSuchEntity');
    });
  });
}
