import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function policiesSuite(store: GetStore) {
  describe('managed policies', () => {
    it('creates a policy with version v1 as default, keeping the document as submitted', async () => {
      const { id: acct } = await newAccount(store());
      const text = JSON.stringify(allow('s3:GetObject'), null, 2);
      const policy = await store().policies.create(acct, {
        name: 'Read',
        path: '/app/',
        document: text,
        description: 'r',
      });
      expect(policy).toMatchObject({
        arn: `arn:iamgate:iam::${acct}:policy/app/Read`,
        defaultVersionId: 'v1',
        attachmentCount: 0,
        permissionsBoundaryUsageCount: 0,
        description: 'r',
      });
      expect(policy.id).toMatch(/^ANPA[A-Z0-9]{17}$/);
      expect((await store().policies.versions.getDefault(acct, policy.arn)).document).toBe(text);
      expect(await store().policies.getById(acct, policy.id)).toEqual(policy);
      await expectCode(
        store().policies.create(acct, { name: 'read', document: allow('s3:*') }),
        'EntityAlreadyExists',
      );
    });

    // Documents are checked by @iamgate/policy; findings carry JSON pointers
    it('rejects a malformed document with the validator findings', async () => {
      const { id: acct } = await newAccount(store());
      const error = await expectCode(
        store().policies.create(acct, {
          name: 'bad',
          document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*' } },
        }),
        'MalformedPolicyDocument',
      );
      expect(error.findings).toContainEqual(
        expect.objectContaining({ severity: 'ERROR', code: 'MISSING_RESOURCE', path: '/Statement' }),
      );
      await expectCode(
        store().policies.create(acct, { name: 'bad2', document: '{not json' }),
        'MalformedPolicyDocument',
      );
      // A trust-policy element is not allowed in an identity policy.
      await expectCode(
        store().policies.create(acct, { name: 'bad3', document: trust('*') }),
        'MalformedPolicyDocument',
      );
      await expectCode(store().policies.get(acct, `arn:iamgate:iam::${acct}:policy/bad`), 'NoSuchEntity');
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: managed policy 6,144 characters, whitespace not counted
    it('counts document size without whitespace against the quota', async () => {
      const { id: acct } = await newAccount(store());
      const resources = (n: number) => Array.from({ length: n }, (_, i) => `arn:iamgate:s3:::bucket-${i}/*`);
      const doc = (n: number) => ({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources(n) }],
      });
      const padded = JSON.stringify(doc(150), null, 8);
      expect(padded.replace(/\s/g, '').length).toBeLessThan(6144);
      expect(padded.length).toBeGreaterThan(6144);
      await store().policies.create(acct, { name: 'fits', document: padded });
      const error = await expectCode(
        store().policies.create(acct, { name: 'big', document: doc(400) }),
        'LimitExceeded',
      );
      expect(error.details).toMatchObject({ quota: 'managedPolicySize', limit: 6144 });
    });

    // IAM/latest/APIReference/API_CreatePolicyVersion.html: at most five versions, one default
    it('stores at most five versions, one default, never reusing a version id', async () => {
      const { id: acct } = await newAccount(store());
      const { arn } = await store().policies.create(acct, { name: 'v', document: allow('s3:A') });
      for (let i = 2; i <= 5; i++) {
        const version = await store().policies.versions.create(acct, arn, {
          document: allow(`s3:A${i}`),
          setAsDefault: i === 3,
        });
        expect(version.versionId).toBe(`v${i}`);
      }
      expect((await store().policies.get(acct, arn)).defaultVersionId).toBe('v3');
      await expectCode(
        store().policies.versions.create(acct, arn, { document: allow('s3:B') }),
        'LimitExceeded',
      );
      await expectCode(store().policies.versions.delete(acct, arn, 'v3'), 'DeleteConflict');
      await store().policies.versions.delete(acct, arn, 'v5');
      const v6 = await store().policies.versions.create(acct, arn, { document: allow('s3:C') });
      expect(v6.versionId).toBe('v6');
      const listed = await store().policies.versions.list(acct, arn);
      expect(listed.map((v) => v.versionId)).toEqual(['v6', 'v4', 'v3', 'v2', 'v1']);
      expect(listed.filter((v) => v.isDefaultVersion).map((v) => v.versionId)).toEqual(['v3']);
      await store().policies.versions.setDefault(acct, arn, 'v6');
      expect((await store().policies.versions.get(acct, arn, 'v6')).isDefaultVersion).toBe(true);
      expect((await store().policies.versions.get(acct, arn, 'v3')).isDefaultVersion).toBe(false);
      await expectCode(store().policies.versions.get(acct, arn, 'v5'), 'NoSuchEntity');
      await expectCode(store().policies.versions.setDefault(acct, arn, 'v9'), 'NoSuchEntity');
      await expectCode(store().policies.versions.get(acct, arn, 'five'), 'InvalidInput');
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: 10 managed policies per user, group and role
    it('attaches at most 10 policies per user, group and role; attaching twice is a no-op', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'u' });
      await store().groups.create(acct, { name: 'g' });
      await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const arns: string[] = [];
      for (let i = 0; i < 11; i++) {
        arns.push((await store().policies.create(acct, { name: `p${i}`, document: allow(`s3:P${i}`) })).arn);
      }
      for (const kind of ['user', 'group', 'role'] as const) {
        const name = kind[0] as string;
        for (const arn of arns.slice(0, 10)) await store().policies.attach(acct, { kind, name }, arn);
        await store().policies.attach(acct, { kind, name }, arns[0] as string);
        const error = await expectCode(
          store().policies.attach(acct, { kind, name }, arns[10] as string),
          'LimitExceeded',
        );
        expect(error.details.limit).toBe(10);
        const attached = await store().policies.listAttached(acct, { kind, name }, { first: 3 });
        expect(attached.edges.map((e) => e.node.policyName)).toEqual(['p0', 'p1', 'p2']);
      }
      expect((await store().policies.get(acct, arns[0] as string)).attachmentCount).toBe(3);
      const entities = await store().policies.listEntities(acct, arns[0] as string);
      expect([entities.users, entities.groups, entities.roles].map((l) => l.map((e) => e.name))).toEqual([
        ['u'],
        ['g'],
        ['r'],
      ]);
      const onlyAttached = await store().policies.list(acct, { onlyAttached: true });
      expect(onlyAttached.edges).toHaveLength(10);
      await store().accounts.setQuotas(acct, { attachedPoliciesPerRole: 20 });
      await store().policies.attach(acct, { kind: 'role', name: 'r' }, arns[10] as string);
    });

    it('detaches, and refuses unknown attachments, principals and other accounts’ policies', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      await store().users.create(a.id, { name: 'u' });
      const policy = await store().policies.create(a.id, { name: 'p', document: allow('s3:*') });
      const foreign = await store().policies.create(b.id, { name: 'p', document: allow('s3:*') });
      await expectCode(
        store().policies.detach(a.id, { kind: 'user', name: 'u' }, policy.arn),
        'NoSuchEntity',
      );
      await expectCode(
        store().policies.attach(a.id, { kind: 'user', name: 'u' }, foreign.arn),
        'NoSuchEntity',
      );
      await expectCode(
        store().policies.attach(a.id, { kind: 'user', name: 'ghost' }, policy.arn),
        'NoSuchEntity',
      );
      await expectCode(store().policies.attach(a.id, { kind: 'user', name: 'u' }, 'arn:bad'), 'InvalidInput');
      await expectCode(
        store().policies.attach(
          a.id,
          { kind: 'user', name: 'u' },
          `arn:iamgate:iam::${a.id}:policy/other-path/p`,
        ),
        'NoSuchEntity',
      );
      await store().policies.attach(a.id, { kind: 'user', name: 'u' }, policy.arn);
      await store().policies.detach(a.id, { kind: 'user', name: 'u' }, policy.arn);
      expect((await store().policies.listAttached(a.id, { kind: 'user', name: 'u' })).edges).toEqual([]);
    });

    // IAM/latest/APIReference/API_DeletePolicy.html: detach, remove boundary uses and other versions first
    it('refuses to delete a policy still attached, used as a boundary or with other versions', async () => {
      const { id: acct } = await newAccount(store());
      const { arn } = await store().policies.create(acct, { name: 'p', document: allow('s3:*') });
      await store().users.create(acct, { name: 'u' });
      await store().policies.attach(acct, { kind: 'user', name: 'u' }, arn);
      await store().boundaries.put(acct, { kind: 'user', name: 'u' }, arn);
      await store().policies.versions.create(acct, arn, { document: allow('s3:Get*') });
      expect((await store().policies.get(acct, arn)).permissionsBoundaryUsageCount).toBe(1);
      const error = await expectCode(store().policies.delete(acct, arn), 'DeleteConflict');
      expect(error.details.dependents).toEqual([
        'attachments',
        'permissions boundary uses',
        'non-default versions',
      ]);
      await store().policies.detach(acct, { kind: 'user', name: 'u' }, arn);
      await store().boundaries.delete(acct, { kind: 'user', name: 'u' });
      await store().policies.versions.delete(acct, arn, 'v2');
      await store().policies.delete(acct, arn);
      await expectCode(store().policies.get(acct, arn), 'NoSuchEntity');
    });

    it('enforces the policies-per-account quota and tags policies', async () => {
      const { id: acct } = await newAccount(store());
      await store().accounts.setQuotas(acct, { policiesPerAccount: 1 });
      const { arn } = await store().policies.create(acct, {
        name: 'one',
        document: allow('s3:*'),
        tags: [{ key: 'a', value: '1' }],
      });
      await expectCode(
        store().policies.create(acct, { name: 'two', document: allow('s3:*') }),
        'LimitExceeded',
      );
      expect((await store().policies.tag(acct, arn, [{ key: 'b', value: '2' }])).tags).toHaveLength(2);
      expect((await store().policies.untag(acct, arn, ['a'])).tags).toEqual([{ key: 'b', value: '2' }]);
    });
  });
}
