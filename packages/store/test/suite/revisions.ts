import type { ChangeEvent } from '@iamgate/store';
import { describe, expect, it, vi } from 'vitest';
import { allow, expectCode, type GetStore, newAccount } from './helpers.js';

export function revisionsSuite(store: GetStore) {
  describe('revisions, notifications and transactions', () => {
    it('increments the revision with every change to identities or policies, not with reads', async () => {
      const { id: acct } = await newAccount(store());
      const steps: (() => Promise<unknown>)[] = [
        () => store().users.create(acct, { name: 'u' }),
        () => store().groups.create(acct, { name: 'g' }),
        () => store().groups.addUser(acct, 'g', 'u'),
        () => store().policies.create(acct, { name: 'p', document: allow('s3:*') }),
        () => store().policies.attach(acct, { kind: 'user', name: 'u' }, `arn:iamgate:iam::${acct}:policy/p`),
        () => store().inlinePolicies.put(acct, { kind: 'group', name: 'g' }, 'i', allow('s3:Get*')),
        () => store().users.tag(acct, 'u', [{ key: 'k', value: 'v' }]),
      ];
      let revision = await store().revisions.get(acct);
      expect(revision).toBe(0);
      for (const step of steps) {
        await step();
        const next = await store().revisions.get(acct);
        expect(next).toBe(revision + 1);
        revision = next;
      }
      await store().users.get(acct, 'u');
      await store().effectivePolicies({
        kind: 'user',
        accountId: acct,
        userId: (await store().users.get(acct, 'u')).id,
      });
      expect(await store().revisions.get(acct)).toBe(revision);
      // A refused change rolls the increment back with it.
      await expectCode(store().users.create(acct, { name: 'U' }), 'EntityAlreadyExists');
      expect(await store().revisions.get(acct)).toBe(revision);
      expect((await store().revisions.getMany([acct, '000000000000'])).get(acct)).toBe(revision);
    });

    it('notifies listeners after commit with the account and its new revision', async () => {
      const { id: acct } = await newAccount(store());
      const seen: ChangeEvent[] = [];
      const stop = store().onChange((event) => {
        if (event.type === 'account' && event.accountId === acct) seen.push(event);
      });
      try {
        await store().users.create(acct, { name: 'n1' });
        await store().users.create(acct, { name: 'n2' });
        await vi.waitFor(() =>
          expect(seen).toEqual([
            { type: 'account', accountId: acct, revision: 1 },
            { type: 'account', accountId: acct, revision: 2 },
          ]),
        );
        await expectCode(store().users.create(acct, { name: 'N1' }), 'EntityAlreadyExists');
        await store().users.create(acct, { name: 'n3' });
        // The refused change sent nothing: the next notification is revision 3.
        await vi.waitFor(() =>
          expect(seen.map((e) => (e as { revision: number }).revision)).toEqual([1, 2, 3]),
        );
      } finally {
        stop();
      }
    });

    it('tells its own listeners of a committed change before the write returns, once, and nothing of a rollback', async () => {
      const { id: acct } = await newAccount(store());
      const seen: number[] = [];
      const stop = store().onChange((event) => {
        if (event.type === 'account' && event.accountId === acct) seen.push(event.revision);
      });
      try {
        await store().users.create(acct, { name: 'r1' });
        // No waiting: on Postgres the database's notification may still be on its way, this process knows already.
        expect(seen).toEqual([1]);
        await store().transaction(async (tx) => {
          await tx.users.create(acct, { name: 'r2' });
          await tx.groups.create(acct, { name: 'g' });
        });
        // The transaction's newest revision (PGlite also delivers the first one's notification, Postgres may not yet).
        expect(seen.at(-1)).toBe(3);
        const boom = new Error('boom');
        await expect(
          store().transaction(async (tx) => {
            await tx.users.create(acct, { name: 'r3' });
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(seen.at(-1)).toBe(3);
        await store().users.create(acct, { name: 'r4' });
        expect(seen.at(-1)).toBe(4);
        // The database's own notifications of the same changes arrive later and are not told again.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(seen.at(-1)).toBe(4);
        expect(seen).toEqual([...new Set(seen)].sort((x, y) => x - y));
      } finally {
        stop();
      }
    });

    it('runs several repository calls and an audit event in one transaction, all or nothing', async () => {
      const { id: acct } = await newAccount(store());
      const boom = new Error('boom');
      await expect(
        store().transaction(async (tx) => {
          await tx.users.create(acct, { name: 'inside' });
          await tx.groups.create(acct, { name: 'inside' });
          await tx.audit.record({ accountId: acct, action: 'iam:CreateUser', decision: 'Allow' });
          throw boom;
        }),
      ).rejects.toBe(boom);
      await expectCode(store().users.get(acct, 'inside'), 'NoSuchEntity');
      expect((await store().audit.list({ accountId: acct })).edges).toEqual([]);
      expect(await store().revisions.get(acct)).toBe(0);
      const created = await store().transaction(async (tx) => {
        const user = await tx.users.create(acct, { name: 'inside' });
        await tx.groups.create(acct, { name: 'inside' });
        await tx.groups.addUser(acct, 'inside', 'inside');
        await tx.audit.record({
          accountId: acct,
          action: 'iam:CreateUser',
          decision: 'Allow',
          resource: user.arn,
        });
        return user;
      });
      expect((await store().groups.listForUser(acct, 'inside')).edges).toHaveLength(1);
      expect((await store().audit.list({ accountId: acct })).edges[0]?.node.resource).toBe(created.arn);
      expect(await store().revisions.get(acct)).toBe(3);
    });

    it("rethrows the callback's own error unchanged, even one carrying a `code` of its own", async () => {
      const { id: acct } = await newAccount(store());
      // Shaped like the gateway's errors: a string `code` that is not a SQLSTATE.
      const denied = Object.assign(new Error('denied'), { code: 'AccessDenied' });
      await expect(
        store().transaction(async (tx) => {
          await tx.users.create(acct, { name: 'rolled-back' });
          throw denied;
        }),
      ).rejects.toBe(denied);
      await expectCode(store().users.get(acct, 'rolled-back'), 'NoSuchEntity');
      let inner: unknown;
      const outer = await store()
        .transaction(async (tx) => {
          inner = await tx.users.get(acct, 'absent').catch((error: unknown) => error);
          throw inner;
        })
        .catch((error: unknown) => error);
      expect(outer).toBe(inner);
      await expectCode(Promise.reject(outer), 'NoSuchEntity');
    });
  });
}
