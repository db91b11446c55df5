import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

/**
 * An id is no capability: every read by unique id takes the account it must belong to, and an entity of another
 * account is `NoSuchEntity`, exactly like one that does not exist (so its existence is not revealed either).
 */
export function isolationSuite(store: GetStore) {
  describe('account isolation of ids', () => {
    it('never resolves an id of account B for account A', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const user = await store().users.create(b.id, { name: 'bob' });
      const group = await store().groups.create(b.id, { name: 'team' });
      const role = await store().roles.create(b.id, { name: 'Ops', assumeRolePolicyDocument: trust(b.id) });
      const policy = await store().policies.create(b.id, { name: 'p', document: allow('s3:*') });
      const { workload } = await store().workloads.create(b.id, { name: 'w' });
      const { session } = await store().sessions.create({
        accountId: b.id,
        principalType: 'role',
        source: 'assumeRole',
        roleId: role.id,
        sessionName: 'probe',
        sessionPolicy: allow('s3:GetObject'),
        expiresAt: new Date(Date.now() + 3_600_000),
      });

      await expectCode(store().users.getById(a.id, user.id), 'NoSuchEntity');
      await expectCode(store().groups.getById(a.id, group.id), 'NoSuchEntity');
      await expectCode(store().roles.getById(a.id, role.id), 'NoSuchEntity');
      await expectCode(store().policies.getById(a.id, policy.id), 'NoSuchEntity');
      await expectCode(store().workloads.getById(a.id, workload.id), 'NoSuchEntity');
      await expectCode(store().sessions.get(a.id, session.id), 'NoSuchEntity');
      expect(await store().sessions.getActive(a.id, session.id)).toBeNull();
      for (const ref of [
        { kind: 'user', accountId: a.id, userId: user.id },
        { kind: 'role', accountId: a.id, roleId: role.id },
        { kind: 'session', accountId: a.id, sessionId: session.id },
      ] as const) {
        await expectCode(store().effectivePolicies(ref), 'NoSuchEntity');
      }
      // Revoking by id in the wrong account changes nothing.
      await expectCode(store().sessions.revoke(a.id, session.id), 'NoSuchEntity');
      expect((await store().sessions.get(b.id, session.id)).revokedAt).toBeNull();
      // (The session above already noted the role's use.)
      const lastUsed = (await store().roles.getById(b.id, role.id)).lastUsedAt;
      await store().roles.markUsed(a.id, role.id, new Date('2030-01-01T00:00:00Z'));
      expect((await store().roles.getById(b.id, role.id)).lastUsedAt).toEqual(lastUsed);

      // The owner still reads them all.
      expect((await store().users.getById(b.id, user.id)).name).toBe('bob');
      expect(
        (await store().effectivePolicies({ kind: 'session', accountId: b.id, sessionId: session.id }))
          .session,
      ).toHaveLength(1);
    });
  });
}
