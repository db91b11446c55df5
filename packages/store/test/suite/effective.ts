import { toRequestPolicies } from '@iamgate/store';
import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

export function effectiveSuite(store: GetStore) {
  describe('effective policies', () => {
    it('gathers a user’s inline, attached, group and boundary policies with the current revision', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'eve', tags: [{ key: 'team', value: 'blue' }] });
      const boundary = await store().policies.create(acct, { name: 'cap', document: allow('s3:*') });
      const attached = await store().policies.create(acct, { name: 'own', document: allow('s3:GetObject') });
      const viaGroup = await store().policies.create(acct, { name: 'grp', document: allow('s3:ListBucket') });
      await store().policies.versions.create(acct, viaGroup.arn, {
        document: allow('s3:ListAllMyBuckets'),
        setAsDefault: true,
      });
      await store().groups.create(acct, { name: 'readers' });
      await store().groups.addUser(acct, 'readers', 'eve');
      await store().policies.attach(acct, { kind: 'user', name: 'eve' }, attached.arn);
      await store().policies.attach(acct, { kind: 'group', name: 'readers' }, viaGroup.arn);
      await store().inlinePolicies.put(acct, { kind: 'user', name: 'eve' }, 'mine', allow('s3:PutObject'));
      await store().inlinePolicies.put(
        acct,
        { kind: 'group', name: 'readers' },
        'theirs',
        allow('s3:DeleteObject'),
      );
      await store().boundaries.put(acct, { kind: 'user', name: 'eve' }, boundary.arn);
      const effective = await store().effectivePolicies({ kind: 'user', accountId: acct, userId: user.id });
      expect(effective.revision).toBe(await store().revisions.get(acct));
      expect(effective.principalArn).toBe(user.arn);
      expect(effective.isRoot).toBe(false);
      expect(effective.groups.map((g) => g.name)).toEqual(['readers']);
      expect(effective.principalTags).toEqual([{ key: 'team', value: 'blue' }]);
      expect(effective.identity.map((p) => p.id)).toEqual([
        'user/eve/inline/mine',
        attached.arn,
        'group/readers/inline/theirs',
        viaGroup.arn,
      ]);
      // The group's policy is read at its default version (v2).
      expect(JSON.parse(effective.identity[3]?.document ?? '{}').Statement[0].Action).toBe(
        's3:ListAllMyBuckets',
      );
      expect(effective.identity[3]?.source).toEqual({
        type: 'managed',
        policyArn: viaGroup.arn,
        versionId: 'v2',
        via: 'group',
        ownerName: 'readers',
      });
      expect(effective.permissionsBoundary?.id).toBe(boundary.arn);
      expect(toRequestPolicies(effective)).toEqual({
        identity: effective.identity.map((p) => ({ id: p.id, document: p.document })),
        permissionsBoundary: { id: boundary.arn, document: effective.permissionsBoundary?.document },
      });
    });

    it('uses a constant number of queries whatever the number of groups and policies', async () => {
      const { id: acct } = await newAccount(store());
      const small = await store().users.create(acct, { name: 'small' });
      const big = await store().users.create(acct, { name: 'big' });
      await store().groups.create(acct, { name: 'g-small' });
      await store().groups.addUser(acct, 'g-small', 'small');
      const p0 = await store().policies.create(acct, { name: 'p0', document: allow('s3:A') });
      await store().policies.attach(acct, { kind: 'group', name: 'g-small' }, p0.arn);
      for (let g = 0; g < 10; g++) {
        await store().groups.create(acct, { name: `g${g}` });
        await store().groups.addUser(acct, `g${g}`, 'big');
        for (let p = 0; p < 10; p++) {
          const policy = await store().policies.create(acct, {
            name: `p${g}-${p}`,
            document: allow(`s3:A${g}${p}`),
          });
          await store().policies.attach(acct, { kind: 'group', name: `g${g}` }, policy.arn);
        }
      }
      const count = async (userId: string) => {
        const before = store().queryCount();
        const effective = await store().effectivePolicies({ kind: 'user', accountId: acct, userId });
        return { queries: store().queryCount() - before, policies: effective.identity.length };
      };
      const a = await count(small.id);
      const b = await count(big.id);
      expect(a.policies).toBe(1);
      expect(b.policies).toBe(100);
      expect(a.queries).toBe(1);
      expect(b.queries).toBe(a.queries);
    });

    it('gives a role session its role’s policies, boundary and session policies, tags overridden by the session', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, {
        name: 'App',
        assumeRolePolicyDocument: trust(acct),
        tags: [
          { key: 'team', value: 'role' },
          { key: 'env', value: 'prod' },
        ],
      });
      const rolePolicy = await store().policies.create(acct, { name: 'rp', document: allow('dynamodb:*') });
      const sessionManaged = await store().policies.create(acct, {
        name: 'sm',
        document: allow('dynamodb:GetItem'),
      });
      const boundary = await store().policies.create(acct, { name: 'rb', document: allow('dynamodb:*') });
      await store().policies.attach(acct, { kind: 'role', name: 'App' }, rolePolicy.arn);
      await store().inlinePolicies.put(acct, { kind: 'role', name: 'App' }, 'inl', allow('dynamodb:Query'));
      await store().boundaries.put(acct, { kind: 'role', name: 'App' }, boundary.arn);
      const { session } = await store().sessions.create({
        accountId: acct,
        principalType: 'role',
        source: 'assumeRole',
        roleId: role.id,
        sessionName: 'worker',
        tags: [{ key: 'TEAM', value: 'session' }],
        sessionPolicy: allow('dynamodb:GetItem'),
        sessionPolicyArns: [sessionManaged.arn],
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      const before = store().queryCount();
      const effective = await store().effectivePolicies({
        kind: 'session',
        accountId: acct,
        sessionId: session.id,
      });
      expect(store().queryCount() - before).toBe(1);
      expect(effective.principalArn).toBe(`arn:iamgate:sts::${acct}:assumed-role/App/worker`);
      expect(effective.identity.map((p) => p.id)).toEqual(['role/App/inline/inl', rolePolicy.arn]);
      expect(effective.permissionsBoundary?.id).toBe(boundary.arn);
      expect(effective.session.map((p) => p.id)).toEqual([
        `session/${session.id}/inline`,
        sessionManaged.arn,
      ]);
      expect(effective.principalTags).toEqual([
        { key: 'env', value: 'prod' },
        { key: 'TEAM', value: 'session' },
      ]);
      expect(effective.sessionInfo).toMatchObject({ id: session.id, sessionName: 'worker', revokedAt: null });
      // The managed session policy is the one the session was issued with: a new default version of it, or its
      // deletion, changes nothing for the session (AWS packs session policies into the credentials).
      const sessionRef = { kind: 'session', accountId: acct, sessionId: session.id } as const;
      const issuedWith = effective.session[1]?.document;
      await store().policies.versions.create(acct, sessionManaged.arn, {
        document: allow('dynamodb:*'),
        setAsDefault: true,
      });
      expect((await store().effectivePolicies(sessionRef)).session[1]?.document).toBe(issuedWith);
      await store().policies.versions.setDefault(acct, sessionManaged.arn, 'v1');
      await store().policies.versions.delete(acct, sessionManaged.arn, 'v2');
      await store().policies.delete(acct, sessionManaged.arn);
      const afterDelete = await store().effectivePolicies(sessionRef);
      expect(afterDelete.session.map((p) => [p.id, p.document])).toEqual([
        [`session/${session.id}/inline`, expect.any(String)],
        [sessionManaged.arn, issuedWith],
      ]);
      const roleOnly = await store().effectivePolicies({ kind: 'role', accountId: acct, roleId: role.id });
      expect(roleOnly.principalArn).toBe(role.arn);
      expect(roleOnly.session).toEqual([]);
    });

    it('inside a transaction, reflects the transaction’s own uncommitted changes', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'tx' });
      const seen = await store().transaction(async (tx) => {
        await tx.inlinePolicies.put(acct, { kind: 'user', name: 'tx' }, 'new', allow('s3:*'));
        return tx.effectivePolicies({ kind: 'user', accountId: acct, userId: user.id });
      });
      expect(seen.identity.map((p) => p.id)).toEqual(['user/tx/inline/new']);
      expect(seen.revision).toBe(2);
    });

    it('gives a user session the user’s policies, root nothing, and unknown principals NoSuchEntity', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'u' });
      await store().inlinePolicies.put(acct, { kind: 'user', name: 'u' }, 'i', allow('s3:*'));
      const expiresAt = new Date(Date.now() + 3_600_000);
      const { session } = await store().sessions.create({
        accountId: acct,
        principalType: 'user',
        source: 'signIn',
        userId: user.id,
        expiresAt,
      });
      const viaSession = await store().effectivePolicies({
        kind: 'session',
        accountId: acct,
        sessionId: session.id,
      });
      expect(viaSession.principalArn).toBe(user.arn);
      expect(viaSession.identity.map((p) => p.id)).toEqual(['user/u/inline/i']);
      const root = (
        await store().sessions.create({ accountId: acct, principalType: 'root', source: 'signIn', expiresAt })
      ).session;
      const rootEffective = await store().effectivePolicies({
        kind: 'session',
        accountId: acct,
        sessionId: root.id,
      });
      expect(rootEffective).toMatchObject({
        isRoot: true,
        identity: [],
        principalArn: `arn:iamgate:iam::${acct}:root`,
      });
      expect(await store().effectivePolicies({ kind: 'root', accountId: acct })).toMatchObject({
        isRoot: true,
        revision: viaSession.revision,
      });
      await expectCode(
        store().effectivePolicies({ kind: 'user', accountId: acct, userId: 'AIDANOPE' }),
        'NoSuchEntity',
      );
      await expectCode(
        store().effectivePolicies({ kind: 'session', accountId: acct, sessionId: 'ASIANOPE' }),
        'NoSuchEntity',
      );
      await expectCode(
        store().effectivePolicies({ kind: 'root', accountId: '000000000000' }),
        'NoSuchEntity',
      );
    });
  });
}
